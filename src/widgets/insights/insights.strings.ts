/** Interface strings of cg-insights. */
import type { PluralForms, Table } from '../../shared/i18n.js';
import type { Facet } from './insights.logic.js';

export interface InsightStrings {
  /** The title of each facet's chart. */
  titles: Record<Facet, string>;
  clusters: string;
  total: PluralForms;
  none: string;
}

export const insightStrings: Table<InsightStrings> = {
  en: {
    titles: {
      collaborationInterests: 'Collaboration interests',
      targetCountries: 'Target countries',
      keyServices: 'Key services',
      sectors: 'Sectors',
    },
    clusters: 'Clusters',
    total: { one: 'Across {n} cluster', other: 'Across {n} clusters' },
    none: 'No data yet.',
  },
  da: {
    titles: {
      collaborationInterests: 'Samarbejdsinteresser',
      targetCountries: 'Målmarkeder',
      keyServices: 'Nøgleydelser',
      sectors: 'Sektorer',
    },
    clusters: 'Klynger',
    total: { one: 'På tværs af {n} klynge', other: 'På tværs af {n} klynger' },
    none: 'Ingen data endnu.',
  },
  de: {
    titles: {
      collaborationInterests: 'Kooperationsinteressen',
      targetCountries: 'Zielländer',
      keyServices: 'Kernleistungen',
      sectors: 'Branchen',
    },
    clusters: 'Cluster',
    total: { one: 'Aus {n} Cluster', other: 'Aus {n} Clustern' },
    none: 'Noch keine Daten.',
  },
  fr: {
    titles: {
      collaborationInterests: 'Intérêts de coopération',
      targetCountries: 'Pays cibles',
      keyServices: 'Services clés',
      sectors: 'Secteurs',
    },
    clusters: 'Clusters',
    total: { one: 'Sur {n} cluster', other: 'Sur {n} clusters' },
    none: 'Pas encore de données.',
  },
  es: {
    titles: {
      collaborationInterests: 'Intereses de colaboración',
      targetCountries: 'Países objetivo',
      keyServices: 'Servicios clave',
      sectors: 'Sectores',
    },
    clusters: 'Clústeres',
    total: { one: 'En {n} clúster', other: 'En {n} clústeres' },
    none: 'Aún no hay datos.',
  },
};
