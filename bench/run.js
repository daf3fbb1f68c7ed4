#!/usr/bin/env node
// npm run bench: how fast cg-partner-finder is with 1,000 / 10,000 / 50,000 generated clusters, in Debian's
// Chromium. It builds nothing: it serves the built dist/cluster-gateway.js (run `npm run build` first) and
// generated data from a tiny HTTP server on a free port, drives the browser with playwright-core, and
// measures in the page:
//   load + validate   src set → cg-data-load (download, JSON parse, validation)
//   validate only     the parsed document set as `data` → cg-data-load
//   first render      cg-data-load → the frame after the first results show (builds the search index)
//   keystroke         each `input` event (its timeStamp) → the animation frame after the results and count updated
//   facet change      each `change` of the Sector select → the animation frame after the update
//   long tasks        PerformanceObserver('longtask') entries (> 50 ms) while typing
// Writes bench/results.json and prints a table. Timing is a benchmark, never a test: the numbers depend
// on the machine.
import { createServer } from 'node:http';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { chromium } from 'playwright-core';
import { generateDocument } from './generate.js';

const SIZES = (process.env.BENCH_SIZES ?? "1000,10000,50000").split(",").map(Number);
const QUERIES = ['cluster energy koln', 'maritime goteborg', 'sante lyon'];
const root = new URL('../', import.meta.url);

const bundle = await readFile(new URL('dist/cluster-gateway.js', root)).catch(() => {
  console.error('bench: dist/cluster-gateway.js is missing; run `npm run build` first.');
  process.exit(1);
});
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

const data = new Map(SIZES.map((n) => [`/data-${n}.json`, Buffer.from(JSON.stringify(generateDocument(n, 42)))]));
const page = Buffer.from(
  '<!doctype html><html lang="en"><meta charset="utf-8"><title>cg-partner-finder bench</title><body><script type="module" src="/cluster-gateway.js"></script></body></html>',
);

const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  const [type, body] =
    path === '/'
      ? ['text/html', page]
      : path === '/cluster-gateway.js'
        ? ['text/javascript', bundle]
        : data.has(path)
          ? ['application/json', data.get(path)]
          : [];
  if (!body) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'Content-Type': type, 'Content-Length': body.length, 'Cache-Control': 'no-store' }).end(body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'],
});

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (ms) => Math.round(ms * 10) / 10;

async function measure(n) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  await tab.goto(`${origin}/`);
  const url = `/data-${n}.json`;

  // Load, validate, first render.
  const start = await tab.evaluate(async (src) => {
    await customElements.whenDefined('cg-partner-finder');
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
    const el = document.createElement('cg-partner-finder');
    const loaded = new Promise((resolve) => el.addEventListener('cg-data-load', () => resolve(performance.now()), { once: true }));
    const t0 = performance.now();
    el.src = src;
    document.body.append(el);
    const t1 = await loaded;
    while (!el.shadowRoot.querySelector('[role="status"]')) await el.updateComplete;
    const t2 = await frame();
    // Validation alone: the same document, parsed, as the `data` property of a second finder.
    const doc = await (await fetch(src)).json();
    const other = document.createElement('cg-partner-finder');
    const validated = new Promise((resolve) => other.addEventListener('cg-data-load', () => resolve(performance.now()), { once: true }));
    const t3 = performance.now();
    other.data = doc;
    document.body.append(other);
    const t4 = await validated;
    other.remove();
    window.timings = { input: [], change: [], longTasks: [] };
    const input = el.shadowRoot.querySelector('input');
    const after = (event, list) =>
      el.updateComplete.then(() => requestAnimationFrame(() => window.timings[list].push(performance.now() - event.timeStamp)));
    input.addEventListener('input', (event) => after(event, 'input'));
    el.shadowRoot.querySelector('select#sector').addEventListener('change', (event) => after(event, 'change'));
    new PerformanceObserver((list) => {
      if (window.typing) window.timings.longTasks.push(...list.getEntries().map((entry) => entry.duration));
    }).observe({ type: 'longtask' });
    return {
      load: t1 - t0,
      validate: t4 - t3,
      firstRender: t2 - t1,
      cards: el.shadowRoot.querySelectorAll('.card').length,
      status: el.shadowRoot.querySelector('[role="status"]').textContent.trim(),
    };
  }, url);

  // Typing, key by key, as a visitor does (about eight keys a second).
  const input = tab.locator('cg-partner-finder input[type="search"]').first();
  await tab.evaluate(() => (window.typing = true));
  for (const query of QUERIES) {
    await input.fill('');
    await input.pressSequentially(query, { delay: 120 });
  }
  await tab.waitForTimeout(300);
  await tab.evaluate(() => (window.typing = false));
  await input.fill('');

  // Facet changes: the first eight sectors, one after the other, then All.
  const sectors = await tab.locator('cg-partner-finder select#sector option').evaluateAll((options) => options.map((o) => o.value));
  const select = tab.locator('cg-partner-finder select#sector').first();
  for (const value of [...sectors.slice(1, 9), '']) {
    await select.selectOption(value);
    await tab.waitForTimeout(100);
  }
  await tab.waitForTimeout(200);
  const timings = await tab.evaluate(() => window.timings);
  await context.close();
  // The first `fill('')` of an empty field fires no input event; every typed key does.
  return {
    clusters: n,
    dataBytes: data.get(url).length,
    loadValidateMs: round(start.load),
    validateOnlyMs: round(start.validate),
    firstRenderMs: round(start.firstRender),
    cardsInDom: start.cards,
    status: start.status,
    keystrokeMs: timings.input.map(round),
    keystroke: { samples: timings.input.length, medianMs: round(median(timings.input)), worstMs: round(Math.max(...timings.input)) },
    facetChange: { samples: timings.change.length, medianMs: round(median(timings.change)), worstMs: round(Math.max(...timings.change)) },
    longTasksWhileTyping: timings.longTasks.length,
    longTasksMs: timings.longTasks.map(round),
    longestTaskWhileTypingMs: round(Math.max(0, ...timings.longTasks)),
  };
}

const results = [];
try {
  for (const n of SIZES) results.push(await measure(n));
} finally {
  await browser.close();
  server.close();
}

const report = {
  date: new Date().toISOString(),
  browser: `Chromium ${browser.version()}`,
  machine: `${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, Node ${process.version}`,
  targets: { keystrokeMedianMs10k: 16, longTasksWhileTyping: 0, loadValidateMs10k: 150 },
  results,
};
await writeFile(new URL('bench/results.json', root), `${JSON.stringify(report, null, 2)}\n`);

const rows = [
  ['clusters', ...results.map((r) => r.clusters.toLocaleString('en'))],
  ['data (MB)', ...results.map((r) => (r.dataBytes / 1e6).toFixed(1))],
  ['load + validate (ms)', ...results.map((r) => r.loadValidateMs)],
  ['validate only (ms)', ...results.map((r) => r.validateOnlyMs)],
  ['first render (ms)', ...results.map((r) => r.firstRenderMs)],
  ['keystroke median (ms)', ...results.map((r) => r.keystroke.medianMs)],
  ['keystroke worst (ms)', ...results.map((r) => r.keystroke.worstMs)],
  ['facet change median (ms)', ...results.map((r) => r.facetChange.medianMs)],
  ['facet change worst (ms)', ...results.map((r) => r.facetChange.worstMs)],
  ['long tasks while typing', ...results.map((r) => r.longTasksWhileTyping)],
  ['cards in the DOM', ...results.map((r) => r.cardsInDom)],
];
const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => String(row[i]).length)));
console.log(`${report.browser}; ${report.machine}`);
for (const row of rows) console.log(row.map((cell, i) => (i ? String(cell).padStart(widths[i]) : String(cell).padEnd(widths[i]))).join('  '));
console.log('written: bench/results.json');
