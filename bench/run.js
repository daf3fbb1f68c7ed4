#!/usr/bin/env node
// npm run bench: size, start, data, interaction and memory figures of the built bundles in Debian's Chromium,
// written to bench/results.json and printed as tables with the issue-8 targets. It builds nothing (run
// `npm run build` first). See docs/performance.md for what each figure means.
//
//   sizes.js      gzip/brotli of the bundles and widget entries, Lit/zod/ours shares, SurveyJS and Shoelace
//   ../test/helpers/generate.js   seeded clusters and funding items (realistic vocabularies, five languages' accents)
//   server.js     a tiny HTTP server for dist/, the demo data, generated data and the pages
//   pages.js      the pages and the in-page helper (long tasks, "painted" timing)
//   scenarios.js  the measurements in the browser
//   report.js     summaries, targets, the tables
//
// BENCH_SIZES=1000,10000 (default 1000,10000,50000) limits the data sizes; BENCH_FUNDING_BUDGET_S (default 60)
// is the time the funding list gets per size; CHROME_PATH picks the browser.
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findBrowser } from '../test/helpers/browser.js';
import { generateDocument, generateFundingDocument } from '../test/helpers/generate.js';
import { benchPage, blankPage, plainStartPage, startPage } from './pages.js';
import { print, summarise } from './report.js';
import * as scenario from './scenarios.js';
import { serve } from './server.js';
import { measureSizes } from './sizes.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);
const FUNDING_BUDGET_S = Number(process.env.BENCH_FUNDING_BUDGET_S ?? 60);
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
const routes = new Map([
  ['/', { type: 'text/html', body: benchPage }],
  ['/start.html', { type: 'text/html', body: startPage }],
  ['/plain-start.html', { type: 'text/html', body: plainStartPage }],
  ['/blank.html', { type: 'text/html', body: blankPage }],
  [
    '/cluster-gateway.js',
    {
      type: 'text/javascript',
      body: readFileSync(`${root}dist/cluster-gateway.js`),
      cache: true,
    },
  ],
  [
    '/cluster-gateway.iife.js',
    {
      type: 'text/javascript',
      body: readFileSync(`${root}dist/cluster-gateway.iife.js`),
      cache: true,
    },
  ],
  [
    '/data/gateway.json',
    {
      type: 'application/json',
      body: readFileSync(`${root}demo/data/gateway.json`),
      cache: true,
    },
  ],
]);
const dataBytes = {};
for (const n of SIZES) {
  for (const [section, doc] of [
    ['clusters', generateDocument(n, 42)],
    ['funding', generateFundingDocument(n, 42)],
  ]) {
    const body = Buffer.from(JSON.stringify(doc));
    routes.set(`/data/${section}-${n}.json`, {
      type: 'application/json',
      body,
    });
    dataBytes[`${section}-${n}`] = body.length;
  }
}

const server = await serve(routes);
const { executablePath, args, env } = await findBrowser();
const browser = await chromium.launch({ executablePath, args, env });
const raw = { sizes, dataBytes, data: {}, finder: {}, funding: {}, memory: {} };
try {
  log('start and definition cost');
  raw.start = await scenario.start(browser, server.origin, 5);
  raw.define = await scenario.define(browser, server.origin, 5);
  for (const n of SIZES) {
    for (const section of ['clusters', 'funding']) {
      log(`parse + validate, load + validate: ${n} ${section}`);
      raw.data[`${section}-${n}`] = await scenario.data(
        browser,
        server.origin,
        section,
        n,
        n > 10_000 ? 3 : 9, // runs: enough for a steady median where a run is quick
      );
    }
  }
  for (const n of SIZES) {
    log(`partner finder: ${n} clusters`);
    raw.finder[n] = await scenario.finder(browser, server.origin, n);
  }
  for (const n of SIZES) {
    log(`funding list: ${n} items`);
    raw.funding[n] = await scenario.funding(browser, server.origin, n, FUNDING_BUDGET_S * 1000);
  }
  log('readiness quiz');
  raw.quiz = await scenario.quiz(browser, server.origin, 2);
  for (const n of SIZES.filter((n) => n >= 10_000)) {
    log(`memory: ${n} clusters`);
    raw.memory[n] = await scenario.memory(browser, server.origin, n);
  }
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
    os: `${os.type()} ${os.release()}`,
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
