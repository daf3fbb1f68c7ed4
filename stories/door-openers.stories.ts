/** cg-door-openers: who opens doors in a target market. */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { stall } from './helpers.js';

const meta: Meta = {
  title: 'Widgets/Door-openers',
  component: 'cg-door-openers',
};
export default meta;
type Story = StoryObj;

const DATA = '/data/gateway.json';

export const Default: Story = { render: () => html`<cg-door-openers src=${DATA} market="JP"></cg-door-openers>` };
export const AllMarkets: Story = { render: () => html`<cg-door-openers src=${DATA}></cg-door-openers>` };
export const EmptyMarket: Story = {
  render: () => html`<cg-door-openers src=${DATA} market="NO"></cg-door-openers>`,
  parameters: { docs: { description: { story: 'Nobody serves Norway yet: the widget says so and offers markets in Europe first.' } } },
};
export const Dark: Story = {
  render: () => html`<cg-door-openers theme="dark" src=${DATA} market="US"></cg-door-openers>`,
  parameters: { backgrounds: { default: 'dark' } },
};
export const Danish: Story = { render: () => html`<cg-door-openers lang="da" src=${DATA} market="JP"></cg-door-openers>` };
export const ErrorMissingSection: Story = { render: () => html`<cg-door-openers src="/fixtures/insights-basic.json"></cg-door-openers>` };
export const Loading: Story = {
  render: () => html`<cg-door-openers src=${stall('/fixtures/doors-stalled.json')} timeout="600000"></cg-door-openers>`,
};
export const FollowQuiz: Story = {
  render: () =>
    html`<button
        type="button"
        @click=${() =>
          document.dispatchEvent(
            new CustomEvent('cg-quiz-complete', {
              detail: { quizId: 'demo', version: 1, overall: 60, band: 'Ready', dimensions: {}, targetMarkets: ['JP', 'CA', 'NO'] },
              bubbles: true,
              composed: true,
            }),
          )}
      >
        Complete a quiz with Japan, Canada and Norway
      </button>
      <cg-door-openers follow-quiz src=${DATA}></cg-door-openers>`,
};
