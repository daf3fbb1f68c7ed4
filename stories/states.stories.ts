/**
 * The states every widget shares, shown on the finder: loading, each data problem, the skipped-records
 * notice, and theming. Each widget's own stories show its own states.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { stall } from './helpers.js';

const meta: Meta = {
  title: 'Shared/Data states',
  component: 'cg-partner-finder',
};
export default meta;
type Story = StoryObj;

const widget = (src: string) => html`<cg-partner-finder src=${src}></cg-partner-finder>`;

export const Loaded: Story = { render: () => widget('/fixtures/valid.json') };
export const Empty: Story = { render: () => widget('/fixtures/empty.json') };
export const SkippedRecordsNotice: Story = { render: () => widget('/fixtures/partial.json') };
export const Loading: Story = {
  render: () => html`<cg-partner-finder src=${stall('/fixtures/stalled.json')} timeout="600000"></cg-partner-finder>`,
  parameters: {
    docs: { description: { story: 'Shown until the file arrives; the bar is determinate when the server sends a Content-Length.' } },
  },
};
export const ErrorNotFound: Story = { render: () => widget('/fixtures/does-not-exist.json') };
export const ErrorNotJson: Story = { render: () => widget('/fixtures/broken.json') };
export const ErrorUnsupportedVersion: Story = { render: () => widget('/fixtures/version2.json') };
export const ErrorMissingSection: Story = { render: () => widget('/fixtures/no-clusters.json') };
export const ErrorNoSource: Story = { render: () => html`<cg-partner-finder></cg-partner-finder>` };
export const ErrorInDanish: Story = { render: () => html`<cg-partner-finder lang="da" src="/fixtures/version2.json"></cg-partner-finder>` };
export const Dark: Story = {
  render: () => html`<cg-partner-finder theme="dark" src="/fixtures/partial.json"></cg-partner-finder>`,
  parameters: { backgrounds: { default: 'dark' } },
};
