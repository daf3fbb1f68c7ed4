/** Interface strings of cg-readiness-quiz; the quiz's own texts come from the data. */
import type { PluralForms, Table } from '../../shared/i18n.js';

export interface QuizStrings {
  start: string;
  /** Under the intro: `{n}` questions, `{m}` minutes. */
  count: PluralForms;
  /** "Question 3 of 12". */
  of: string;
  optional: string;
  back: string;
  next: string;
  done: string;
  filter: string;
  /** Heads the score, with the punctuation the language puts before it (French: a narrow space and a colon). */
  result: string;
  areas: string;
  steps: string;
  markets: string;
  copy: string;
  copied: string;
  /** A recommendation that leads to a widget on the same page. */
  show: string;
  restart: string;
  /** A `#cg-quiz=` link whose answers are stale or invalid (they are ignored). */
  bad: string;
}

const en: QuizStrings = {
  show: 'Show me',
  start: 'Start',
  count: {
    one: '{n} question · about {m} min',
    other: '{n} questions · about {m} min',
  },
  of: 'Question {i} of {n}',
  optional: 'optional',
  back: 'Back',
  next: 'Next',
  done: 'See results',
  filter: 'Filter countries',
  result: 'Your result:',
  areas: 'By area',
  steps: 'Next steps',
  markets: 'Target markets',
  copy: 'Copy link',
  copied: 'Link copied',
  restart: 'Start over',
  bad: 'This link is outdated or invalid.',
};

const da: QuizStrings = {
  show: 'Vis mig',
  start: 'Start',
  count: { other: '{n} spørgsmål · ca. {m} min.' },
  of: 'Spørgsmål {i} af {n}',
  optional: 'valgfrit',
  back: 'Tilbage',
  next: 'Næste',
  done: 'Se resultatet',
  filter: 'Filtrér lande',
  result: 'Dit resultat:',
  areas: 'Pr. område',
  steps: 'Næste skridt',
  markets: 'Målmarkeder',
  copy: 'Kopiér link',
  copied: 'Linket er kopieret',
  restart: 'Start forfra',
  bad: 'Linket er forældet eller ugyldigt.',
};

const de: QuizStrings = {
  show: 'Zeigen',
  start: 'Start',
  count: {
    one: '{n} Frage · ca. {m} Min.',
    other: '{n} Fragen · ca. {m} Min.',
  },
  of: 'Frage {i} von {n}',
  optional: 'optional',
  back: 'Zurück',
  next: 'Weiter',
  done: 'Zum Ergebnis',
  filter: 'Länder filtern',
  result: 'Ihr Ergebnis:',
  areas: 'Nach Bereich',
  steps: 'Nächste Schritte',
  markets: 'Zielmärkte',
  copy: 'Link kopieren',
  copied: 'Link kopiert',
  restart: 'Neu beginnen',
  bad: 'Der Link ist veraltet oder ungültig.',
};

const fr: QuizStrings = {
  show: 'Voir',
  start: 'Commencer',
  count: {
    one: '{n} question · environ {m} min',
    other: '{n} questions · environ {m} min',
  },
  of: 'Question {i} sur {n}',
  optional: 'facultatif',
  back: 'Retour',
  next: 'Suivant',
  done: 'Voir les résultats',
  filter: 'Filtrer les pays',
  result: 'Votre résultat :',
  areas: 'Par domaine',
  steps: 'Prochaines étapes',
  markets: 'Marchés cibles',
  copy: 'Copier le lien',
  copied: 'Lien copié',
  restart: 'Recommencer',
  bad: 'Ce lien est obsolète ou invalide.',
};

const es: QuizStrings = {
  show: 'Ver',
  start: 'Empezar',
  count: {
    one: '{n} pregunta · unos {m} min',
    other: '{n} preguntas · unos {m} min',
  },
  of: 'Pregunta {i} de {n}',
  optional: 'opcional',
  back: 'Atrás',
  next: 'Siguiente',
  done: 'Ver resultados',
  filter: 'Filtrar países',
  result: 'Su resultado:',
  areas: 'Por área',
  steps: 'Próximos pasos',
  markets: 'Mercados objetivo',
  copy: 'Copiar enlace',
  copied: 'Enlace copiado',
  restart: 'Reiniciar',
  bad: 'El enlace está obsoleto o no es válido.',
};

export const quizStrings: Table<QuizStrings> = { en, da, de, fr, es };
