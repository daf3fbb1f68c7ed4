/** Interface strings of cg-insights. `titles` follow FACETS. */
import type { PluralForms, Table } from '../../shared/i18n.js';

export interface InsightStrings {
  titles: string[];
  clusters: string;
  total: PluralForms;
  none: string;
}

export const insightStrings: Table<InsightStrings> = {
  en: {
    titles: ['Collaboration interests', 'Target countries', 'Key services', 'Sectors'],
    clusters: 'Clusters',
    total: { one: 'Across {n} cluster', other: 'Across {n} clusters' },
    none: 'No data yet.',
  },
  da: {
    titles: ['Samarbejdsinteresser', 'Målmarkeder', 'Nøgleydelser', 'Sektorer'],
    clusters: 'Klynger',
    total: { one: 'På tværs af {n} klynge', other: 'På tværs af {n} klynger' },
    none: 'Ingen data endnu.',
  },
  de: {
    titles: ['Kooperationsinteressen', 'Zielländer', 'Kernleistungen', 'Branchen'],
    clusters: 'Cluster',
    total: { one: 'Aus {n} Cluster', other: 'Aus {n} Clustern' },
    none: 'Noch keine Daten.',
  },
  fr: {
    titles: ['Intérêts de coopération', 'Pays cibles', 'Services clés', 'Secteurs'],
    clusters: 'Clusters',
    total: { one: 'Sur {n} cluster', other: 'Sur {n} clusters' },
    none: 'Pas encore de données.',
  },
  es: {
    titles: ['Intereses de colaboración', 'Países objetivo', 'Servicios clave', 'Sectores'],
    clusters: 'Clústeres',
    total: { one: 'En {n} clúster', other: 'En {n} clústeres' },
    none: 'Aún no hay datos.',
  },
};
