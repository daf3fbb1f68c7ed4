// The demo pages' language and theme switches. The language sets <html lang> (which every widget follows)
// and the page's own texts, from the table below, as plain text (no HTML, so the pages keep working under
// the strict CSP of the README); `?lang=da` in the address opens a page in that language. The theme sets
// `theme` on every widget. At the end: the insights lead to the finder.
const LANGS = ['en', 'da', 'de', 'fr', 'es'];

/** The pages' texts by key (`data-text` sets an element's text, `data-label` its aria-label), in LANGS order. */
const TEXTS = {
  language: ['Language', 'Sprog', 'Sprache', 'Langue', 'Idioma'],
  theme: ['Theme', 'Tema', 'Darstellung', 'Thème', 'Tema'],
  'theme-light': ['Light', 'Lyst', 'Hell', 'Clair', 'Claro'],
  'theme-dark': ['Dark', 'Mørkt', 'Dunkel', 'Sombre', 'Oscuro'],
  'theme-auto': ['Auto', 'Automatisk', 'Automatisch', 'Automatique', 'Automático'],
  // index.html
  'index-title': [
    'Cluster Gateway — demo',
    'Cluster Gateway — demo',
    'Cluster Gateway — Demo',
    'Cluster Gateway — démo',
    'Cluster Gateway — demostración',
  ],
  'index-kicker': [
    'Cluster Gateway demo',
    'Demo af Cluster Gateway',
    'Demo von Cluster Gateway',
    'Démo de Cluster Gateway',
    'Demostración de Cluster Gateway',
  ],
  'index-h1': [
    'Take your members abroad',
    'Tag jeres medlemmer med ud i verden',
    'Begleiten Sie Ihre Mitglieder ins Ausland',
    'Accompagnez vos membres à l’international',
    'Lleve a sus miembros al exterior',
  ],
  'index-intro-1': [
    'Every widget on this page reads one JSON file,',
    'Alle widgets på denne side læser én JSON-fil,',
    'Jedes Widget auf dieser Seite liest eine einzige JSON-Datei,',
    'Chaque widget de cette page lit un seul fichier JSON,',
    'Cada widget de esta página lee un único archivo JSON,',
  ],
  'index-intro-2': [
    '. On a real site each is one tag; see the README.',
    '. På et rigtigt websted er hver af dem ét tag; se README-filen.',
    '. Auf einer echten Website ist jedes ein einziges Tag; siehe README.',
    '. Sur un vrai site, chacun tient en une balise\u00a0; voir le README.',
    '. En un sitio real, cada uno es una sola etiqueta; consulte el README.',
  ],
  'index-nav': ['Widgets', 'Widgets', 'Widgets', 'Widgets', 'Widgets'],
  'nav-quiz': ['Readiness quiz', 'Parathedstest', 'Reifegradtest', 'Questionnaire de maturité', 'Test de preparación'],
  'nav-finder': ['Partner finder', 'Find partnere', 'Partnersuche', 'Recherche de partenaires', 'Buscador de socios'],
  'nav-funding': ['Funding', 'Finansiering', 'Förderung', 'Financements', 'Financiación'],
  'nav-doors': ['Door-openers', 'Døråbnere', 'Türöffner', 'Portes d’entrée', 'Facilitadores'],
  'nav-insights': ['Insights', 'Indsigt', 'Auswertungen', 'Tendances', 'Tendencias'],
  'nav-journey': [
    'The journey: quiz → partners → funding',
    'Rejsen: test → partnere → finansiering',
    'Der Weg: Test → Partner → Förderung',
    'Le parcours\u00a0: questionnaire → partenaires → financements',
    'El recorrido: test → socios → financiación',
  ],
  'index-quiz': [
    'How ready are you to go global?',
    'Hvor klar er I til at gå globalt?',
    'Wie bereit sind Sie für internationale Märkte?',
    'Êtes-vous prêt à vous lancer à l’international\u00a0?',
    '¿Está preparado para internacionalizarse?',
  ],
  'index-finder': [
    'Find partner clusters',
    'Find partnerklynger',
    'Partnercluster finden',
    'Trouver des clusters partenaires',
    'Encuentre clústeres socios',
  ],
  'index-funding': ['Funding', 'Finansiering', 'Förderung', 'Financements', 'Financiación'],
  'index-doors': ['Who opens doors', 'Hvem åbner døre', 'Wer Türen öffnet', 'Qui vous ouvre les portes', 'Quién le abre las puertas'],
  'index-insights': [
    'What clusters want',
    'Hvad klynger ønsker',
    'Was Cluster wollen',
    'Ce que veulent les clusters',
    'Lo que buscan los clústeres',
  ],
  // journey.html
  'journey-title': [
    'Cluster Gateway — from readiness to the first door abroad',
    'Cluster Gateway — fra parathed til den første dør i udlandet',
    'Cluster Gateway — von der Bereitschaft zur ersten offenen Tür im Ausland',
    'Cluster Gateway — de la préparation à la première porte à l’étranger',
    'Cluster Gateway — de la preparación a la primera puerta en el exterior',
  ],
  'journey-kicker': [
    'Cluster Gateway demo · the journey',
    'Demo af Cluster Gateway · rejsen',
    'Demo von Cluster Gateway · der Weg',
    'Démo de Cluster Gateway · le parcours',
    'Demostración de Cluster Gateway · el recorrido',
  ],
  'journey-h1': [
    'From “are we ready?” to the first door abroad',
    'Fra »er vi klar?« til den første dør i udlandet',
    'Von „Sind wir bereit?“ zur ersten offenen Tür im Ausland',
    'De «\u00a0sommes-nous prêts\u00a0?\u00a0» à la première porte à l’étranger',
    'De «¿estamos preparados?» a la primera puerta en el exterior',
  ],
  'journey-intro': [
    'Take the quiz and pick the markets you are aiming for. The partners, door-openers and funding below follow your choice (each shows a “From your quiz” chip you can remove).',
    'Tag testen, og vælg de markeder, I sigter mod. Partnerne, døråbnerne og finansieringen nedenfor følger jeres valg (hver viser et »Fra din test«-mærke, som I kan fjerne).',
    'Machen Sie den Test und wählen Sie die Märkte, die Sie anpeilen. Partner, Türöffner und Förderung darunter folgen Ihrer Wahl (jeweils mit einem Hinweis „Aus Ihrem Test“, den Sie entfernen können).',
    'Répondez au questionnaire et choisissez les marchés que vous visez. Les partenaires, les portes d’entrée et les financements ci-dessous suivent votre choix (chacun affiche une étiquette «\u00a0D’après votre questionnaire\u00a0» que vous pouvez retirer).',
    'Haga el test y elija los mercados a los que se dirige. Los socios, los facilitadores y la financiación de abajo siguen su elección (cada uno muestra una etiqueta «Según su test» que puede quitar).',
  ],
  'journey-all': ['All widgets', 'Alle widgets', 'Alle Widgets', 'Tous les widgets', 'Todos los widgets'],
  'journey-quiz': [
    '1. How ready are you?',
    '1. Hvor klar er I?',
    '1. Wie bereit sind Sie?',
    '1. Êtes-vous prêt\u00a0?',
    '1. ¿Está preparado?',
  ],
  'journey-partners': [
    '2. Clusters that target your markets',
    '2. Klynger, der sigter mod jeres markeder',
    '2. Cluster, die Ihre Märkte im Blick haben',
    '2. Les clusters qui visent vos marchés',
    '2. Clústeres que apuntan a sus mercados',
  ],
  'journey-doors': [
    '3. Who opens doors there',
    '3. Hvem åbner døre dér',
    '3. Wer dort Türen öffnet',
    '3. Qui vous ouvre les portes sur place',
    '3. Quién le abre las puertas allí',
  ],
  'journey-funding': [
    '4. Money to get there',
    '4. Penge til at komme derud',
    '4. Geld für den Weg dorthin',
    '4. Des financements pour y aller',
    '4. Financiación para llegar',
  ],
};

/**
 * Adds to the page's `.controls` a labelled `<select>` of `[value, text, data-text key]` options (texts in
 * English until a language is set), and returns it.
 */
function select(id, label, options) {
  const wrap = document.createElement('label');
  const name = document.createElement('span');
  name.dataset.text = label;
  name.textContent = TEXTS[label][0];
  const el = document.createElement('select');
  el.id = id;
  for (const [value, text, key] of options) {
    const option = new Option(text, value);
    if (key) option.dataset.text = key;
    el.append(option);
  }
  wrap.append(name, el);
  document.querySelector('.controls').append(wrap, ' ');
  return el;
}

// The same switches on every demo page, made here once.
const lang = select(
  'lang',
  'language',
  LANGS.map((code, i) => [code, ['English', 'Dansk', 'Deutsch', 'Français', 'Español'][i]]),
);
const theme = select(
  'theme',
  'theme',
  ['light', 'dark', 'auto'].map((v) => [v, TEXTS[`theme-${v}`][0], `theme-${v}`]),
);

const widgets = () => document.querySelectorAll('cg-readiness-quiz, cg-partner-finder, cg-funding-list, cg-door-openers, cg-insights');
// Links to the other demo page carry the language along.
const links = [...document.querySelectorAll('a[data-keep-lang]')].map((a) => [a, a.getAttribute('href')]);

function setLanguage(code) {
  const i = LANGS.indexOf(code);
  document.documentElement.lang = code;
  for (const el of document.querySelectorAll('[data-text]')) el.textContent = TEXTS[el.dataset.text][i];
  for (const el of document.querySelectorAll('[data-label]')) el.setAttribute('aria-label', TEXTS[el.dataset.label][i]);
  for (const [a, href] of links) a.setAttribute('href', code === 'en' ? href : `${href}?lang=${code}`);
}

function setTheme(value) {
  document.body.dataset.theme = value;
  for (const widget of widgets()) widget.setAttribute('theme', value);
}

// The address decides the language.
const wanted = new URLSearchParams(location.search).get('lang');
lang.value = LANGS.includes(wanted) ? wanted : 'en';
if (lang.value !== 'en') setLanguage(lang.value);
lang.addEventListener('change', () => {
  setLanguage(lang.value);
  const url = new URL(location.href);
  if (lang.value === 'en') url.searchParams.delete('lang');
  else url.searchParams.set('lang', lang.value);
  history.replaceState(history.state, '', url);
});
theme.addEventListener('change', () => setTheme(theme.value));

// The insights lead to the finder, as the README shows a page can: a sector sets the finder's Sector filter, an
// interest or a service its search (a tag's value is its folded English form, which the search matches).
document.addEventListener('cg-select', (event) => {
  const { kind, facet, value } = event.detail;
  const finder = document.querySelector('cg-partner-finder');
  if (kind !== 'facet' || !finder || facet === 'targetCountries') return;
  const key = facet === 'sectors' ? 'sector' : 'query';
  // Through '' first: the finder applies a value it already had (the visitor may have changed the filter since).
  finder[key] = '';
  finder[key] = value;
  finder.scrollIntoView();
});
