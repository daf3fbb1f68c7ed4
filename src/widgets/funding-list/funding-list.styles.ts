import { css } from 'lit';

/** Styles of cg-funding-list beyond the shared base. */
export const styles = css`
  .filters,
  .tools,
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: end;
    margin-block-end: 0.75em;
  }
  .filters span,
  .calc {
    display: grid;
  }
  .list,
  .card {
    display: grid;
    gap: 0.5em;
    padding: 0;
    list-style: none;
  }
  .card {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    justify-items: start;
  }
  .soon {
    color: var(--_warning);
    border-width: 2px;
  }
  dt {
    color: var(--_muted);
  }
`;
