// Faults, against the built bundle: for every widget, each way a data file can fail shows a visible,
// specific message with Retry and no uncaught error; once the fault clears, Retry recovers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, openPage, serve, page, settled, alerts, tally, WIDGETS, ROOT, PATIENCE } from './harness.js';

const demo = readFileSync(`${ROOT}demo/data/gateway.json`);
/** Every widget on `src`. Only the stalled-server case sets a short `timeout`: the others must not race one. */
const markup = (src, timeout = PATIENCE) => WIDGETS.map((tag) => `<${tag} src="${src}" timeout="${timeout}"></${tag}>`).join('\n');

let browser;
/** Each fault a widget met (a widget × a fault is one case), each with a specific alert and no uncaught error. */
const cases = new Set();
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
  const kinds = new Set([...cases].map((c) => c.split(': ')[1]));
  tally('faults', { faults: kinds.size, cases: cases.size, list: [...kinds] });
});

/** Serves `/data.json` through `fault` until `healthy()` is called, then the demo file. */
async function faultyServer(fault, timeout) {
  let broken = true;
  const server = await serve({
    routes: {
      '/': { body: page({ body: markup('/data.json', timeout) }) },
      '/data.json': (req, res) => {
        if (!broken) {
          res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
          return res.end(demo);
        }
        fault(req, res);
      },
    },
  });
  return { server, healthy: () => (broken = false) };
}

const faults = {
  'HTTP 404': [(req, res) => res.writeHead(404, { 'Cache-Control': 'no-store' }).end('nope'), /answered 404/],
  'HTTP 500': [(req, res) => res.writeHead(500, { 'Cache-Control': 'no-store' }).end('broken'), /answered 500/],
  'a stalled server': [() => undefined, /did not arrive within 2 seconds/],
  'a connection reset mid-body': [
    (req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': demo.length, 'Cache-Control': 'no-store' });
      res.write(demo.subarray(0, 5000));
      setTimeout(() => req.socket.destroy(), 30);
    },
    /Could not reach|not valid JSON/,
  ],
  'invalid JSON': [
    (req, res) =>
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end('{"version": 1, "clusters": [ {'),
    /not valid JSON/,
  ],
  'a wrong version': [
    (req, res) => res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end('{"version": 3}'),
    /version 3/,
  ],
};

for (const [name, [fault, message]] of Object.entries(faults)) {
  test(`every widget: ${name} → a specific alert with Retry, no uncaught error; Retry recovers`, async () => {
    const { server, healthy } = await faultyServer(fault, name === 'a stalled server' ? 2000 : PATIENCE);
    const { tab, context, record } = await openPage(browser, `${server.origin}/`);
    try {
      await settled(tab);
      const texts = await alerts(tab, WIDGETS.join(','));
      assert.equal(texts.length, WIDGETS.length, 'every widget is on the page');
      texts.forEach((text, i) => {
        assert.match(text, message, `${WIDGETS[i]} explains the fault`);
        assert.match(text, /\/data\.json/, `${WIDGETS[i]} names the file`);
      });
      healthy();
      // The recovery must not race the stalled case's short timeout on a loaded machine.
      await tab.$$eval(WIDGETS.join(','), (els, ms) => els.forEach((el) => el.setAttribute('timeout', String(ms))), PATIENCE);
      for (const tag of WIDGETS) {
        await tab.locator(tag).getByRole('button', { name: 'Retry' }).click();
      }
      await settled(tab);
      assert.deepEqual(
        await alerts(tab, WIDGETS.join(',')),
        WIDGETS.map(() => ''),
        'no alert after Retry',
      );
      assert.deepEqual(record.pageErrors, [], 'no uncaught error');
      for (const tag of WIDGETS) cases.add(`${tag}: ${name}`);
    } finally {
      await context.close();
      await server.close();
    }
  });
}

test('every widget: a CORS refusal from another origin names CORS and the network as likely causes', async () => {
  const other = await serve({ routes: { '/data.json': { body: demo } } });
  const host = await serve({ routes: { '/': { body: page({ body: markup(`${other.origin}/data.json`) }) } } });
  const { tab, context, record } = await openPage(browser, `${host.origin}/`);
  try {
    await settled(tab);
    const texts = await alerts(tab, WIDGETS.join(','));
    assert.equal(texts.length, WIDGETS.length, 'every widget is on the page');
    for (const [i, text] of texts.entries()) {
      assert.match(text, /Could not reach .*data\.json/, `${WIDGETS[i]} says it could not reach the file`);
      assert.match(text, /CORS/, `${WIDGETS[i]} names CORS`);
    }
    assert.deepEqual(record.pageErrors, []);
    for (const tag of WIDGETS) cases.add(`${tag}: a CORS refusal`);
  } finally {
    await context.close();
    await host.close();
    await other.close();
  }
});

test('every widget: a 30 MB file loads with a progress bar and loses nothing', async () => {
  const doc = JSON.parse(demo);
  const clusters = [];
  for (let i = 0; clusters.length < 42_000; i++) clusters.push({ ...doc.clusters[i % doc.clusters.length], id: `c-${i}` });
  const big = Buffer.from(JSON.stringify({ ...doc, clusters }));
  assert.ok(big.length > 30e6, `the file is ${big.length} bytes`);
  // Streamed in 1 MB chunks, and the last one held back until the test has seen the progress bar: the bar must
  // be on screen while the file is incomplete, however fast or slow the machine (no race with a poll).
  let seen;
  const progressSeen = new Promise((resolve) => (seen = resolve));
  const server = await serve({
    routes: {
      '/': { body: page({ body: markup('/big.json') }) },
      '/big.json': async (req, res) => {
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': big.length, 'Cache-Control': 'no-store' });
        for (let at = 0; at < big.length && !res.destroyed; at += 1e6) {
          if (at + 1e6 >= big.length) await progressSeen;
          await new Promise((resolve) => res.write(big.subarray(at, at + 1e6), resolve));
        }
        res.end();
      },
    },
  });
  const { tab, context, record } = await openPage(browser, `${server.origin}/`);
  try {
    await tab
      .waitForFunction(() => document.querySelector('cg-insights')?.shadowRoot?.querySelector('progress[max]'), null, { polling: 50 })
      .catch(() => assert.fail('a determinate progress bar while the file streams'));
    seen();
    await settled(tab);
    assert.deepEqual(
      await alerts(tab, WIDGETS.join(',')),
      WIDGETS.map(() => ''),
      'no alert',
    );
    const loads = await tab.evaluate(() => window.__loads);
    const finder = loads.find((l) => l.tag === 'cg-partner-finder');
    assert.equal(finder?.counts.clusters, 42_000, 'every cluster kept');
    assert.equal(loads.length, WIDGETS.length, 'every widget loaded');
    assert.ok(await tab.evaluate(() => document.querySelectorAll('cg-partner-finder').length === 1));
    assert.deepEqual(record.pageErrors, []);
    for (const tag of WIDGETS) cases.add(`${tag}: a 30 MB file`);
  } finally {
    await context.close();
    await server.close();
  }
});

test('the quiz works when localStorage throws', async () => {
  const server = await serve({
    routes: { '/': { body: page({ body: '<cg-readiness-quiz src="/demo/data/gateway.json"></cg-readiness-quiz>' }) } },
  });
  const { tab, context, record } = await openPage(browser);
  await tab.addInitScript(() => {
    const fail = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    Storage.prototype.getItem = fail;
    Storage.prototype.setItem = fail;
    Storage.prototype.removeItem = fail;
  });
  try {
    await tab.goto(`${server.origin}/`);
    await settled(tab, 'cg-readiness-quiz');
    assert.deepEqual(await alerts(tab, 'cg-readiness-quiz'), [''], 'no alert');
    await tab.locator('cg-readiness-quiz').getByRole('button', { name: 'Start' }).click();
    await tab.locator('cg-readiness-quiz').locator('fieldset').first().waitFor();
    assert.deepEqual(record.pageErrors, [], 'no uncaught error');
    cases.add('cg-readiness-quiz: localStorage throwing');
  } finally {
    await context.close();
    await server.close();
  }
});
