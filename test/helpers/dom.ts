/** What the component tests read from a widget, as a user sees it: one copy instead of one per test file. */

/** Whitespace runs as one space, trimmed: text as it reads on screen. */
export const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** A node's text, squashed ('' for no node). */
export const text = (node: Node | null | undefined): string => squash(node?.textContent);

/** The first element matching `selector` in the widget's shadow root (asserted present). */
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T =>
  el.shadowRoot!.querySelector<T & Element>(selector)!;

/** Every element matching `selector` in the widget's shadow root. */
export const $$ = (el: Element, selector: string): HTMLElement[] => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

/** The console warnings written while `run` runs, each as its arguments joined by spaces. */
export async function warnings(run: () => unknown): Promise<string[]> {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => seen.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return seen;
}
