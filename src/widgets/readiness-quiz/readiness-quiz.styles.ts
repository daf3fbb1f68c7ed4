import { css } from 'lit';

/** Styles of cg-readiness-quiz beyond the shared base. */
export const styles = css`
  .records {
    display: grid;
    gap: 0.25em;
    padding-inline-start: 1.2em;
  }
`;
