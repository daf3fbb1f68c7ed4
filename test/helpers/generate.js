// A seeded generator of realistic cluster records for the benchmark and the 10,000-record test: names,
// cities, regions and descriptions in the five interface languages (with their accents: ø å æ ü ö ß é è
// ô ç ñ á í), tags from a shared vocabulary with some translations, and the usual optional fields.
// Pure ES module with no Node or DOM imports, so both the browser tests and `node bench/run.js` use it.

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same data everywhere. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// [en, da, de, fr, es]
const SECTORS = [
  ['Energy', 'Energi', 'Energie', 'Énergie', 'Energía'],
  ['Food', 'Fødevarer', 'Lebensmittel', 'Alimentation', 'Alimentación'],
  ['Health & Life Sciences', 'Sundhed og life science', 'Gesundheit', 'Santé', 'Salud'],
  ['Mobility', 'Mobilitet', 'Mobilität', 'Mobilité', 'Movilidad'],
  ['Digital', 'Digital', 'Digitales', 'Numérique', 'Digital'],
  ['Maritime', 'Maritim', 'Maritime Wirtschaft', 'Maritime', 'Marítimo'],
  ['Water', 'Vand', 'Wasser', 'Eau', 'Agua'],
  ['Construction', 'Byggeri', 'Bauwesen', 'Construction', 'Construcción'],
  ['Aerospace', 'Luftfart', 'Luft- und Raumfahrt', 'Aérospatial', 'Aeroespacial'],
  ['Robotics', 'Robotter', 'Robotik', 'Robotique', 'Robótica'],
  ['Circular Economy', 'Cirkulær økonomi', 'Kreislaufwirtschaft', 'Économie circulaire', 'Economía circular'],
  ['Tourism', 'Turisme', 'Tourismus', 'Tourisme', 'Turismo'],
  ['Textiles', 'Tekstil', 'Textil', 'Textile', 'Textil'],
  ['Creative Industries', 'Kreative erhverv', 'Kreativwirtschaft', 'Industries créatives', 'Industrias creativas'],
  ['Agrifood', 'Agrofødevarer', 'Agrar- und Ernährungswirtschaft', 'Agroalimentaire', 'Agroalimentario'],
  ['Advanced Manufacturing', 'Avanceret produktion', 'Fortgeschrittene Fertigung', 'Industrie avancée', 'Fabricación avanzada'],
];
const INTERESTS = [
  ['Internationalisation', 'Internationalisering', 'Internationalisierung', 'Internationalisation', 'Internacionalización'],
  ['Innovation', 'Innovation', 'Innovation', 'Innovation', 'Innovación'],
  ['Digitalisation', 'Digitalisering', 'Digitalisierung', 'Numérisation', 'Digitalización'],
  ['Skills', 'Kompetencer', 'Fachkräfte', 'Compétences', 'Capacidades'],
  ['Sustainability', 'Bæredygtighed', 'Nachhaltigkeit', 'Durabilité', 'Sostenibilidad'],
  ['Value chains', 'Værdikæder', 'Wertschöpfungsketten', 'Chaînes de valeur', 'Cadenas de valor'],
  ['Research', 'Forskning', 'Forschung', 'Recherche', 'Investigación'],
  ['Access to finance', 'Adgang til finansiering', 'Zugang zu Finanzierung', 'Accès au financement', 'Acceso a financiación'],
];
const SERVICES = [
  ['Matchmaking', 'Matchmaking', 'Matchmaking', 'Mise en relation', 'Emparejamiento'],
  ['Trade missions', 'Handelsmissioner', 'Delegationsreisen', 'Missions commerciales', 'Misiones comerciales'],
  ['Market intelligence', 'Markedsindsigt', 'Marktinformationen', 'Veille marché', 'Inteligencia de mercado'],
  ['Innovation projects', 'Innovationsprojekter', 'Innovationsprojekte', "Projets d'innovation", 'Proyectos de innovación'],
  ['Test facilities', 'Testfaciliteter', 'Testeinrichtungen', "Plateformes d'essai", 'Instalaciones de ensayo'],
  ['Training', 'Uddannelse', 'Weiterbildung', 'Formation', 'Formación'],
  ['Investor readiness', 'Investorparathed', 'Investorenreife', 'Préparation aux investisseurs', 'Preparación para inversores'],
  ['Access to funding', 'Adgang til midler', 'Fördermittelzugang', 'Accès aux financements', 'Acceso a fondos'],
  ['Export consulting', 'Eksportrådgivning', 'Exportberatung', "Conseil à l'export", 'Consultoría de exportación'],
  ['Policy advocacy', 'Interessevaretagelse', 'Interessenvertretung', 'Plaidoyer', 'Defensa de intereses'],
];
const LANGS = ['en', 'da', 'de', 'fr', 'es'];

// country → [language index, cities, regions]
const PLACES = {
  DK: [
    1,
    ['København', 'Århus', 'Odense', 'Aalborg', 'Esbjerg', 'Køge', 'Næstved'],
    ['Hovedstaden', 'Midtjylland', 'Syddanmark', 'Nordjylland', 'Sjælland'],
  ],
  DE: [
    2,
    ['München', 'Köln', 'Düsseldorf', 'Nürnberg', 'Berlin', 'Hamburg', 'Lübeck', 'Würzburg'],
    ['Bayern', 'Nordrhein-Westfalen', 'Baden-Württemberg', 'Thüringen'],
  ],
  AT: [2, ['Wien', 'Graz', 'Linz', 'Klagenfurt'], ['Oberösterreich', 'Steiermark', 'Kärnten']],
  FR: [
    3,
    ['Lyon', 'Nîmes', 'Orléans', 'Besançon', 'Grenoble', 'Saint-Étienne', 'Sète'],
    ['Auvergne-Rhône-Alpes', 'Île-de-France', 'Occitanie', 'Bourgogne-Franche-Comté'],
  ],
  BE: [3, ['Liège', 'Namur', 'Mons', 'Bruxelles'], ['Wallonie', 'Bruxelles-Capitale']],
  ES: [
    4,
    ['Málaga', 'León', 'Córdoba', 'Cádiz', 'Bilbao', 'A Coruña', 'Logroño'],
    ['Andalucía', 'Castilla y León', 'País Vasco', 'Aragón'],
  ],
  MX: [4, ['Querétaro', 'Mérida', 'Monterrey'], ['Nuevo León', 'Yucatán']],
  SE: [0, ['Göteborg', 'Malmö', 'Linköping', 'Umeå'], ['Västra Götaland', 'Skåne']],
  NO: [0, ['Tromsø', 'Bergen', 'Ålesund'], ['Vestland', 'Troms']],
  FI: [0, ['Jyväskylä', 'Tampere', 'Oulu'], ['Pirkanmaa', 'Keski-Suomi']],
  PL: [0, ['Łódź', 'Kraków', 'Gdańsk', 'Poznań'], ['Łódzkie', 'Małopolska', 'Pomorskie']],
  CZ: [0, ['Brno', 'České Budějovice', 'Plzeň'], ['Jihomoravský kraj', 'Plzeňský kraj']],
  PT: [0, ['Lisboa', 'Évora', 'Braga'], ['Alentejo', 'Norte']],
  IT: [0, ['Torino', 'Bologna', 'Forlì'], ['Piemonte', 'Emilia-Romagna']],
  NL: [0, ['Eindhoven', 'Delft', 'Groningen'], ['Noord-Brabant', 'Zuid-Holland']],
  EE: [0, ['Tallinn', 'Tartu'], ['Harjumaa']],
  IE: [0, ['Cork', 'Galway'], ['Munster', 'Connacht']],
  US: [0, ['Boston', 'Austin', 'San José'], ['Massachusetts', 'Texas', 'California']],
  JP: [0, ['Tokyo', 'Ōsaka', 'Kōbe'], ['Kantō', 'Kansai']],
  KR: [0, ['Seoul', 'Busan'], ['Gyeonggi']],
  CA: [0, ['Montréal', 'Québec', 'Toronto'], ['Québec', 'Ontario']],
  BR: [0, ['São Paulo', 'Florianópolis'], ['São Paulo', 'Santa Catarina']],
};
const COUNTRIES = Object.keys(PLACES);
const TARGETS = [...COUNTRIES, 'CN', 'IN', 'SG', 'AU', 'ZA', 'GB', 'CH', 'AE', 'VN', 'CL'];

const NAME = [
  (city, s) => `${city} ${s} Cluster`,
  (city, s) => `${city} ${s.toLowerCase()}klynge`,
  (city, s) => `${s.replace(/ .*/, '')}-Cluster ${city}`,
  (city, s) => `Pôle ${s} ${city}`,
  (city, s) => `Clúster de ${s} de ${city}`,
];
const DESCRIBE = [
  (s, t) => `Brings together companies, universities and public partners in ${s.toLowerCase()}, and helps member SMEs reach ${t}.`,
  (s, t) => `Samler virksomheder, universiteter og offentlige partnere inden for ${s.toLowerCase()} og hjælper medlemmerne mod ${t}.`,
  (s, t) => `Vernetzt Unternehmen, Hochschulen und öffentliche Partner im Bereich ${s} und begleitet KMU nach ${t}.`,
  (s, t) => `Réunit entreprises, universités et acteurs publics de la filière ${s.toLowerCase()} et accompagne les PME vers ${t}.`,
  (s, t) => `Reúne empresas, universidades y socios públicos del sector ${s.toLowerCase()} y acompaña a las pymes hacia ${t}.`,
];

/** Seeded choices: one item of a list, or between `min` and `max` distinct items. */
const choosers = (rnd) => ({
  pick: (list) => list[Math.floor(rnd() * list.length)],
  some: (list, min, max) => {
    const count = min + Math.floor(rnd() * (max - min + 1));
    const copy = [...list];
    const out = [];
    while (out.length < count && copy.length) out.push(copy.splice(Math.floor(rnd() * copy.length), 1)[0]);
    return out;
  },
});

/** `n` clusters from `seed` (the same seed gives the same records). */
export function generateClusters(n, seed = 1) {
  const rnd = random(seed);
  const { pick, some } = choosers(rnd);
  // A tag as a webmaster writes it: mostly plain English, sometimes with a translation.
  const tag = (row, lang) => (lang > 0 && rnd() < 0.5 ? { en: row[0], [LANGS[lang]]: row[lang] } : row[0]);
  const clusters = [];
  for (let i = 0; i < n; i++) {
    const country = pick(COUNTRIES);
    const [lang, cities, regions] = PLACES[country];
    const city = pick(cities);
    const sectors = some(SECTORS, 1, 3);
    const targets = some(
      TARGETS.filter((c) => c !== country),
      1,
      6,
    );
    const local = NAME[lang](city, sectors[0][lang]);
    const english = NAME[0](city, sectors[0][0]);
    const id = `c${i}-${country.toLowerCase()}`;
    const record = {
      id,
      name: lang ? { en: english, [LANGS[lang]]: local } : english,
      country,
      city,
      region: pick(regions),
      sectors: sectors.map((row) => tag(row, lang)),
      collaborationInterests: some(INTERESTS, 1, 4).map((row) => tag(row, lang)),
      targetCountries: targets,
      keyServices: some(SERVICES, 1, 4).map((row) => tag(row, lang)),
    };
    const where = targets.slice(0, 2).join(' / ');
    record.description = lang
      ? {
          en: DESCRIBE[0](sectors[0][0], where),
          [LANGS[lang]]: DESCRIBE[lang](sectors[0][lang], where),
        }
      : DESCRIBE[0](sectors[0][0], where);
    if (rnd() < 0.7)
      record.acronym =
        local
          .split(/[\s-]+/)
          .map((w) => w[0].toUpperCase())
          .join('')
          .slice(0, 5) +
        (i % 97);
    if (rnd() < 0.8) record.website = `https://${id}.example/`;
    if (rnd() < 0.7) record.email = `info@${id}.example`;
    const label = rnd();
    if (label < 0.6) record.label = label < 0.15 ? 'gold' : label < 0.35 ? 'silver' : 'bronze';
    if (rnd() < 0.8) {
      record.members = {
        smes: Math.floor(rnd() * 400),
        large: Math.floor(rnd() * 40),
        research: Math.floor(rnd() * 20),
        other: Math.floor(rnd() * 15),
      };
    }
    if (rnd() < 0.5) record.founded = 1990 + Math.floor(rnd() * 35);
    if (rnd() < 0.9) {
      const month = 1 + Math.floor(rnd() * 12);
      record.lastVerified = `${2022 + Math.floor(rnd() * 5)}-${String(month).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
    }
    clusters.push(record);
  }
  return clusters;
}

/** A whole data document (format v1) with `n` generated clusters. */
export const generateDocument = (n, seed = 1) => ({
  version: 1,
  updated: '2026-11-01',
  clusters: generateClusters(n, seed),
});

// ---- Funding items ----

export const FUNDING_KINDS = ['cluster-programme', 'member-fee', 'eu-programme', 'national', 'regional', 'private', 'other'];

// Programme names as funders write them, per language [en, da, de, fr, es]; `{s}` is a sector, `{y}` a year.
const PROGRAMMES = [
  [
    'Export Readiness Grant for {s}',
    'Eksportparathedstilskud til {s}',
    'Exportförderung für {s}',
    "Aide à l'export – filière {s}",
    'Ayudas a la exportación de {s}',
  ],
  [
    'Market Entry Voucher {y}',
    'Markedsmodningsfonden {y}',
    'Markterschließungsprogramm für KMU {y}',
    'Chèque Relance Export {y}',
    'Cheque de internacionalización {y}',
  ],
  [
    'Trade Fair Support',
    'Messestøtte til udstillere',
    'Messeförderung – Gemeinschaftsstände',
    'Soutien aux salons à l’étranger',
    'Apoyo a ferias en el exterior',
  ],
  [
    'Innovation Partnerships in {s} (call {y})',
    'Innovationspartnerskaber inden for {s} ({y})',
    'Innovationsgutschein {s} ({y})',
    'Appel à projets Innovation {s} ({y})',
    'Convocatoria de innovación en {s} ({y})',
  ],
  [
    'Go Global Coaching',
    'Vækstrådgivning til udlandet',
    'Go-International Zuschuss',
    'Accompagnement à l’international des PME',
    'Programa ICEX Next de iniciación',
  ],
  [
    'Green Transition Pool',
    'Grøn omstillingspulje',
    'Förderprogramm Klimaschutz & Außenwirtschaft',
    'Prêt vert international',
    'Línea verde de internacionalización',
  ],
  [
    'Digital Market Access',
    'Digital markedsadgang',
    'Digitale Markterschließung',
    'Accès numérique aux marchés',
    'Acceso digital a mercados',
  ],
];
const PROVIDERS = [
  ['European Innovation Council and SMEs Executive Agency (EISMEA)', 'Enterprise Europe Network', 'Interreg Öresund-Kattegat-Skagerrak'],
  [
    'Danmarks Eksport- og Investeringsfond (EIFO)',
    'Eksportrådet – Udenrigsministeriet',
    'Erhvervshus Sydjylland',
    'Innovationsfonden',
    'Region Sjælland – Vækstpuljen',
  ],
  [
    'Bundesministerium für Wirtschaft und Klimaschutz',
    'Germany Trade & Invest',
    'Förderbank L-Bank Baden-Württemberg',
    'Thüringer Aufbaubank',
    'Außenwirtschaftscenter Österreich',
  ],
  ['Bpifrance', 'Business France', 'Région Auvergne-Rhône-Alpes', 'Team France Export Île-de-France', 'Wallonie Export & Investissement'],
  [
    'ICEX España Exportación e Inversiones',
    'Junta de Andalucía – Extenda',
    'Agencia Vasca de Desarrollo Empresarial (SPRI)',
    'Cámara de Comercio de Cádiz',
    'Instituto Aragonés de Fomento',
  ],
];
const ACTIVITY = [
  (s, m) => `Co-funds market studies, trade missions and partner search for SMEs in ${s.toLowerCase()} going to ${m}.`,
  (s, m) => `Medfinansierer markedsanalyser, eksportfremstød og partnersøgning for SMV'er inden for ${s.toLowerCase()}, der vil til ${m}.`,
  (s, m) =>
    `Fördert Marktstudien, Delegationsreisen und Partnersuche für KMU der Branche ${s} mit Zielmarkt ${m} – Zuschüsse für Messestände möglich.`,
  (s, m) =>
    `Cofinance études de marché, missions de prospection et recherche de partenaires pour les PME de la filière ${s.toLowerCase()} vers ${m} ; dépenses éligibles précisées à l’appel.`,
  (s, m) =>
    `Cofinancia estudios de mercado, misiones comerciales y búsqueda de socios para pymes del sector ${s.toLowerCase()} con destino ${m}; gastos subvencionables según la convocatoria.`,
];
const EU = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
];
const HOME = [['DK'], ['DE', 'AT'], ['FR', 'BE'], ['ES', 'MX']];
const CURRENCIES = {
  DK: 'DKK',
  DE: 'EUR',
  AT: 'EUR',
  FR: 'EUR',
  BE: 'EUR',
  ES: 'EUR',
  MX: 'MXN',
};
/** The day the generated calls are spread around (the document's `updated`); benches pin the widget's clock to it. */
export const FUNDING_EPOCH = '2026-11-01';

const isoDay = (epochDay) => new Date(epochDay * 864e5).toISOString().slice(0, 10);

/**
 * `n` funding items from `seed`: EU, national, regional and private programmes with names, providers and
 * descriptions in the five languages, some open, some closed, some forthcoming or rolling around
 * FUNDING_EPOCH, amounts in the funder's currency, co-funding rates, eligible countries and target markets.
 */
export function generateFunding(n, seed = 1) {
  const rnd = random(seed ^ 0x5f3759df);
  const { pick, some } = choosers(rnd);
  const epoch = Date.parse(`${FUNDING_EPOCH}T00:00:00Z`) / 864e5;
  const items = [];
  for (let i = 0; i < n; i++) {
    const lang = Math.floor(rnd() * 5); // 0 = an EU programme written in English
    const kind =
      lang === 0
        ? pick(['eu-programme', 'eu-programme', 'cluster-programme', 'other'])
        : pick(['national', 'national', 'regional', 'regional', 'cluster-programme', 'member-fee', 'private', 'other']);
    const sector = pick(SECTORS);
    const year = 2025 + Math.floor(rnd() * 3);
    const programme = pick(PROGRAMMES);
    const title = (l) => programme[l].replace('{s}', sector[l]).replace('{y}', year);
    const markets = some(TARGETS, 0, 5);
    const where = markets.length ? markets.slice(0, 2).join(' / ') : 'new markets';
    const id = `f${i}-${LANGS[lang]}-${year}`;
    const record = {
      id,
      name: lang ? { en: title(0), [LANGS[lang]]: title(lang) } : title(0),
      provider: pick(PROVIDERS[lang]),
      kind,
      url: `https://funding.example/${LANGS[lang]}/${id}`,
    };
    if (rnd() < 0.9)
      record.description = lang
        ? {
            en: ACTIVITY[0](sector[0], where),
            [LANGS[lang]]: ACTIVITY[lang](sector[lang], where),
          }
        : ACTIVITY[0](sector[0], where);
    const home = lang ? HOME[lang - 1] : EU;
    if (lang === 0 || rnd() < 0.85)
      record.eligibleCountries = lang === 0 ? (rnd() < 0.3 ? [...EU, 'NO', 'IS'] : [...EU]) : some(home, 1, home.length);
    if (markets.length) record.targetMarkets = markets;
    if (rnd() < 0.85)
      record.sectors = [
        sector,
        ...some(
          SECTORS.filter((s) => s !== sector),
          0,
          3,
        ),
      ].map((row) => (lang && rnd() < 0.5 ? { en: row[0], [LANGS[lang]]: row[lang] } : row[0]));
    if (rnd() < 0.8) {
      const currency = lang === 0 ? 'EUR' : CURRENCIES[record.eligibleCountries?.[0] ?? home[0]];
      const max = Math.round(5 + rnd() * 500) * 1000 * (lang === 0 ? 10 : 1);
      record.amount = rnd() < 0.7 ? { min: Math.round(max * (0.05 + rnd() * 0.3)), max, currency } : { max, currency };
    }
    if (rnd() < 0.7) record.cofundingRate = [0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 1][Math.floor(rnd() * 8)];
    const shape = rnd();
    if (shape < 0.2)
      record.rolling = true; // open all year
    else {
      const opens = epoch - 400 + Math.floor(rnd() * 600);
      const deadline = opens + 30 + Math.floor(rnd() * 400);
      if (shape < 0.9) record.opens = isoDay(opens);
      record.deadline =
        rnd() < 0.3 ? `${isoDay(deadline)}T${12 + Math.floor(rnd() * 6)}:00:00${lang === 4 ? '+01:00' : 'Z'}` : isoDay(deadline);
      if (rnd() < 0.3) record.rolling = false;
    }
    if (rnd() < 0.9) record.lastVerified = isoDay(epoch - Math.floor(rnd() * 900));
    items.push(record);
  }
  return items;
}

/** A data document (format v1) with `n` generated funding items only. */
export const generateFundingDocument = (n, seed = 1) => ({
  version: 1,
  updated: FUNDING_EPOCH,
  funding: generateFunding(n, seed),
});
