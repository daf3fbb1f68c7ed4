/** Interface strings of cg-partner-finder. `{x}` in a reason is a country name or a list of tags. */
import type { CLUSTER_LABELS } from '../../data/schema.js';
import type { PluralForms, Table } from '../../shared/i18n.js';
import type { Facet, Sort } from './partner-finder.logic.js';

export interface FinderStrings {
  search: string;
  /** The filters' labels (also the headings of a card's rows). */
  facets: Record<Facet, string>;
  all: string;
  clear: string;
  sort: string;
  /** The result orders. */
  sorts: Record<Sort, string>;
  count: PluralForms;
  more: string;
  /** Cluster management excellence labels, shown as "Label: Gold". */
  labels: Record<(typeof CLUSTER_LABELS)[number], string>;
  members: string;
  smes: string;
  close: string;
  them: string;
  us: string;
  both: string;
  offers: string;
}

export const finderStrings: Table<FinderStrings> = {
  en: {
    search: 'Search',
    facets: {
      country: 'Country',
      market: 'Target market',
      sector: 'Sector',
      interest: 'Collaboration interest',
      service: 'Key service',
      label: 'Label',
    },
    all: 'All',
    clear: 'Clear filters',
    sort: 'Sort by',
    sorts: { relevance: 'Relevance', name: 'Name', country: 'Country', fit: 'Fit' },
    count: { one: '{n} cluster', other: '{n} clusters' },
    more: 'Show more',
    labels: { bronze: 'Bronze', silver: 'Silver', gold: 'Gold' },
    members: 'Members',
    smes: 'SMEs',
    close: 'Close',
    them: 'They target {x}',
    us: 'We target {x}',
    both: 'Both: {x}',
    offers: 'Offers: {x}',
  },
  da: {
    search: 'Søg',
    facets: {
      country: 'Land',
      market: 'Målmarked',
      sector: 'Sektor',
      interest: 'Samarbejdsinteresse',
      service: 'Nøgleydelse',
      label: 'Mærke',
    },
    all: 'Alle',
    clear: 'Nulstil filtre',
    sort: 'Sortér efter',
    sorts: { relevance: 'Relevans', name: 'Navn', country: 'Land', fit: 'Match' },
    count: { one: '{n} klynge', other: '{n} klynger' },
    more: 'Vis flere',
    labels: { bronze: 'Bronze', silver: 'Sølv', gold: 'Guld' },
    members: 'Medlemmer',
    smes: 'SMV’er',
    close: 'Luk',
    them: 'De sigter mod {x}',
    us: 'Vi sigter mod {x}',
    both: 'Begge: {x}',
    offers: 'Tilbyder: {x}',
  },
  de: {
    search: 'Suche',
    facets: {
      country: 'Land',
      market: 'Zielmarkt',
      sector: 'Branche',
      interest: 'Kooperationsinteresse',
      service: 'Kernleistung',
      label: 'Label',
    },
    all: 'Alle',
    clear: 'Filter zurücksetzen',
    sort: 'Sortieren nach',
    sorts: { relevance: 'Relevanz', name: 'Name', country: 'Land', fit: 'Passung' },
    count: { one: '{n} Cluster', other: '{n} Cluster' },
    more: 'Mehr anzeigen',
    labels: { bronze: 'Bronze', silver: 'Silber', gold: 'Gold' },
    members: 'Mitglieder',
    smes: 'KMU',
    close: 'Schließen',
    them: 'Sie zielen auf: {x}',
    us: 'Wir zielen auf: {x}',
    both: 'Beide: {x}',
    offers: 'Bietet: {x}',
  },
  fr: {
    search: 'Rechercher',
    facets: {
      country: 'Pays',
      market: 'Marché cible',
      sector: 'Secteur',
      interest: 'Intérêt de coopération',
      service: 'Service clé',
      label: 'Label',
    },
    all: 'Tous',
    clear: 'Effacer les filtres',
    sort: 'Trier par',
    sorts: { relevance: 'Pertinence', name: 'Nom', country: 'Pays', fit: 'Adéquation' },
    count: { one: '{n} cluster', other: '{n} clusters' },
    more: 'Afficher plus',
    labels: { bronze: 'Bronze', silver: 'Argent', gold: 'Or' },
    members: 'Membres',
    smes: 'PME',
    close: 'Fermer',
    them: 'Ils ciblent : {x}',
    us: 'Nous ciblons : {x}',
    both: 'En commun : {x}',
    offers: 'Propose : {x}',
  },
  es: {
    search: 'Buscar',
    facets: {
      country: 'País',
      market: 'Mercado objetivo',
      sector: 'Sector',
      interest: 'Interés de colaboración',
      service: 'Servicio clave',
      label: 'Sello',
    },
    all: 'Todos',
    clear: 'Borrar filtros',
    sort: 'Ordenar por',
    sorts: { relevance: 'Relevancia', name: 'Nombre', country: 'País', fit: 'Afinidad' },
    count: { one: '{n} clúster', other: '{n} clústeres' },
    more: 'Mostrar más',
    labels: { bronze: 'Bronce', silver: 'Plata', gold: 'Oro' },
    members: 'Miembros',
    smes: 'Pymes',
    close: 'Cerrar',
    them: 'Se dirigen a: {x}',
    us: 'Nos dirigimos a: {x}',
    both: 'Ambos: {x}',
    offers: 'Ofrece: {x}',
  },
};
