import { css } from 'lit';

/** Styles of cg-partner-finder beyond the shared base. */
export const styles = css`
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: end;
  }
  .filters div {
    display: grid;
  }
  [role='status'] {
    margin-block: 0.75em;
    font-weight: 600;
  }
  [part='result'] {
    display: grid;
    gap: 0.75em;
    padding: 0;
    list-style: none;
  }
  .card,
  dialog {
    padding: 0.75em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  dialog form {
    float: inline-end;
  }
  .name {
    padding: 0;
    border: 0;
    text-decoration: underline;
  }
  .meta {
    color: var(--_muted);
  }
  dt::after {
    content: ':';
  }
  /* French puts a space before the colon (the base carries the interface language). */
  dt:lang(fr)::after {
    content: ' :';
  }
  p a {
    margin-inline-end: 1em;
  }
`;
