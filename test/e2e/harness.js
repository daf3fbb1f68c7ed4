// End-to-end harness: a static server for the built bundle (dist/) with host pages composed per test,
// optional strict CSP headers, a second origin (for CORS refusals), switchable faults; and Chromium (found by
// test/helpers/browser.js) driven by playwright-core. Everything runs on 127.0.0.1 with ephemeral ports.
import { createServer } from 'node:http';
import { readFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { CPU_SLOWDOWN, findBrowser } from '../helpers/browser.js';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const ARTIFACTS = join(ROOT, 'test-results/e2e');
mkdirSync(ARTIFACTS, { recursive: true });

export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

const TYPES = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.map': 'application/json',
};

/**
 * Starts a server. `routes` maps a path to a handler (req, res) or to { body, type, status, headers };
 * other paths are files under the project root (dist/, demo/, test/fixtures/). `csp` adds the strict
 * policy to every HTML page.
 */
export async function serve({ routes = {}, csp = false } = {}) {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const route = routes[url.pathname];
    const headers = { 'Cache-Control': 'no-store' };
    if (typeof route === 'function') return route(req, res, url);
    if (route) {
      const type = route.type ?? (typeof route.body === 'string' && route.body.startsWith('<') ? TYPES['.html'] : TYPES['.json']);
      if (csp && type.startsWith('text/html')) headers['Content-Security-Policy'] = STRICT_CSP;
      const body = Buffer.from(route.body);
      res.writeHead(route.status ?? 200, { ...headers, 'Content-Type': type, 'Content-Length': body.length, ...(route.headers ?? {}) });
      return res.end(body);
    }
    const file = normalize(join(ROOT, decodeURIComponent(url.pathname)));
    if (!file.startsWith(ROOT) || !existsSync(file) || !extname(file)) {
      res.writeHead(404, headers);
      return res.end('not found');
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (csp && type.startsWith('text/html')) headers['Content-Security-Policy'] = STRICT_CSP;
    res.writeHead(200, { ...headers, 'Content-Type': type });
    res.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const sockets = new Set();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return {
    origin,
    routes,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(resolve);
      }),
  };
}

/**
 * How long any wait may last before it fails: generous, because a loaded machine (every core busy, or
 * TEST_CPU_SLOWDOWN) makes everything slower and no test may depend on an idle one. Tests wait for a condition,
 * never for a fixed time, so this limit only decides how long a real failure takes to be reported.
 */
export const PATIENCE = 120_000;

/** A host page: the bundle script(s), the widgets' markup, and optional extra head content. */
export const page = ({ body, scripts = ['<script src="/dist/cluster-gateway.iife.js"></script>'], head = '', lang = 'en' }) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>host</title>${head}${scripts.join('')}</head><body>${body}</body></html>`;

export const WIDGETS = ['cg-readiness-quiz', 'cg-partner-finder', 'cg-funding-list', 'cg-door-openers', 'cg-insights'];

/** Launches the browser the test runner uses (test/helpers/browser.js), with the same flags. */
export async function launch() {
  const { executablePath, args, env } = await findBrowser();
  return chromium.launch({ executablePath, args, env });
}

/** What this test file exercised, for the README's quality numbers (see `tally`). */
export const stats = { pages: 0 };

/**
 * Prints one test file's numbers (from an after() hook) and merges them into test-results/e2e/numbers.json,
 * keyed by `name`, so one e2e run leaves every number the README's quality section quotes in one file.
 */
export function tally(name, numbers) {
  const entry = { pages: stats.pages, ...numbers };
  console.log(
    `${name}: ${Object.entries(entry)
      .map(([k, v]) => `${k} ${typeof v === 'object' ? JSON.stringify(v) : v}`)
      .join(', ')}`,
  );
  const file = join(ARTIFACTS, 'numbers.json');
  let all = {};
  try {
    all = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // first file of the run
  }
  all[name] = entry;
  writeFileSync(file, JSON.stringify(all, null, 2) + '\n');
}

/** A new page that records uncaught errors, console errors and CSP violations. */
export async function openPage(browser, url, { viewport = { width: 1100, height: 900 } } = {}) {
  stats.pages++;
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  context.setDefaultTimeout(PATIENCE);
  const tab = await context.newPage();
  if (CPU_SLOWDOWN > 1) await (await context.newCDPSession(tab)).send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const record = { pageErrors: [], consoleErrors: [], dialogs: [] };
  tab.on('pageerror', (error) => record.pageErrors.push(String(error)));
  tab.on('console', (message) => message.type() === 'error' && record.consoleErrors.push(message.text()));
  tab.on('dialog', async (dialog) => {
    record.dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await tab.addInitScript(() => {
    window.__violations = [];
    window.__loads = [];
    document.addEventListener('cg-data-load', (e) => window.__loads.push({ tag: e.target.localName, counts: e.detail.counts }));
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`),
    );
  });
  if (url) await tab.goto(url);
  return { tab, context, record };
}

/** Waits until every widget on the page has left its loading state. */
export async function settled(tab, selector = WIDGETS.join(',')) {
  await tab.waitForFunction(
    (sel) =>
      [...document.querySelectorAll(sel)].every(
        (el) =>
          el.shadowRoot && el.shadowRoot.childElementCount > 0 && !el.shadowRoot.querySelector('progress.loading-bar, .loading progress'),
      ),
    selector,
    { timeout: PATIENCE },
  );
}

/**
 * Waits until every widget matching `selector` has rendered what the last action asked for: no Lit update
 * pending after a frame. A condition, where a fixed pause would be too short on a loaded machine.
 */
export async function quiet(tab, selector = WIDGETS.join(',')) {
  await tab.evaluate(
    async ([sel, patience]) => {
      for (const end = performance.now() + patience; performance.now() < end;) {
        const els = [...document.querySelectorAll(sel)];
        await Promise.all(els.map((el) => el.updateComplete));
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        if (els.every((el) => !el.isUpdatePending)) return;
      }
      throw new Error(`${sel} still updating after ${patience} ms`);
    },
    [selector, PATIENCE],
  );
}

/** The role="alert" text of each widget matching `selector` (empty string when none). */
export const alerts = (tab, selector) =>
  tab.$$eval(selector, (els) =>
    els.map((el) => el.shadowRoot?.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
  );

/**
 * Runs `action` (a click or key press that makes the page offer a file) and returns the file the browser
 * downloaded: its suggested name, its URL (the widgets make `blob:` URLs) and its text (UTF-8, BOM kept).
 */
export async function download(tab, action) {
  const [file] = await Promise.all([tab.waitForEvent('download', { timeout: PATIENCE }), action()]);
  const failure = await file.failure();
  if (failure) throw new Error(`download failed: ${failure}`);
  return { name: file.suggestedFilename(), url: file.url(), text: readFileSync(await file.path(), 'utf8') };
}
