/** Interface strings of cg-funding-list. `{when}` is a relative time from Intl ("in 12 days", "today"). */
import type { FUNDING_KINDS } from '../../data/schema.js';
import type { PluralForms, Table } from '../../shared/i18n.js';
import type { Status } from './funding-list.logic.js';

export interface FundingStrings {
  search: string;
  status: string;
  kind: string;
  country: string;
  market: string;
  sector: string;
  any: string;
  statuses: Record<Status, string>;
  kinds: Record<(typeof FUNDING_KINDS)[number], string>;
  results: PluralForms;
  opens: string;
  closes: string;
  closed: string;
  soon: string;
  rolling: string;
  deadline: string;
  amount: string;
  rate: string;
  /** `{c}` is the currency code. */
  cost: string;
  grant: string;
  ics: string;
  csv: string;
  /** Shows the next 20 items. */
  more: string;
  /** Empties the search and every filter (shown when nothing matches). */
  clear: string;
}

const en: FundingStrings = {
  search: 'Search',
  status: 'Status',
  kind: 'Kind',
  country: 'Eligible country',
  market: 'Target market',
  sector: 'Sector',
  any: 'Any',
  statuses: { open: 'Open', forthcoming: 'Forthcoming', closed: 'Closed' },
  kinds: {
    'cluster-programme': 'Cluster programme',
    'member-fee': 'Member fee',
    'eu-programme': 'EU programme',
    national: 'National',
    regional: 'Regional',
    private: 'Private',
    other: 'Other',
  },
  results: {
    one: '{n} funding opportunity',
    other: '{n} funding opportunities',
  },
  opens: 'opens {when}',
  closes: 'closes {when}',
  closed: 'closed {when}',
  soon: 'Closing soon',
  rolling: 'Rolling',
  deadline: 'Deadline',
  amount: 'Amount',
  rate: 'Co-funding',
  cost: 'Project cost ({c})',
  grant: 'Grant {grant}, your share {own}',
  ics: 'Add to calendar',
  csv: 'Export CSV',
  more: 'Show more',
  clear: 'Clear filters',
};

const da: FundingStrings = {
  search: 'Søg',
  status: 'Status',
  kind: 'Type',
  country: 'Kan søges fra',
  market: 'Målmarked',
  sector: 'Sektor',
  any: 'Alle',
  statuses: { open: 'Åben', forthcoming: 'Kommende', closed: 'Lukket' },
  kinds: {
    'cluster-programme': 'Klyngeprogram',
    'member-fee': 'Medlemsbetaling',
    'eu-programme': 'EU-program',
    national: 'National',
    regional: 'Regional',
    private: 'Privat',
    other: 'Andet',
  },
  results: { one: '{n} støttemulighed', other: '{n} støttemuligheder' },
  opens: 'åbner {when}',
  closes: 'lukker {when}',
  closed: 'lukkede {when}',
  soon: 'Lukker snart',
  rolling: 'Løbende',
  deadline: 'Frist',
  amount: 'Beløb',
  rate: 'Støtteandel',
  cost: 'Projektudgift ({c})',
  grant: 'Tilskud {grant}, din andel {own}',
  ics: 'Føj til kalender',
  csv: 'Eksportér CSV',
  more: 'Vis flere',
  clear: 'Nulstil filtre',
};

const de: FundingStrings = {
  search: 'Suche',
  status: 'Status',
  kind: 'Art',
  country: 'Antragsberechtigt in',
  market: 'Zielmarkt',
  sector: 'Branche',
  any: 'Alle',
  statuses: { open: 'Offen', forthcoming: 'Demnächst', closed: 'Geschlossen' },
  kinds: {
    'cluster-programme': 'Clusterprogramm',
    'member-fee': 'Mitgliedsbeitrag',
    'eu-programme': 'EU-Programm',
    national: 'National',
    regional: 'Regional',
    private: 'Privat',
    other: 'Sonstige',
  },
  results: { one: '{n} Fördermöglichkeit', other: '{n} Fördermöglichkeiten' },
  opens: 'öffnet {when}',
  closes: 'endet {when}',
  closed: 'endete {when}',
  soon: 'Endet bald',
  rolling: 'Laufend',
  deadline: 'Frist',
  amount: 'Betrag',
  rate: 'Förderquote',
  cost: 'Projektkosten ({c})',
  grant: 'Zuschuss {grant}, Eigenanteil {own}',
  ics: 'In den Kalender',
  csv: 'CSV exportieren',
  more: 'Mehr anzeigen',
  clear: 'Filter zurücksetzen',
};

const fr: FundingStrings = {
  search: 'Rechercher',
  status: 'Statut',
  kind: 'Type',
  country: 'Pays éligible',
  market: 'Marché cible',
  sector: 'Secteur',
  any: 'Tous',
  statuses: { open: 'Ouvert', forthcoming: 'À venir', closed: 'Clos' },
  kinds: {
    'cluster-programme': 'Programme de clusters',
    'member-fee': 'Contribution des membres',
    'eu-programme': 'Programme de l’UE',
    national: 'National',
    regional: 'Régional',
    private: 'Privé',
    other: 'Autre',
  },
  results: { one: '{n} financement', other: '{n} financements' },
  opens: 'ouvre {when}',
  closes: 'clôture {when}',
  closed: 'clos {when}',
  soon: 'Clôture proche',
  rolling: 'En continu',
  deadline: 'Date limite',
  amount: 'Montant',
  rate: 'Cofinancement',
  cost: 'Coût du projet ({c})',
  grant: 'Subvention {grant}, votre part {own}',
  ics: 'Ajouter au calendrier',
  csv: 'Exporter en CSV',
  more: 'Afficher plus',
  clear: 'Effacer les filtres',
};

const es: FundingStrings = {
  search: 'Buscar',
  status: 'Estado',
  kind: 'Tipo',
  country: 'País elegible',
  market: 'Mercado objetivo',
  sector: 'Sector',
  any: 'Todos',
  statuses: { open: 'Abierta', forthcoming: 'Próxima', closed: 'Cerrada' },
  kinds: {
    'cluster-programme': 'Programa de clústeres',
    'member-fee': 'Cuota de miembros',
    'eu-programme': 'Programa de la UE',
    national: 'Nacional',
    regional: 'Regional',
    private: 'Privada',
    other: 'Otra',
  },
  results: { one: '{n} ayuda', other: '{n} ayudas' },
  opens: 'abre {when}',
  closes: 'cierra {when}',
  closed: 'cerró {when}',
  soon: 'Cierra pronto',
  rolling: 'Permanente',
  deadline: 'Plazo',
  amount: 'Importe',
  rate: 'Cofinanciación',
  cost: 'Coste del proyecto ({c})',
  grant: 'Subvención {grant}, su parte {own}',
  ics: 'Añadir al calendario',
  csv: 'Exportar CSV',
  more: 'Mostrar más',
  clear: 'Borrar filtros',
};

export const fundingStrings: Table<FundingStrings> = { en, da, de, fr, es };
