/**
 * Registers a custom element unless a copy of the bundle already did: loading the script twice, or the
 * ES and classic builds on one page, is harmless.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
