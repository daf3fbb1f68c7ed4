// The bench's HTTP server: the built bundles, the demo data, generated data files and the bench pages, on
// 127.0.0.1 and a free port. Query strings are ignored, so `?run=3` gives a fresh URL (the widgets cache
// downloads per URL) for the same file. Bundles and demo data may be cached by the browser (`max-age`, as a
// CDN serves them); generated data never is, so every load measures a real transfer.
import { createServer } from 'node:http';

/**
 * @param {Map<string, {type: string, body: Buffer, cache?: boolean}>} routes path → response
 * @returns {Promise<{origin: string, close: () => Promise<void>}>}
 */
export async function serve(routes) {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const route = routes.get(path);
    if (!route) {
      res.writeHead(404).end();
      return;
    }
    const { body } = route;
    res
      .writeHead(200, {
        'Content-Type': route.type,
        'Content-Length': body.length,
        'Cache-Control': route.cache ? 'public, max-age=3600' : 'no-store',
      })
      .end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
