/** cg-insights: bar charts of what the clusters in the file want and offer. */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { stall } from './helpers.js';

const meta: Meta = {
  title: 'Widgets/Insights',
  component: 'cg-insights',
};
export default meta;
type Story = StoryObj;

const DATA = '/data/gateway.json';

export const Default: Story = { render: () => html`<cg-insights src=${DATA}></cg-insights>` };
export const OneFacet: Story = { render: () => html`<cg-insights src=${DATA} facet="targetCountries"></cg-insights>` };
export const Narrow: Story = {
  render: () =>
    html`<div class="narrow">
      <style>
        .narrow {
          max-width: 320px;
        }</style
      ><cg-insights src=${DATA} facet="keyServices"></cg-insights>
    </div>`,
  parameters: { docs: { description: { story: 'At 320 px the numbers move under the bars; labels stay whole.' } } },
};
export const Dark: Story = {
  render: () => html`<cg-insights theme="dark" src=${DATA}></cg-insights>`,
  parameters: { backgrounds: { default: 'dark' } },
};
export const Danish: Story = { render: () => html`<cg-insights lang="da" src=${DATA}></cg-insights>` };
export const ErrorMissingSection: Story = { render: () => html`<cg-insights src="/fixtures/doors-basic.json"></cg-insights>` };
export const Loading: Story = {
  render: () => html`<cg-insights src=${stall('/fixtures/insights-stalled.json')} timeout="600000"></cg-insights>`,
};
export const Fixture: Story = { render: () => html`<cg-insights src="/fixtures/insights-basic.json"></cg-insights>` };
