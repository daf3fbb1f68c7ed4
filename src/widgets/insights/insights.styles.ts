import { css } from 'lit';

/** Styles of cg-insights beyond the shared base: each chart is a table whose rows hold a label button, an SVG bar and the numbers. */
export const styles = css`
  section {
    margin-block-start: var(--_space);
  }
  .meta {
    color: var(--_muted);
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  caption {
    text-align: start;
    padding-block-end: 0.3em;
  }
  th,
  td {
    padding: 0.15em 0;
    text-align: start;
    vertical-align: middle;
    overflow-wrap: break-word;
  }
  thead th {
    font-size: 0.85em;
    color: var(--_muted);
  }
  tbody th {
    width: 40%;
    padding-inline-end: 0.5em;
  }
  tr {
    position: relative;
  }
  tbody button {
    min-height: 24px;
    padding: 0.1em 0.3em;
    border: 0;
    text-align: start;
    text-decoration: underline;
  }
  /* The whole row, bar included, clicks the value's button. */
  tbody button::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  /* On a narrow screen the numbers go under the bar (in every row alike: the widths are fixed). */
  td div {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  /* width 0 + flex: the bar takes the room left and never widens the table. */
  svg {
    flex: 1;
    width: 0;
    height: 0.8em;
    min-width: 3em;
  }
  rect {
    fill: var(--_accent);
  }
  rect:first-child {
    fill: var(--_subtle);
  }
  /* A fixed width, so that every row's bar track is equally long. */
  td span {
    min-width: 5.5em;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
`;
