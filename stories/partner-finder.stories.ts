/**
 * cg-partner-finder: search and filter partner clusters, ranked by fit to the host's own cluster.
 * Data: the demo file (75 clusters), a missing file for the error, generated records for the long list.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { generateDocument } from '../test/helpers/generate.js';
import { stall } from './helpers.js';

const meta: Meta = {
  title: 'Widgets/Partner finder',
  component: 'cg-partner-finder',
};
export default meta;
type Story = StoryObj;

const SRC = '/data/gateway.json';

/** Waits until the finder in `canvas` shows results, then returns its shadow root. */
async function loaded(canvas: HTMLElement): Promise<ShadowRoot> {
  const el = canvas.querySelector('cg-partner-finder')!;
  for (let i = 0; i < 200 && !el.shadowRoot?.querySelector('[role="status"]'); i++) await new Promise((r) => setTimeout(r, 50));
  return el.shadowRoot!;
}

export const Default: Story = { render: () => html`<cg-partner-finder src=${SRC}></cg-partner-finder>` };

export const WithHome: Story = {
  render: () => html`<cg-partner-finder src=${SRC} home="dk-energy-cluster"></cg-partner-finder>`,
  parameters: {
    docs: { description: { story: 'Ranked by fit to the Danish Energy Cluster (left out of the results); each card says why.' } },
  },
};

export const InitialFilters: Story = {
  render: () => html`<cg-partner-finder src=${SRC} country="DE" sector="Digital"></cg-partner-finder>`,
};

export const Empty: Story = {
  render: () => html`<cg-partner-finder src=${SRC} query="no such cluster anywhere"></cg-partner-finder>`,
  parameters: { docs: { description: { story: 'A query that matches nothing: the count says so and Clear filters is offered.' } } },
};

export const ErrorState: Story = { render: () => html`<cg-partner-finder src="/fixtures/does-not-exist.json"></cg-partner-finder>` };

export const Loading: Story = {
  render: () => html`<cg-partner-finder src=${stall('/fixtures/stalled-finder.json')} timeout="600000"></cg-partner-finder>`,
};

export const Dark: Story = {
  render: () => html`<cg-partner-finder theme="dark" src=${SRC} home="dk-energy-cluster"></cg-partner-finder>`,
  parameters: { backgrounds: { default: 'dark' } },
};

export const Danish: Story = { render: () => html`<cg-partner-finder lang="da" src=${SRC} home="dk-energy-cluster"></cg-partner-finder>` };

export const DetailsOpen: Story = {
  render: () => html`<cg-partner-finder src=${SRC} home="dk-energy-cluster"></cg-partner-finder>`,
  play: async ({ canvasElement }) => {
    (await loaded(canvasElement)).querySelector<HTMLButtonElement>('.name')?.click();
  },
  parameters: {
    docs: { description: { story: 'The first result opened: its details in a modal dialog (Escape or Close returns to the card).' } },
  },
};

export const FollowingTheQuiz: Story = {
  render: () => html`<cg-partner-finder src=${SRC} follow-quiz></cg-partner-finder>`,
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    document.dispatchEvent(
      new CustomEvent('cg-quiz-complete', {
        detail: { quizId: 'demo', version: 1, overall: 60, band: 'Ready to explore', dimensions: {}, targetMarkets: ['JP', 'KR'] },
        bubbles: true,
        composed: true,
      }),
    );
  },
  parameters: {
    docs: {
      description: { story: 'A completed quiz chose Japan and Korea: they become the Target-market filter, with a removable chip.' },
    },
  },
};

export const TenThousandClusters: Story = {
  render: () => html`<cg-partner-finder .data=${generateDocument(10_000, 42)}></cg-partner-finder>`,
  parameters: {
    docs: { description: { story: 'Generated records: results come 20 at a time (Show more); typing stays within a frame.' } },
  },
};
