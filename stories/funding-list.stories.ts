/**
 * cg-funding-list in every state. Status and countdowns depend on today's date, so most stories fix the
 * widget's clock (`.now`) at 29 November 2026, 10:00 local time, the date the demo data was written for.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { stall } from './helpers.js';

const meta: Meta = {
  title: 'Widgets/Funding list',
  component: 'cg-funding-list',
};
export default meta;
type Story = StoryObj;

const NOW = new Date(2026, 10, 29, 10).getTime();
const clock = () => NOW;
const DEMO = '/data/gateway.json';

export const Default: Story = {
  render: () => html`<cg-funding-list src=${DEMO} .now=${clock}></cg-funding-list>`,
};

export const ClosingSoon: Story = {
  render: () => html`<cg-funding-list src="/fixtures/funding-list.json" .now=${clock}></cg-funding-list>`,
  parameters: {
    docs: {
      description: { story: 'Two items close within 14 days, one of them today: a "Closing soon" badge and the countdown in words.' },
    },
  },
};

export const ShowClosed: Story = {
  render: () => html`<cg-funding-list src=${DEMO} .now=${clock} show-closed></cg-funding-list>`,
};

export const AllClosed: Story = {
  render: () => html`<cg-funding-list src="/fixtures/funding-closed.json" .now=${clock}></cg-funding-list>`,
  parameters: { docs: { description: { story: 'Every item has closed: none is shown; the Status filter offers them with their count.' } } },
};

export const Empty: Story = {
  render: () => html`<cg-funding-list src="/fixtures/empty.json" .now=${clock}></cg-funding-list>`,
};

export const InitialFilters: Story = {
  render: () => html`<cg-funding-list src=${DEMO} .now=${clock} kind="eu-programme" country="PT"></cg-funding-list>`,
};

export const LoadError: Story = {
  render: () => html`<cg-funding-list src="/fixtures/version2.json"></cg-funding-list>`,
};

export const BadRecords: Story = {
  render: () => html`<cg-funding-list src="/fixtures/partial.json" .now=${clock} show-closed></cg-funding-list>`,
};

export const Loading: Story = {
  render: () => html`<cg-funding-list src=${stall('/fixtures/stalled-funding.json')} timeout="600000"></cg-funding-list>`,
};

export const Dark: Story = {
  render: () => html`<cg-funding-list theme="dark" src=${DEMO} .now=${clock}></cg-funding-list>`,
  parameters: { backgrounds: { default: 'dark' } },
};

export const German: Story = {
  render: () => html`<cg-funding-list lang="de" src=${DEMO} .now=${clock}></cg-funding-list>`,
};
