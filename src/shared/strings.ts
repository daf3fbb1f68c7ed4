/** Interface strings every widget shares: loading, data problems, notices. One table per language. */
import type { Table } from './i18n.js';

export interface SharedStrings {
  loading: string;
  retry: string;
  errorTitle: string;
  /** Plain-words explanations of fatal problems; `{src}` is the data file's address. */
  errors: {
    'no-source': string;
    http: string;
    network: string;
    timeout: string;
    'not-json': string;
    'not-object': string;
    'no-version': string;
    'unsupported-version': string;
    'missing-section': string;
    'not-a-list': string;
    'no-valid-record': string;
    'not-found': string;
    unexpected: string;
  };
  /** `{src}` when there is no src: the data set by a script. */
  givenData: string;
  skipped: { one: string; other: string };
  dropped: { one: string; other: string };
  more: { one: string; other: string };
  notVerifiedSince: string;
  /** The follow-quiz chip: `{markets}` is a list of country names. */
  fromYourQuiz: string;
  removeQuizFilter: string;
  /** The last line of a filter's select that lists only its most common values. */
  moreOptions: string;
}

const en: SharedStrings = {
  loading: 'Loading data…',
  retry: 'Retry',
  errorTitle: 'The data could not be shown',
  errors: {
    'no-source': 'No data: give this widget a src attribute with the address of a JSON file.',
    http: 'The server answered {status} for {src}. Is the address right and the file published?',
    network: 'Could not reach {src}. Likely causes: the network or server is down, or the server does not let this site read it (CORS).',
    timeout: '{src} did not arrive within {seconds} seconds.',
    'not-json': '{src} is not valid JSON.',
    'not-object': '{src} must hold a JSON object with "version": 1.',
    'no-version': '{src} has no "version"; this widget reads version 1.',
    'unsupported-version': '{src} uses data format version {version}; this widget reads version 1.',
    'missing-section': '{src} has no "{section}" section, which this widget needs.',
    'not-a-list': 'In {src}, "{section}" must be a list ([ … ]).',
    'no-valid-record': '{src} has no valid entry in "{section}".',
    'not-found': '{src} has no "{wanted}". Available: {available}.',
    unexpected: 'Something went wrong with {src}.',
  },
  givenData: 'the data set by the page',
  skipped: { one: '{n} of {total} records was skipped', other: '{n} of {total} records were skipped' },
  dropped: { one: '{n} field was dropped', other: '{n} fields were dropped' },
  more: { one: 'and {n} more', other: 'and {n} more' },
  notVerifiedSince: 'Not verified since {date}',
  fromYourQuiz: 'From your quiz: {markets}',
  removeQuizFilter: 'Remove the quiz filter ({markets})',
  moreOptions: '{n} more: use the search',
};

const da: SharedStrings = {
  loading: 'Henter data…',
  retry: 'Prøv igen',
  errorTitle: 'Data kunne ikke vises',
  errors: {
    'no-source': 'Ingen data: giv denne widget en src-attribut med adressen på en JSON-fil.',
    http: 'Serveren svarede {status} for {src}. Er adressen rigtig og filen offentliggjort?',
    network:
      'Kunne ikke nå {src}. Sandsynlige årsager: netværket eller serveren er nede, eller serveren lader ikke dette websted læse filen (CORS).',
    timeout: '{src} kom ikke inden for {seconds} sekunder.',
    'not-json': '{src} er ikke gyldig JSON.',
    'not-object': '{src} skal indeholde et JSON-objekt med "version": 1.',
    'no-version': '{src} har ingen "version"; denne widget læser version 1.',
    'unsupported-version': '{src} bruger dataformat version {version}; denne widget læser version 1.',
    'missing-section': '{src} har ingen "{section}"-sektion, som denne widget har brug for.',
    'not-a-list': 'I {src} skal "{section}" være en liste ([ … ]).',
    'no-valid-record': '{src} har ingen gyldig post i "{section}".',
    'not-found': '{src} har ingen "{wanted}". Findes: {available}.',
    unexpected: 'Noget gik galt med {src}.',
  },
  givenData: 'de data, siden har angivet',
  skipped: { one: '{n} af {total} poster blev sprunget over', other: '{n} af {total} poster blev sprunget over' },
  dropped: { one: '{n} felt blev udeladt', other: '{n} felter blev udeladt' },
  more: { one: 'og {n} mere', other: 'og {n} mere' },
  notVerifiedSince: 'Ikke kontrolleret siden {date}',
  fromYourQuiz: 'Fra din test: {markets}',
  removeQuizFilter: 'Fjern filteret fra testen ({markets})',
  moreOptions: '{n} mere: brug søgningen',
};

const de: SharedStrings = {
  loading: 'Daten werden geladen…',
  retry: 'Erneut versuchen',
  errorTitle: 'Die Daten können nicht angezeigt werden',
  errors: {
    'no-source': 'Keine Daten: Geben Sie diesem Widget ein src-Attribut mit der Adresse einer JSON-Datei.',
    http: 'Der Server antwortete {status} für {src}. Stimmt die Adresse, ist die Datei veröffentlicht?',
    network:
      '{src} ist nicht erreichbar. Wahrscheinliche Ursachen: Netzwerk oder Server ausgefallen, oder der Server erlaubt dieser Website das Lesen nicht (CORS).',
    timeout: '{src} kam nicht innerhalb von {seconds} Sekunden an.',
    'not-json': '{src} ist kein gültiges JSON.',
    'not-object': '{src} muss ein JSON-Objekt mit "version": 1 enthalten.',
    'no-version': '{src} hat kein "version"; dieses Widget liest Version 1.',
    'unsupported-version': '{src} verwendet das Datenformat Version {version}; dieses Widget liest Version 1.',
    'missing-section': '{src} hat keinen Abschnitt "{section}", den dieses Widget benötigt.',
    'not-a-list': 'In {src} muss "{section}" eine Liste sein ([ … ]).',
    'no-valid-record': '{src} hat keinen gültigen Eintrag in "{section}".',
    'not-found': '{src} enthält kein "{wanted}". Vorhanden: {available}.',
    unexpected: 'Fehler mit {src}.',
  },
  givenData: 'die von der Seite gesetzten Daten',
  skipped: { one: '{n} von {total} Einträgen wurde übersprungen', other: '{n} von {total} Einträgen wurden übersprungen' },
  dropped: { one: '{n} Feld wurde entfernt', other: '{n} Felder wurden entfernt' },
  more: { one: 'und {n} weiterer', other: 'und {n} weitere' },
  notVerifiedSince: 'Nicht geprüft seit {date}',
  fromYourQuiz: 'Aus Ihrem Test: {markets}',
  removeQuizFilter: 'Filter aus dem Test entfernen ({markets})',
  moreOptions: '{n} weitere: Suche nutzen',
};

const fr: SharedStrings = {
  loading: 'Chargement des données…',
  retry: 'Réessayer',
  errorTitle: 'Les données ne peuvent pas être affichées',
  errors: {
    'no-source': 'Pas de données : donnez à ce widget un attribut src avec l’adresse d’un fichier JSON.',
    http: 'Le serveur a répondu {status} pour {src}. L’adresse est-elle correcte et le fichier publié ?',
    network:
      'Impossible de joindre {src}. Causes probables : réseau ou serveur indisponible, ou le serveur n’autorise pas ce site à le lire (CORS).',
    timeout: '{src} n’est pas arrivé en {seconds} secondes.',
    'not-json': '{src} n’est pas un JSON valide.',
    'not-object': '{src} doit contenir un objet JSON avec "version": 1.',
    'no-version': '{src} n’a pas de "version" ; ce widget lit la version 1.',
    'unsupported-version': '{src} utilise la version {version} du format de données ; ce widget lit la version 1.',
    'missing-section': '{src} n’a pas de section "{section}", dont ce widget a besoin.',
    'not-a-list': 'Dans {src}, "{section}" doit être une liste ([ … ]).',
    'no-valid-record': '{src} n’a aucune entrée valide dans "{section}".',
    'not-found': '{src} ne contient pas "{wanted}". Disponibles : {available}.',
    unexpected: 'Erreur avec {src}.',
  },
  givenData: 'les données fournies par la page',
  skipped: { one: '{n} enregistrement sur {total} a été ignoré', other: '{n} enregistrements sur {total} ont été ignorés' },
  dropped: { one: '{n} champ a été retiré', other: '{n} champs ont été retirés' },
  more: { one: 'et {n} autre', other: 'et {n} autres' },
  notVerifiedSince: 'Non vérifié depuis le {date}',
  fromYourQuiz: 'D’après votre questionnaire : {markets}',
  removeQuizFilter: 'Retirer le filtre du questionnaire ({markets})',
  moreOptions: '{n} de plus : utilisez la recherche',
};

const es: SharedStrings = {
  loading: 'Cargando datos…',
  retry: 'Reintentar',
  errorTitle: 'No se pueden mostrar los datos',
  errors: {
    'no-source': 'Sin datos: añada a este widget un atributo src con la dirección de un archivo JSON.',
    http: 'El servidor respondió {status} para {src}. ¿Es correcta la dirección y está publicado el archivo?',
    network:
      'No se pudo acceder a {src}. Causas probables: la red o el servidor no funcionan, o el servidor no deja que este sitio lo lea (CORS).',
    timeout: '{src} no llegó en {seconds} segundos.',
    'not-json': '{src} no es un JSON válido.',
    'not-object': '{src} debe contener un objeto JSON con "version": 1.',
    'no-version': '{src} no tiene "version"; este widget lee la versión 1.',
    'unsupported-version': '{src} usa la versión {version} del formato de datos; este widget lee la versión 1.',
    'missing-section': '{src} no tiene la sección "{section}", que este widget necesita.',
    'not-a-list': 'En {src}, "{section}" debe ser una lista ([ … ]).',
    'no-valid-record': '{src} no tiene ninguna entrada válida en "{section}".',
    'not-found': '{src} no contiene "{wanted}". Disponibles: {available}.',
    unexpected: 'Error con {src}.',
  },
  givenData: 'los datos indicados por la página',
  skipped: { one: 'Se omitió {n} de {total} registros', other: 'Se omitieron {n} de {total} registros' },
  dropped: { one: 'Se descartó {n} campo', other: 'Se descartaron {n} campos' },
  more: { one: 'y {n} más', other: 'y {n} más' },
  notVerifiedSince: 'Sin verificar desde el {date}',
  fromYourQuiz: 'Según su test: {markets}',
  removeQuizFilter: 'Quitar el filtro del test ({markets})',
  moreOptions: '{n} más: use la búsqueda',
};

export const sharedStrings: Table<SharedStrings> = { en, da, de, fr, es };
