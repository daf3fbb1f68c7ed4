/** Interface strings of cg-readiness-quiz; the quiz's own texts come from the data. */
import type { PluralForms, Table } from '../../shared/i18n.js';

export interface QuizStrings {
  start: string;
  /** Under the intro: `{n}` questions, `{minutes}` minutes. */
  questionCount: PluralForms;
  /** Above the progress bar: "Question `{number}` of `{total}`". */
  progress: string;
  optional: string;
  back: string;
  next: string;
  /** The last question's forward button. */
  seeResults: string;
  /** Labels the search field of a `countries` question. */
  filterCountries: string;
  /** Heads the score, with the punctuation the language puts before it (French: a narrow space and a colon). */
  yourResult: string;
  /** The caption of the table of percentages by dimension. */
  byArea: string;
  nextSteps: string;
  targetMarkets: string;
  /** The button that copies a link to the results; also labels the field holding it when the clipboard refuses. */
  copyLink: string;
  linkCopied: string;
  /** A recommendation that leads to a widget on the same page. */
  showMe: string;
  startOver: string;
  /** A `#cg-quiz=` link whose answers are stale or invalid (they are ignored). */
  invalidLink: string;
}

const en: QuizStrings = {
  showMe: 'Show me',
  start: 'Start',
  questionCount: {
    one: '{n} question · about {minutes} min',
    other: '{n} questions · about {minutes} min',
  },
  progress: 'Question {number} of {total}',
  optional: 'optional',
  back: 'Back',
  next: 'Next',
  seeResults: 'See results',
  filterCountries: 'Filter countries',
  yourResult: 'Your result:',
  byArea: 'By area',
  nextSteps: 'Next steps',
  targetMarkets: 'Target markets',
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  startOver: 'Start over',
  invalidLink: 'This link is outdated or invalid.',
};

const da: QuizStrings = {
  showMe: 'Vis mig',
  start: 'Start',
  questionCount: { other: '{n} spørgsmål · ca. {minutes} min.' },
  progress: 'Spørgsmål {number} af {total}',
  optional: 'valgfrit',
  back: 'Tilbage',
  next: 'Næste',
  seeResults: 'Se resultatet',
  filterCountries: 'Filtrér lande',
  yourResult: 'Dit resultat:',
  byArea: 'Pr. område',
  nextSteps: 'Næste skridt',
  targetMarkets: 'Målmarkeder',
  copyLink: 'Kopiér link',
  linkCopied: 'Linket er kopieret',
  startOver: 'Start forfra',
  invalidLink: 'Linket er forældet eller ugyldigt.',
};

const de: QuizStrings = {
  showMe: 'Zeigen',
  start: 'Start',
  questionCount: {
    one: '{n} Frage · ca. {minutes} Min.',
    other: '{n} Fragen · ca. {minutes} Min.',
  },
  progress: 'Frage {number} von {total}',
  optional: 'optional',
  back: 'Zurück',
  next: 'Weiter',
  seeResults: 'Zum Ergebnis',
  filterCountries: 'Länder filtern',
  yourResult: 'Ihr Ergebnis:',
  byArea: 'Nach Bereich',
  nextSteps: 'Nächste Schritte',
  targetMarkets: 'Zielmärkte',
  copyLink: 'Link kopieren',
  linkCopied: 'Link kopiert',
  startOver: 'Neu beginnen',
  invalidLink: 'Der Link ist veraltet oder ungültig.',
};

const fr: QuizStrings = {
  showMe: 'Voir',
  start: 'Commencer',
  questionCount: {
    one: '{n} question · environ {minutes} min',
    other: '{n} questions · environ {minutes} min',
  },
  progress: 'Question {number} sur {total}',
  optional: 'facultatif',
  back: 'Retour',
  next: 'Suivant',
  seeResults: 'Voir les résultats',
  filterCountries: 'Filtrer les pays',
  yourResult: 'Votre résultat :',
  byArea: 'Par domaine',
  nextSteps: 'Prochaines étapes',
  targetMarkets: 'Marchés cibles',
  copyLink: 'Copier le lien',
  linkCopied: 'Lien copié',
  startOver: 'Recommencer',
  invalidLink: 'Ce lien est obsolète ou invalide.',
};

const es: QuizStrings = {
  showMe: 'Ver',
  start: 'Empezar',
  questionCount: {
    one: '{n} pregunta · unos {minutes} min',
    other: '{n} preguntas · unos {minutes} min',
  },
  progress: 'Pregunta {number} de {total}',
  optional: 'opcional',
  back: 'Atrás',
  next: 'Siguiente',
  seeResults: 'Ver resultados',
  filterCountries: 'Filtrar países',
  yourResult: 'Su resultado:',
  byArea: 'Por área',
  nextSteps: 'Próximos pasos',
  targetMarkets: 'Mercados objetivo',
  copyLink: 'Copiar enlace',
  linkCopied: 'Enlace copiado',
  startOver: 'Reiniciar',
  invalidLink: 'El enlace está obsoleto o no es válido.',
};

export const quizStrings: Table<QuizStrings> = { en, da, de, fr, es };
