// The journey page (demo/journey.html), driven end to end on the built bundle: answer the quiz choosing
// Japan, see the finder, door-openers and funding filter to it with a "From your quiz" chip; remove a chip
// and see that widget clear. And the demo page (demo/index.html): the insights lead to the finder.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, openPage, page, serve, tally, settled, ROOT } from './harness.js';

const demo = JSON.parse(readFileSync(`${ROOT}demo/data/gateway.json`, 'utf8'));
// The demo page loads the sources through Vite; here the same page loads the built bundle.
const journey = readFileSync(`${ROOT}demo/journey.html`, 'utf8')
  .replace('<script type="module" src="../src/index.ts"></script>', '<script src="/dist/cluster-gateway.iife.js"></script>')
  .replaceAll('./data/gateway.json', '/demo/data/gateway.json')
  .replace('<link rel="stylesheet" href="./demo.css" />', '<link rel="stylesheet" href="/demo/demo.css" />')
  .replace('src="./demo.js"', 'src="/demo/demo.js"');

const index = readFileSync(`${ROOT}demo/index.html`, 'utf8')
  .replace('<script type="module" src="../src/index.ts"></script>', '<script src="/dist/cluster-gateway.iife.js"></script>')
  .replaceAll('./data/gateway.json', '/demo/data/gateway.json')
  .replace('<link rel="stylesheet" href="./demo.css" />', '<link rel="stylesheet" href="/demo/demo.css" />')
  .replace('src="./demo.js"', 'src="/demo/demo.js"');

let browser;
let server;
before(async () => {
  browser = await launch();
  server = await serve({
    routes: {
      '/journey.html': { body: journey },
      '/index.html': { body: index },
      '/doors.html': { body: page({ body: '<cg-door-openers market="DE" src="/test/fixtures/doors-basic.json"></cg-door-openers>' }) },
    },
  });
});
after(async () => {
  await browser?.close();
  await server?.close();
  tally('journey', {});
});

const status = (tab, tag) => tab.locator(tag).getByRole('status').first().textContent();
const chip = (tab, tag) =>
  tab.evaluate((t) => document.querySelector(t).shadowRoot.querySelector('.quiz-chip')?.textContent.replace(/\s+/g, ' ').trim() ?? '', tag);

test('quiz → partners, door-openers and funding follow the chosen market; removing a chip clears that widget', async () => {
  const { tab, context, record } = await openPage(browser, `${server.origin}/journey.html`);
  try {
    await settled(tab);
    const before = await status(tab, 'cg-partner-finder');
    const quiz = tab.locator('cg-readiness-quiz');
    await quiz.getByRole('button', { name: 'Start' }).click();
    for (let step = 0; step < 40; step++) {
      if (!(await quiz.locator('fieldset').count())) break;
      const search = quiz.getByRole('searchbox');
      if (await search.count()) {
        await search.fill('Japan');
        await quiz.getByRole('checkbox', { name: 'Japan' }).check();
      } else {
        const choice = quiz.locator('fieldset input').first();
        await choice.check();
      }
      await quiz.getByRole('button', { name: /^(Next|See results)$/ }).click();
    }
    await tab.waitForFunction(() => document.querySelector('cg-partner-finder').shadowRoot.querySelector('.quiz-chip'));
    for (const tag of ['cg-partner-finder', 'cg-door-openers', 'cg-funding-list']) {
      assert.equal(await chip(tab, tag), 'From your quiz: Japan ×', `${tag} shows the quiz chip`);
    }
    // The host's own cluster (home) is never listed as its own partner.
    const targetingJapan = demo.clusters.filter(
      (c) => c.id !== 'dk-energy-cluster' && c.targetCountries?.map((x) => x.toUpperCase()).includes('JP'),
    ).length;
    assert.match(
      await status(tab, 'cg-partner-finder'),
      new RegExp(`^${targetingJapan} clusters?`),
      'the finder shows the clusters that target Japan',
    );
    const servingJapan = demo.organisations.filter((o) => (o.servesMarkets ?? [o.country]).includes('JP')).length;
    assert.match(await status(tab, 'cg-door-openers'), new RegExp(`^${servingJapan} `), 'door-openers show who serves Japan');
    await tab
      .locator('cg-partner-finder')
      .getByRole('button', { name: /Remove the quiz filter/ })
      .click();
    assert.equal(await chip(tab, 'cg-partner-finder'), '', 'the finder chip is gone');
    assert.equal(await status(tab, 'cg-partner-finder'), before, 'the finder is back to every cluster');
    assert.equal(await chip(tab, 'cg-funding-list'), 'From your quiz: Japan ×', 'the other widgets keep their filter');
    assert.deepEqual(record.pageErrors, []);
    assert.deepEqual(record.consoleErrors, [], 'no console error (the page names its icon, so no favicon.ico request fails)');
    // The page's own script (the language switch) runs on the built bundle too.
    await tab.locator('#lang').selectOption('de');
    assert.equal(await tab.locator('html').getAttribute('lang'), 'de');
    assert.notEqual(await tab.locator('h1').textContent(), 'From “are we ready?” to the first door abroad', 'the page heading is German');
    assert.equal(await chip(tab, 'cg-funding-list'), 'Aus Ihrem Test: Japan ×', 'the widgets follow the page language');
  } finally {
    await context.close();
  }
});

test('demo page: a sector in the insights sets the finder’s Sector filter, an interest its search', async () => {
  const { tab, context, record } = await openPage(browser, `${server.origin}/index.html`);
  try {
    await settled(tab);
    const insights = tab.locator('cg-insights');
    const finder = tab.locator('cg-partner-finder');
    const all = await status(tab, 'cg-partner-finder');
    const sectors = insights.locator('table').filter({ has: tab.getByText('Sectors', { exact: true }) });
    const first = sectors.locator('tbody button').first();
    const name = (await first.textContent()).trim();
    await first.click();
    await tab.waitForFunction(() => document.querySelector('cg-partner-finder').shadowRoot.querySelector('#sector').value !== '');
    const chosen = await finder.locator('#sector').evaluate((s) => s.selectedOptions[0].textContent);
    assert.ok(chosen.startsWith(name), `the finder's Sector is "${name}" (${chosen})`);
    assert.notEqual(await status(tab, 'cg-partner-finder'), all, 'fewer clusters');
    await finder.locator('#sector').selectOption('');
    assert.equal(await status(tab, 'cg-partner-finder'), all, 'the visitor sets the Sector back to All');
    await first.click();
    await tab.waitForFunction(() => document.querySelector('cg-partner-finder').shadowRoot.querySelector('#sector').value !== '');
    assert.notEqual(await status(tab, 'cg-partner-finder'), all, 'the same sector again applies again');
    const interest = insights
      .locator('table')
      .filter({ has: tab.getByText('Collaboration interests', { exact: true }) })
      .locator('tbody button')
      .first();
    await interest.click();
    await tab.waitForFunction(() => document.querySelector('cg-partner-finder').shadowRoot.querySelector('#query').value !== '');
    assert.ok((await finder.locator('#query').inputValue()).length > 0, 'the interest is the search');
    assert.deepEqual(record.pageErrors, []);
    assert.deepEqual(record.consoleErrors, []);
  } finally {
    await context.close();
  }
});

test('door-openers on the built bundle: a card’s website and e-mail links read apart, as in the sources', async () => {
  const { tab, context, record } = await openPage(browser, `${server.origin}/doors.html`);
  try {
    await settled(tab);
    const links = await tab.evaluate(() => {
      const email = document.querySelector('cg-door-openers').shadowRoot.querySelector('li a[href^="mailto:"]');
      return email.parentElement.textContent.replace(/\s+/g, ' ').trim();
    });
    assert.equal(links, 'dk-export.example info@dk-export.example', 'the minified template keeps the space between the two links');
    assert.deepEqual(record.pageErrors, []);
  } finally {
    await context.close();
  }
});
