/** Interface strings of cg-door-openers. */
import type { ORGANISATION_TYPES } from '../../data/schema.js';
import type { PluralForms, Table } from '../../shared/i18n.js';

export interface DoorStrings {
  market: string;
  type: string;
  all: string;
  search: string;
  count: PluralForms;
  /** The heading and option of each organisation type. */
  types: Record<(typeof ORGANISATION_TYPES)[number], string>;
  /** `{market}`: a country name; followed by buttons for nearby markets. */
  none: string;
}

export const doorStrings: Table<DoorStrings> = {
  en: {
    market: 'Market',
    type: 'Type',
    all: 'All',
    search: 'Search',
    count: { one: '{n} organisation', other: '{n} organisations' },
    types: {
      'trade-promotion-agency': 'Trade promotion',
      'investment-promotion-agency': 'Investment promotion',
      'innovation-office': 'Innovation offices',
      'chamber-of-commerce': 'Chambers of commerce',
      embassy: 'Embassies',
      cluster: 'Clusters',
      other: 'Other',
    },
    none: 'No door-openers in {market} yet. Nearby:',
  },
  da: {
    market: 'Marked',
    type: 'Type',
    all: 'Alle',
    search: 'Søg',
    count: { one: '{n} organisation', other: '{n} organisationer' },
    types: {
      'trade-promotion-agency': 'Eksportfremme',
      'investment-promotion-agency': 'Investeringsfremme',
      'innovation-office': 'Innovationscentre',
      'chamber-of-commerce': 'Handelskamre',
      embassy: 'Ambassader',
      cluster: 'Klynger',
      other: 'Andre',
    },
    none: 'Ingen døråbnere i {market} endnu. Tæt på:',
  },
  de: {
    market: 'Markt',
    type: 'Art',
    all: 'Alle',
    search: 'Suche',
    count: { one: '{n} Organisation', other: '{n} Organisationen' },
    types: {
      'trade-promotion-agency': 'Außenhandel',
      'investment-promotion-agency': 'Investitionsförderung',
      'innovation-office': 'Innovationsbüros',
      'chamber-of-commerce': 'Handelskammern',
      embassy: 'Botschaften',
      cluster: 'Cluster',
      other: 'Sonstige',
    },
    none: 'Noch keine Türöffner in {market}. Nah dran:',
  },
  fr: {
    market: 'Marché',
    type: 'Type',
    all: 'Tous',
    search: 'Rechercher',
    count: { one: '{n} organisation', other: '{n} organisations' },
    types: {
      'trade-promotion-agency': 'Commerce extérieur',
      'investment-promotion-agency': 'Investissement',
      'innovation-office': 'Innovation',
      'chamber-of-commerce': 'Chambres de commerce',
      embassy: 'Ambassades',
      cluster: 'Clusters',
      other: 'Autres',
    },
    none: '{market} : personne pour l’instant. Proches :',
  },
  es: {
    market: 'Mercado',
    type: 'Tipo',
    all: 'Todos',
    search: 'Buscar',
    count: { one: '{n} organización', other: '{n} organizaciones' },
    types: {
      'trade-promotion-agency': 'Comercio exterior',
      'investment-promotion-agency': 'Inversión',
      'innovation-office': 'Innovación',
      'chamber-of-commerce': 'Cámaras de comercio',
      embassy: 'Embajadas',
      cluster: 'Clústeres',
      other: 'Otros',
    },
    none: 'Nadie en {market} aún. Cerca:',
  },
};
