// The classic script on pages that are not UTF-8 (issue 21). A browser reads a classic script served as
// `text/javascript` with no charset (the default of Apache and many static hosts) in the page's encoding, so
// the bundle must be ASCII: on a windows-1252 page, and on a page that declares no charset, every widget is
// defined, shows its data and speaks correct Danish, exactly as on a UTF-8 page (the control).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, openPage, serve, tally, settled, alerts, WIDGETS, ROOT } from './harness.js';

const DATA = readFileSync(`${ROOT}demo/data/gateway.json`);
const ATTRIBUTES = { 'cg-readiness-quiz': 'quiz="sme-readiness" no-persist', 'cg-funding-list': 'follow-quiz' };
const body = WIDGETS.map((tag) => `<${tag} src="/data.json" ${ATTRIBUTES[tag] ?? ''}></${tag}>`).join('\n');
// Every byte of these pages is ASCII, so they read the same in any encoding; only the declared one differs.
const host = (meta) =>
  `<!doctype html><html lang="da"><head>${meta}<title>host</title><link rel="icon" href="data:,"><script src="/dist/cluster-gateway.iife.js"></script></head><body>${body}</body></html>`;
const PAGES = {
  'UTF-8': { type: 'text/html; charset=utf-8', html: host('<meta charset="utf-8">') },
  'windows-1252': { type: 'text/html; charset=windows-1252', html: host('<meta charset="windows-1252">') },
  'no declared charset': { type: 'text/html', html: host('') },
};

/** The data file waits for `release()`, so that the loading text can be read. */
let release = () => {};
const routes = {
  '/data.json': async (_req, res) => {
    await new Promise((resolve) => (release = resolve));
    res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    res.end(DATA);
  },
};
for (const [name, { type, html }] of Object.entries(PAGES)) routes[`/${encodeURIComponent(name)}.html`] = { type, body: html };

let browser;
let server;
before(async () => {
  browser = await launch();
  server = await serve({ routes });
});
after(async () => {
  await browser?.close();
  await server?.close();
  tally('charset', { pages: Object.keys(PAGES).length });
});

const shadowText = (tab, tag) => tab.evaluate((t) => document.querySelector(t).shadowRoot.textContent.replace(/\s+/g, ' ').trim(), tag);
const status = (tab, tag) => tab.locator(tag).getByRole('status').first().textContent();

/** Everything a visitor reads on one page, from loading to the quiz's result and the chips it sets. */
async function visit(name) {
  const { tab, context, record } = await openPage(browser);
  try {
    const script = tab.waitForResponse((response) => response.url().endsWith('/dist/cluster-gateway.iife.js'));
    await tab.goto(`${server.origin}/${encodeURIComponent(name)}.html`);
    const seen = { charset: await tab.evaluate(() => document.characterSet), scriptType: (await script).headers()['content-type'] };
    seen.defined = await tab.evaluate((tags) => tags.filter((tag) => customElements.get(tag)), WIDGETS);
    seen.errors = [...record.pageErrors, ...record.consoleErrors];
    if (seen.defined.length < WIDGETS.length) return seen;
    await tab.waitForFunction(() => document.querySelector('cg-funding-list').shadowRoot?.querySelector('#loading-label'));
    seen.loading = await tab.evaluate(
      () => document.querySelector('cg-funding-list').shadowRoot.querySelector('#loading-label').textContent,
    );
    release();
    await settled(tab);
    seen.alerts = await alerts(tab, WIDGETS.join(','));
    seen.text = Object.fromEntries(await Promise.all(WIDGETS.map(async (tag) => [tag, await shadowText(tab, tag)])));

    // Search folds accents: "fodevareklynge" finds "Øresund Fødevareklynge" (the folding table's keys are non-ASCII).
    const finder = tab.locator('cg-partner-finder');
    await finder.getByRole('searchbox', { name: 'Søg' }).fill('oresund fodevareklynge');
    await tab
      .waitForFunction(() => document.querySelector('cg-partner-finder').shadowRoot.textContent.includes('Øresund Fødevareklynge'), null, {
        timeout: 5000,
      })
      .catch(() => {});
    seen.found = await status(tab, 'cg-partner-finder');
    seen.foundText = (await shadowText(tab, 'cg-partner-finder')).includes('Øresund Fødevareklynge');
    await finder.getByRole('searchbox', { name: 'Søg' }).fill('');

    // The quiz in Danish to its result, choosing Japan; the other widgets then show the quiz chip.
    const quiz = tab.locator('cg-readiness-quiz');
    await quiz.getByRole('button', { name: 'Start' }).click();
    for (let step = 0; step < 40 && (await quiz.locator('fieldset').count()); step++) {
      const search = quiz.getByRole('searchbox');
      if (await search.count()) {
        await search.fill('Japan');
        await quiz.getByRole('checkbox', { name: 'Japan' }).check();
      } else {
        await quiz.locator('fieldset input').first().check();
      }
      await quiz.getByRole('button', { name: /^(Næste|Se resultatet)$/ }).click();
    }
    await tab.waitForFunction(() => document.querySelector('cg-funding-list').shadowRoot.querySelector('.quiz-chip'));
    seen.result = await tab.evaluate(() => document.querySelector('cg-readiness-quiz').shadowRoot.querySelector('h2').textContent);
    seen.chip = await tab.evaluate(() =>
      document.querySelector('cg-funding-list').shadowRoot.querySelector('.quiz-chip').textContent.replace(/\s+/g, ' ').trim(),
    );
    seen.errors = [...record.pageErrors, ...record.consoleErrors];
    return seen;
  } finally {
    await context.close();
  }
}

let control;
const controlPage = async () => (control ??= await visit('UTF-8'));

test('on a UTF-8 page (the control) the Danish interface reads as the string tables have it', async () => {
  const seen = await controlPage();
  assert.equal(seen.charset, 'UTF-8');
  assert.deepEqual(seen.errors, [], 'no error');
  assert.equal(seen.loading, 'Henter data…');
  assert.match(seen.text['cg-funding-list'], /Søg.*Målmarked.*Eksportér CSV/, 'funding list labels');
  assert.match(seen.text['cg-readiness-quiz'], /\d+ spørgsmål · ca\. \d+ min\./, 'quiz intro');
  assert.match(seen.result, /^Dit resultat: .+ – .+/, 'quiz result heading');
  assert.equal(seen.chip, 'Fra din test: Japan ×');
  assert.ok(seen.foundText, 'the accent-folding search finds Øresund Fødevareklynge');
});

for (const name of ['windows-1252', 'no declared charset']) {
  test(`on a page in ${name}, the classic script served without a charset works and its Danish is intact`, async () => {
    const expected = await controlPage();
    const seen = await visit(name);
    assert.equal(seen.scriptType, 'text/javascript', 'the script is served with no charset');
    assert.notEqual(seen.charset, 'UTF-8', `the page is read in a legacy encoding (${seen.charset})`);
    assert.deepEqual(seen.errors, [], 'no SyntaxError or other error');
    assert.deepEqual(seen.defined, WIDGETS, 'every widget is defined');
    assert.deepEqual(
      seen.alerts,
      WIDGETS.map(() => ''),
      'every widget shows its data',
    );
    assert.equal(seen.loading, 'Henter data…', 'the loading text');
    for (const tag of WIDGETS) assert.equal(seen.text[tag], expected.text[tag], `${tag} reads exactly as on the UTF-8 page`);
    assert.ok(seen.foundText, 'the accent-folding search finds Øresund Fødevareklynge');
    assert.equal(seen.found, expected.found, 'the search finds what it finds on the UTF-8 page');
    assert.equal(seen.result, expected.result, 'the quiz result heading (a template with a dash)');
    assert.equal(seen.chip, 'Fra din test: Japan ×', 'the quiz chip (a template with a ×)');
  });
}
