#!/usr/bin/env node
// npm run bench: the figures that decide the performance targets (docs/performance.md), measured on the built
// bundles in Chromium, written to bench/results.json and printed as tables with pass/fail. It builds nothing
// (run `npm run build` first).
//
//   sizes.js      gzip of the bundles, Lit/zod/ours shares; SurveyJS and Shoelace from reference-sizes.json
//   ../test/helpers/generate.js   seeded clusters and funding items (shared with the tests)
//   server.js     a tiny HTTP server for dist/, the demo data, generated data and the page
//   pages.js      the page and its in-page helper (long tasks, "painted" timing)
//   scenarios.js  the measurements in the browser
//   report.js     summaries, targets, the tables
//
// BENCH_SIZES=1000,10000 (default 1000,10000,50000) limits the data sizes; BENCH_QUICK=1 is a smoke run (1,000
// records, fewest repeats) that checks the bench works, not the targets; BENCH_REMEASURE=1 re-measures SurveyJS
// and Shoelace from the registry and rewrites bench/reference-sizes.json; CHROME_PATH picks the browser.
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findBrowser } from '../test/helpers/browser.js';
import { generateDocument, generateFundingDocument } from '../test/helpers/generate.js';
import { benchPage } from './pages.js';
import { print, summarise } from './report.js';
import * as scenario from './scenarios.js';
import { serve } from './server.js';
import { measureSizes } from './sizes.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const QUICK = Boolean(process.env.BENCH_QUICK);
const SIZES = (process.env.BENCH_SIZES ?? (QUICK ? '1000' : '1000,10000,50000')).split(',').map(Number);
const began = Date.now();
const log = (what) => process.stderr.write(`bench: ${what} (${((Date.now() - began) / 1000).toFixed(0)} s)\n`);

for (const file of ['dist/cluster-gateway.js', 'dist/cluster-gateway.iife.js', 'dist/cluster-gateway.iife.js.map']) {
  if (!existsSync(`${root}${file}`)) {
    console.error(`bench: ${file} is missing; run \`npm run build\` first.`);
    process.exit(1);
  }
}

log('sizes');
const sizes = await measureSizes(root);

log('generating data');
const cached = (type, file) => ({ type, body: readFileSync(`${root}${file}`), cache: true });
const routes = new Map([
  ['/', { type: 'text/html', body: benchPage }],
  ['/cluster-gateway.js', cached('text/javascript', 'dist/cluster-gateway.js')],
  ['/data/gateway.json', cached('application/json', 'demo/data/gateway.json')],
]);
const dataBytes = {};
for (const n of SIZES) {
  for (const [section, doc] of [
    ['clusters', generateDocument(n, 42)],
    ['funding', generateFundingDocument(n, 42)],
  ]) {
    const body = Buffer.from(JSON.stringify(doc));
    routes.set(`/data/${section}-${n}.json`, { type: 'application/json', body });
    dataBytes[`${section}-${n}`] = body.length;
  }
}

const server = await serve(routes);
const { executablePath, args, env } = await findBrowser();
const browser = await chromium.launch({ executablePath, args, env });
const raw = { sizes, dataBytes, data: {}, finder: {}, funding: {}, memory: {} };
try {
  for (const n of SIZES) {
    for (const section of ['clusters', 'funding']) {
      log(`load + validate: ${n} ${section}`);
      // runs: enough for a steady median where a run is quick
      raw.data[`${section}-${n}`] = await scenario.data(browser, server.origin, section, n, QUICK ? 1 : n > 10_000 ? 3 : 9);
    }
    log(`partner finder: ${n} clusters`);
    raw.finder[n] = await scenario.finder(browser, server.origin, n);
    log(`funding list: ${n} items`);
    raw.funding[n] = await scenario.funding(browser, server.origin, n);
    if (n >= 10_000) {
      log(`memory: ${n} clusters`);
      raw.memory[n] = await scenario.memory(browser, server.origin, n);
    }
  }
  log('readiness quiz');
  raw.quiz = await scenario.quiz(browser, server.origin, QUICK ? 1 : 2);
} finally {
  await browser.close().catch(() => {});
  await server.close();
}

const cpus = os.cpus();
const report = {
  date: new Date().toISOString(),
  durationS: Math.round((Date.now() - began) / 1000),
  machine: {
    cpu: `${cpus[0]?.model ?? 'unknown CPU'} × ${cpus.length}`,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    browser: `Chromium ${browser.version()}`,
    loadAverageAtEnd: os.loadavg().map((x) => Math.round(x * 100) / 100),
  },
  sizesMeasured: SIZES,
  ...summarise(raw, SIZES),
  raw,
};
await writeFile(`${root}bench/results.json`, `${JSON.stringify(report, null, 2)}\n`);
print(report);
log('written: bench/results.json');
