import { css } from 'lit';

/** Styles of cg-readiness-quiz beyond the shared base. */
export const styles = css`
  .base > * + *,
  section > * + * {
    margin-top: 0.75em;
  }
  fieldset {
    border: 0;
    padding: 0;
  }
  legend {
    font-size: 1.2em;
    font-weight: 700;
  }
  .opts {
    display: grid;
    gap: 0.3em;
    margin-top: 0.6em;
  }
  .scale .opts,
  .nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .countries .opts {
    max-height: 20em;
    overflow: auto;
  }
  .opts label {
    display: flex;
    gap: 0.5em;
    align-items: center;
    min-height: 2em;
    font-weight: 400;
  }
  table {
    width: 100%;
  }
  /* The area's name keeps its words whole, the percentage stays whole, the bar gets half the width when it can. */
  caption,
  th {
    text-align: start;
    overflow-wrap: break-word;
  }
  td {
    white-space: nowrap;
  }
  td:last-child {
    width: 50%;
  }
  svg {
    width: 100%;
    height: 0.9em;
    fill: var(--_accent);
    background: var(--_subtle);
  }
  @media print {
    .nav,
    .progress {
      display: none;
    }
    :host {
      color: #000 !important;
    }
  }
`;
