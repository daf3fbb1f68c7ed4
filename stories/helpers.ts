/**
 * Story helpers. `stall(url)` makes requests for one URL hang forever in the Storybook page only, so the
 * loading state can be seen; nothing in the widgets is changed by it.
 */
const stalled = new Set<string>();
let patched = false;

export function stall(url: string): string {
  stalled.add(new URL(url, location.href).href);
  if (!patched) {
    patched = true;
    const original = window.fetch.bind(window);
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const href = new URL(input instanceof Request ? input.url : String(input), location.href).href;
      if (!stalled.has(href)) return original(input, init);
      return new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
    };
  }
  return url;
}
