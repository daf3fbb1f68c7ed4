import { css } from 'lit';

/** Styles of cg-door-openers beyond the shared base. */
export const styles = css`
  form {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
  }
  form div {
    display: grid;
  }
  p,
  h3 {
    margin-block: 0.5em;
  }
  ul {
    padding: 0;
    list-style: none;
  }
  li {
    margin-block: 0.75em;
    padding: 0 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  [part='empty'] button,
  div > button {
    margin: 0.2em 0.2em 0 0;
  }
  .m {
    color: var(--_muted);
  }
`;
