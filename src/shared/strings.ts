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
  details: string;
  more: { one: string; other: string };
  notVerifiedSince: string;
  /** The follow-quiz chip: `{markets}` is a list of country names. */
  fromYourQuiz: string;
  removeQuizFilter: string;
}

const en: SharedStrings = {
  loading: 'Loading data…',
  retry: 'Retry',
  errorTitle: 'The data could not be shown',
  errors: {
    'no-source': 'This widget has no data yet: give it a src attribute with the address of a JSON data file.',
    http: 'The server answered {status} when asked for {src}. Check that the address is right and that the file is published.',
    network:
      'Could not reach {src}. Likely causes: the network or the server is down, or the server does not allow this website to read the file (CORS).',
    timeout: '{src} did not arrive within {seconds} seconds. The server may be slow or down.',
    'not-json': '{src} is not valid JSON, so it cannot be read. Check the file with the validator.',
    'not-object': '{src} must hold a JSON object that starts with "version": 1.',
    'no-version': '{src} has no "version" field. This widget reads data format version 1.',
    'unsupported-version': '{src} uses data format version {version}. This widget reads version 1; update the widgets or the file.',
    'missing-section': '{src} has no "{section}" section, which this widget needs.',
    'not-a-list': 'In {src}, "{section}" must be a list ([ … ]).',
    'no-valid-record': '{src} has no valid entry in "{section}".',
    'not-found': '{src} has no "{wanted}". Available: {available}.',
    unexpected: 'Something went wrong while showing {src}.',
  },
  givenData: 'the data set by the page',
  skipped: { one: '{n} of {total} records was skipped', other: '{n} of {total} records were skipped' },
  dropped: { one: '{n} field was dropped', other: '{n} fields were dropped' },
  details: 'Details',
  more: { one: 'and {n} more', other: 'and {n} more' },
  notVerifiedSince: 'Not verified since {date}',
  fromYourQuiz: 'From your quiz: {markets}',
  removeQuizFilter: 'Remove the quiz filter ({markets})',
};

const da: SharedStrings = {
  loading: 'Henter data…',
  retry: 'Prøv igen',
  errorTitle: 'Data kunne ikke vises',
  errors: {
    'no-source': 'Denne widget har ingen data endnu: giv den en src-attribut med adressen på en JSON-datafil.',
    http: 'Serveren svarede {status} på forespørgslen efter {src}. Kontrollér, at adressen er rigtig, og at filen er offentliggjort.',
    network:
      'Kunne ikke nå {src}. Sandsynlige årsager: netværket eller serveren er nede, eller serveren tillader ikke dette websted at læse filen (CORS).',
    timeout: '{src} kom ikke inden for {seconds} sekunder. Serveren kan være langsom eller nede.',
    'not-json': '{src} er ikke gyldig JSON og kan ikke læses. Kontrollér filen med validatoren.',
    'not-object': '{src} skal indeholde et JSON-objekt, der starter med "version": 1.',
    'no-version': '{src} har intet "version"-felt. Denne widget læser dataformat version 1.',
    'unsupported-version': '{src} bruger dataformat version {version}. Denne widget læser version 1; opdatér widgets eller filen.',
    'missing-section': '{src} har ingen "{section}"-sektion, som denne widget har brug for.',
    'not-a-list': 'I {src} skal "{section}" være en liste ([ … ]).',
    'no-valid-record': '{src} har ingen gyldig post i "{section}".',
    'not-found': '{src} har ingen "{wanted}". Findes: {available}.',
    unexpected: 'Noget gik galt under visningen af {src}.',
  },
  givenData: 'de data, siden har angivet',
  skipped: { one: '{n} af {total} poster blev sprunget over', other: '{n} af {total} poster blev sprunget over' },
  dropped: { one: '{n} felt blev udeladt', other: '{n} felter blev udeladt' },
  details: 'Detaljer',
  more: { one: 'og {n} mere', other: 'og {n} mere' },
  notVerifiedSince: 'Ikke kontrolleret siden {date}',
  fromYourQuiz: 'Fra din test: {markets}',
  removeQuizFilter: 'Fjern filteret fra testen ({markets})',
};

const de: SharedStrings = {
  loading: 'Daten werden geladen…',
  retry: 'Erneut versuchen',
  errorTitle: 'Die Daten können nicht angezeigt werden',
  errors: {
    'no-source': 'Dieses Widget hat noch keine Daten: Geben Sie ihm ein src-Attribut mit der Adresse einer JSON-Datendatei.',
    http: 'Der Server antwortete {status} auf die Anfrage nach {src}. Prüfen Sie, ob die Adresse stimmt und die Datei veröffentlicht ist.',
    network:
      '{src} ist nicht erreichbar. Wahrscheinliche Ursachen: Netzwerk oder Server sind ausgefallen, oder der Server erlaubt dieser Website nicht, die Datei zu lesen (CORS).',
    timeout: '{src} ist nicht innerhalb von {seconds} Sekunden angekommen. Der Server ist möglicherweise langsam oder ausgefallen.',
    'not-json': '{src} ist kein gültiges JSON und kann nicht gelesen werden. Prüfen Sie die Datei mit dem Validator.',
    'not-object': '{src} muss ein JSON-Objekt enthalten, das mit "version": 1 beginnt.',
    'no-version': '{src} hat kein Feld "version". Dieses Widget liest das Datenformat Version 1.',
    'unsupported-version': '{src} verwendet das Datenformat Version {version}. Dieses Widget liest Version 1; aktualisieren Sie die Widgets oder die Datei.',
    'missing-section': '{src} hat keinen Abschnitt "{section}", den dieses Widget benötigt.',
    'not-a-list': 'In {src} muss "{section}" eine Liste sein ([ … ]).',
    'no-valid-record': '{src} hat keinen gültigen Eintrag in "{section}".',
    'not-found': '{src} enthält kein "{wanted}". Vorhanden: {available}.',
    unexpected: 'Beim Anzeigen von {src} ist ein Fehler aufgetreten.',
  },
  givenData: 'die von der Seite gesetzten Daten',
  skipped: { one: '{n} von {total} Einträgen wurde übersprungen', other: '{n} von {total} Einträgen wurden übersprungen' },
  dropped: { one: '{n} Feld wurde entfernt', other: '{n} Felder wurden entfernt' },
  details: 'Details',
  more: { one: 'und {n} weiterer', other: 'und {n} weitere' },
  notVerifiedSince: 'Nicht geprüft seit {date}',
  fromYourQuiz: 'Aus Ihrem Test: {markets}',
  removeQuizFilter: 'Filter aus dem Test entfernen ({markets})',
};

const fr: SharedStrings = {
  loading: 'Chargement des données…',
  retry: 'Réessayer',
  errorTitle: 'Les données ne peuvent pas être affichées',
  errors: {
    'no-source': 'Ce widget n’a pas encore de données : donnez-lui un attribut src avec l’adresse d’un fichier de données JSON.',
    http: 'Le serveur a répondu {status} à la demande de {src}. Vérifiez que l’adresse est correcte et que le fichier est publié.',
    network:
      'Impossible de joindre {src}. Causes probables : le réseau ou le serveur est indisponible, ou le serveur n’autorise pas ce site à lire le fichier (CORS).',
    timeout: '{src} n’est pas arrivé en {seconds} secondes. Le serveur est peut-être lent ou indisponible.',
    'not-json': '{src} n’est pas un JSON valide et ne peut pas être lu. Vérifiez le fichier avec le validateur.',
    'not-object': '{src} doit contenir un objet JSON qui commence par "version": 1.',
    'no-version': '{src} n’a pas de champ "version". Ce widget lit la version 1 du format de données.',
    'unsupported-version': '{src} utilise la version {version} du format de données. Ce widget lit la version 1 ; mettez à jour les widgets ou le fichier.',
    'missing-section': '{src} n’a pas de section "{section}", dont ce widget a besoin.',
    'not-a-list': 'Dans {src}, "{section}" doit être une liste ([ … ]).',
    'no-valid-record': '{src} n’a aucune entrée valide dans "{section}".',
    'not-found': '{src} ne contient pas "{wanted}". Disponibles : {available}.',
    unexpected: 'Une erreur s’est produite lors de l’affichage de {src}.',
  },
  givenData: 'les données fournies par la page',
  skipped: { one: '{n} enregistrement sur {total} a été ignoré', other: '{n} enregistrements sur {total} ont été ignorés' },
  dropped: { one: '{n} champ a été retiré', other: '{n} champs ont été retirés' },
  details: 'Détails',
  more: { one: 'et {n} autre', other: 'et {n} autres' },
  notVerifiedSince: 'Non vérifié depuis le {date}',
  fromYourQuiz: 'D’après votre questionnaire : {markets}',
  removeQuizFilter: 'Retirer le filtre du questionnaire ({markets})',
};

const es: SharedStrings = {
  loading: 'Cargando datos…',
  retry: 'Reintentar',
  errorTitle: 'No se pueden mostrar los datos',
  errors: {
    'no-source': 'Este widget aún no tiene datos: añádale un atributo src con la dirección de un archivo de datos JSON.',
    http: 'El servidor respondió {status} al pedir {src}. Compruebe que la dirección es correcta y que el archivo está publicado.',
    network:
      'No se pudo acceder a {src}. Causas probables: la red o el servidor no funcionan, o el servidor no permite que este sitio lea el archivo (CORS).',
    timeout: '{src} no llegó en {seconds} segundos. Puede que el servidor sea lento o no funcione.',
    'not-json': '{src} no es un JSON válido y no se puede leer. Compruebe el archivo con el validador.',
    'not-object': '{src} debe contener un objeto JSON que empiece por "version": 1.',
    'no-version': '{src} no tiene el campo "version". Este widget lee la versión 1 del formato de datos.',
    'unsupported-version': '{src} usa la versión {version} del formato de datos. Este widget lee la versión 1; actualice los widgets o el archivo.',
    'missing-section': '{src} no tiene la sección "{section}", que este widget necesita.',
    'not-a-list': 'En {src}, "{section}" debe ser una lista ([ … ]).',
    'no-valid-record': '{src} no tiene ninguna entrada válida en "{section}".',
    'not-found': '{src} no contiene "{wanted}". Disponibles: {available}.',
    unexpected: 'Algo salió mal al mostrar {src}.',
  },
  givenData: 'los datos indicados por la página',
  skipped: { one: 'Se omitió {n} de {total} registros', other: 'Se omitieron {n} de {total} registros' },
  dropped: { one: 'Se descartó {n} campo', other: 'Se descartaron {n} campos' },
  details: 'Detalles',
  more: { one: 'y {n} más', other: 'y {n} más' },
  notVerifiedSince: 'Sin verificar desde el {date}',
  fromYourQuiz: 'Según su test: {markets}',
  removeQuizFilter: 'Quitar el filtro del test ({markets})',
};

export const sharedStrings: Table<SharedStrings> = { en, da, de, fr, es };
