/**
 * cg-readiness-quiz in every state: the intro, each step type, results in each band, dark, Danish, errors and
 * loading. Steps and results open directly: the story writes the saved state into localStorage before the
 * widget reads it (key `cg-quiz:<id>:<version>`, value `[step, "<id>.<version>.<answers>"]`, as the widget saves).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { stall } from './helpers.js';

const meta: Meta = {
  title: 'Widgets/Readiness quiz',
  component: 'cg-readiness-quiz',
};
export default meta;
type Story = StoryObj;

const FIXTURE = '/fixtures/quiz-stories.json';

/** Puts the quiz at `step` (a large number: the results) with `answers` in the widget's compact form. */
const seed = (quiz: string, step: number, answers = '') => {
  try {
    localStorage.setItem(`cg-quiz:${quiz}:1`, JSON.stringify([step, `${quiz}.1.${answers}`]));
  } catch {
    // storage blocked: the story opens on the intro
  }
};

const at = (quiz: string, step: number, answers = '', lang = '', theme = 'light') => {
  seed(quiz, step, answers);
  return html`<cg-readiness-quiz src=${FIXTURE} quiz=${quiz} lang=${lang} theme=${theme}></cg-readiness-quiz>`;
};

export const Intro: Story = {
  render: () => html`<cg-readiness-quiz src="/data/gateway.json" no-persist></cg-readiness-quiz>`,
};

export const IntroClusterQuiz: Story = {
  render: () => html`<cg-readiness-quiz src="/data/gateway.json" quiz="cluster-readiness" no-persist></cg-readiness-quiz>`,
};

export const StepSingle: Story = { render: () => at('single', 0) };

/** Two options ticked (mask 5 = the first and the third). */
export const StepMultiple: Story = { render: () => at('multiple', 0, '5') };

export const StepScale: Story = { render: () => at('scale', 0) };

/** Japan and South Korea already chosen; type in the filter to narrow the list. */
export const StepCountries: Story = { render: () => at('countries', 0, 'JPKR') };

/** Skills 0 %, network 50 % → 25 %: "Getting started", both recommendations, two target markets. */
export const ResultsGettingStarted: Story = { render: () => at('band-low', 99, '1-2-JPKR') };

/** Skills 50 %, network 50 % → 50 %: "Ready to explore". */
export const ResultsReadyToExplore: Story = { render: () => at('band-mid', 99, '2-2-DE') };

/** 100 % → "Ready to go global", no recommendation. */
export const ResultsReadyToGoGlobal: Story = { render: () => at('band-high', 99, '4-4-') };

export const Dark: Story = {
  render: () => at('band-mid', 99, '2-2-DE', '', 'dark'),
  parameters: { backgrounds: { default: 'dark' } },
};

export const DarkQuestion: Story = {
  render: () => at('single', 0, '2', '', 'dark'),
  parameters: { backgrounds: { default: 'dark' } },
};

export const Danish: Story = {
  render: () => html`<cg-readiness-quiz src="/data/gateway.json" lang="da" no-persist></cg-readiness-quiz>`,
};

export const DanishResults: Story = { render: () => at('band-low', 99, '1-2-JPKR', 'da') };

export const ErrorQuizNotFound: Story = {
  render: () => html`<cg-readiness-quiz src="/data/gateway.json" quiz="nope"></cg-readiness-quiz>`,
};

export const ErrorNoValidQuiz: Story = {
  render: () => html`<cg-readiness-quiz src="/fixtures/quiz-invalid.json"></cg-readiness-quiz>`,
};

export const Loading: Story = {
  render: () => html`<cg-readiness-quiz src=${stall('/fixtures/quiz-stories.json?stalled')} timeout="600000"></cg-readiness-quiz>`,
};
