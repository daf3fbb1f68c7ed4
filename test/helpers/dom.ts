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

/**
 * Runs `run` and returns its value with the console warnings written meanwhile, each as its arguments joined
 * by spaces: `const [el, seen] = await warnings(() => load(...))`. The one console capture of the tests.
 */
export async function warnings<T>(run: () => T | Promise<T>): Promise<[T, string[]]> {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => seen.push(args.map(String).join(' '));
  try {
    return [await run(), seen];
  } finally {
    console.warn = original;
  }
}
