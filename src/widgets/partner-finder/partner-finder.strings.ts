/** Interface strings of cg-partner-finder. `{x}` in a reason is a country name or a list of tags. */
import type { PluralForms, Table } from '../../shared/i18n.js';

export interface FinderStrings {
  search: string;
  /** The filters, in the order of FACETS: country, target market, sector, interest, service, label. */
  facets: string[];
  all: string;
  clear: string;
  sort: string;
  /** Relevance, name, country, fit. */
  sorts: string[];
  count: PluralForms;
  more: string;
  /** Cluster management excellence labels, shown as "Label: Gold". */
  labels: { bronze: string; silver: string; gold: string };
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
    facets: ['Country', 'Target market', 'Sector', 'Collaboration interest', 'Key service', 'Label'],
    all: 'All',
    clear: 'Clear filters',
    sort: 'Sort by',
    sorts: ['Relevance', 'Name', 'Country', 'Fit'],
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
    facets: ['Land', 'Målmarked', 'Sektor', 'Samarbejdsinteresse', 'Nøgleydelse', 'Mærke'],
    all: 'Alle',
    clear: 'Nulstil filtre',
    sort: 'Sortér efter',
    sorts: ['Relevans', 'Navn', 'Land', 'Match'],
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
    facets: ['Land', 'Zielmarkt', 'Branche', 'Kooperationsinteresse', 'Kernleistung', 'Label'],
    all: 'Alle',
    clear: 'Filter zurücksetzen',
    sort: 'Sortieren nach',
    sorts: ['Relevanz', 'Name', 'Land', 'Passung'],
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
    facets: ['Pays', 'Marché cible', 'Secteur', 'Intérêt de coopération', 'Service clé', 'Label'],
    all: 'Tous',
    clear: 'Effacer les filtres',
    sort: 'Trier par',
    sorts: ['Pertinence', 'Nom', 'Pays', 'Adéquation'],
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
    facets: ['País', 'Mercado objetivo', 'Sector', 'Interés de colaboración', 'Servicio clave', 'Sello'],
    all: 'Todos',
    clear: 'Borrar filtros',
    sort: 'Ordenar por',
    sorts: ['Relevancia', 'Nombre', 'País', 'Afinidad'],
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
