/** Interface strings of cg-door-openers. `types` follow ORGANISATION_TYPES. */
import type { PluralForms, Table } from '../../shared/i18n.js';

export interface DoorStrings {
  market: string;
  type: string;
  all: string;
  search: string;
  count: PluralForms;
  types: string[];
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
    types: ['Trade promotion', 'Investment promotion', 'Innovation offices', 'Chambers of commerce', 'Embassies', 'Clusters', 'Other'],
    none: 'No door-openers in {market} yet. Nearby:',
  },
  da: {
    market: 'Marked',
    type: 'Type',
    all: 'Alle',
    search: 'Søg',
    count: { one: '{n} organisation', other: '{n} organisationer' },
    types: ['Eksportfremme', 'Investeringsfremme', 'Innovationscentre', 'Handelskamre', 'Ambassader', 'Klynger', 'Andre'],
    none: 'Ingen døråbnere i {market} endnu. Tæt på:',
  },
  de: {
    market: 'Markt',
    type: 'Art',
    all: 'Alle',
    search: 'Suche',
    count: { one: '{n} Organisation', other: '{n} Organisationen' },
    types: ['Außenhandel', 'Investitionsförderung', 'Innovationsbüros', 'Handelskammern', 'Botschaften', 'Cluster', 'Sonstige'],
    none: 'Noch keine Türöffner in {market}. Nah dran:',
  },
  fr: {
    market: 'Marché',
    type: 'Type',
    all: 'Tous',
    search: 'Rechercher',
    count: { one: '{n} organisation', other: '{n} organisations' },
    types: ['Commerce extérieur', 'Investissement', 'Innovation', 'Chambres de commerce', 'Ambassades', 'Clusters', 'Autres'],
    none: '{market} : personne pour l’instant. Proches :',
  },
  es: {
    market: 'Mercado',
    type: 'Tipo',
    all: 'Todos',
    search: 'Buscar',
    count: { one: '{n} organización', other: '{n} organizaciones' },
    types: ['Comercio exterior', 'Inversión', 'Innovación', 'Cámaras de comercio', 'Embajadas', 'Clústeres', 'Otros'],
    none: 'Nadie en {market} aún. Cerca:',
  },
};
