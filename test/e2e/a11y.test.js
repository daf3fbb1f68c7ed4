// Accessibility, against the built bundle: axe-core (WCAG 2.0, 2.1 and 2.2, A and AA) over every widget in
// every state a visitor can reach, and keyboard-only journeys with no mouse event at all.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, openPage, serve, page, settled, tally, WIDGETS, ROOT } from './harness.js';

const AXE = readFileSync(`${ROOT}node_modules/axe-core/axe.min.js`, 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const scanned = [];
let scans = 0;

let browser;
let server;
before(async () => {
  browser = await launch();
  const routes = { '/axe.js': { body: AXE, type: 'text/javascript' } };
  server = await serve({ routes });
});
after(async () => {
  await browser?.close();
  await server?.close();
  console.log(`axe: ${scanned.length} states scanned, zero violations expected: ${scanned.join('; ')}`);
  tally('a11y', { states: scanned.length, scans });
});

/** Opens a page with the given body, for one theme and language. */
async function open(body, { theme = 'light', lang = 'en', width = 1100, query = '' } = {}) {
  server.routes['/'] = {
    body: page({ body: body.replace(/<(cg-[a-z-]+)/g, `<$1 theme="${theme}"`), lang, head: '<script src="/axe.js"></script>' }),
  };
  return openPage(browser, `${server.origin}/${query}`, { viewport: { width, height: 900 } });
}

/** Scans the page; `state` names what it shows (an array when one page shows several states at once). */
async function axe(tab, state) {
  const states = [state].flat();
  const result = await tab.evaluate(async (tags) => {
    const { violations } = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
  }, TAGS);
  scans++;
  scanned.push(...states);
  assert.deepEqual(result, [], `axe finds no violation: ${states.join(', ')}`);
}

const data = '/demo/data/gateway.json';

for (const theme of ['light', 'dark']) {
  test(`every widget loaded, ${theme}`, async () => {
    const { tab, context } = await open(WIDGETS.map((tag) => `<${tag} src="${data}"></${tag}>`).join(''), { theme });
    try {
      await settled(tab);
      await axe(tab, `all widgets loaded (${theme})`);
    } finally {
      await context.close();
    }
  });
}

test('every widget: error, loading, no data, Danish', async () => {
  const body = WIDGETS.map(
    (tag) => `<${tag} src="/missing.json"></${tag}><${tag} lang="da" src="/test/fixtures/empty.json"></${tag}>`,
  ).join('');
  const { tab, context } = await open(body);
  try {
    await settled(tab);
    await axe(tab, 'every widget: error panel and empty data (Danish)');
  } finally {
    await context.close();
  }
  server.routes['/stall.json'] = () => undefined;
  const loading = await open(WIDGETS.map((tag) => `<${tag} src="/stall.json" timeout="60000"></${tag}>`).join(''));
  try {
    await loading.tab.waitForFunction(() => document.querySelector('cg-insights')?.shadowRoot?.querySelector('progress'));
    await axe(loading.tab, 'every widget loading');
  } finally {
    await loading.context.close();
    delete server.routes['/stall.json'];
  }
});

test('quiz: intro, each question type, results — and a keyboard-only completion', async () => {
  const { tab, context, record } = await open(`<cg-readiness-quiz src="${data}" no-persist></cg-readiness-quiz>`);
  try {
    await settled(tab);
    // From here on only the keyboard: a page-level watch records every mouse-like event (a keyboard Enter or
    // Space on a button dispatches a click with detail 0, which is allowed).
    await tab.evaluate(() => {
      window.__mouse = [];
      for (const type of ['mousedown', 'mouseup', 'click', 'dblclick', 'auxclick', 'contextmenu', 'pointerdown', 'pointerup']) {
        window.addEventListener(
          type,
          (e) =>
            (type === 'click' ? e.detail > 0 || e.pointerType === 'mouse' : !type.startsWith('pointer') || e.pointerType === 'mouse') &&
            window.__mouse.push(`${type} (detail ${e.detail})`),
          true,
        );
      }
    });
    await axe(tab, 'quiz intro');
    const seenTypes = new Set();
    const focused = () =>
      tab.evaluate(() => {
        const active = document.querySelector('cg-readiness-quiz').shadowRoot.activeElement;
        return active
          ? {
              tag: active.localName,
              type: active.getAttribute('type'),
              text: active.textContent.trim(),
              label: active.labels?.[0]?.textContent.trim(),
            }
          : null;
      });
    const tabTo = async (wanted, limit = 40) => {
      for (let i = 0; i < limit; i++) {
        const now = await focused();
        if (now && wanted(now)) return now;
        await tab.keyboard.press('Tab');
      }
      throw new Error('could not reach the control with Tab');
    };
    await tabTo((f) => f.text === 'Start');
    await tab.keyboard.press('Enter');
    for (let step = 0; step < 40; step++) {
      const state = await tab.evaluate(() => {
        const root = document.querySelector('cg-readiness-quiz').shadowRoot;
        const fieldset = root.querySelector('fieldset');
        return {
          question: Boolean(fieldset),
          type: fieldset?.className || 'none',
        };
      });
      if (!state.question) break;
      if (!seenTypes.has(state.type)) {
        seenTypes.add(state.type);
        await axe(tab, `quiz question (${state.type})`);
      }
      // Keyboard only: Tab from the legend into the answers, Space to choose, Tab on to the forward button.
      const first = await tabTo((f) => f.tag === 'input');
      if (first.type === 'search') {
        await tab.keyboard.type('Japan');
        await tabTo((f) => f.type === 'checkbox');
      }
      await tab.keyboard.press('Space');
      await tabTo((f) => f.text === 'Next' || f.text === 'See results');
      await tab.keyboard.press('Enter');
    }
    const results = await tab.evaluate(() => document.querySelector('cg-readiness-quiz').shadowRoot.textContent);
    assert.match(results, /\d+\s?%/, 'results show a percentage');
    assert.match(results, /Japan/, 'the market chosen by keyboard is in the results');
    await axe(tab, 'quiz results');
    assert.deepEqual(await tab.evaluate(() => window.__mouse), [], 'the quiz was completed with no mouse event at all');
    assert.deepEqual(record.pageErrors, []);
  } finally {
    await context.close();
  }
});

// Every other state a visitor can reach, grouped on shared pages: each light and English at desktop width,
// dark in English at desktop width, and dark and Danish on a 360 px phone.
const VARIANTS = [
  { theme: 'light', lang: 'en', width: 1100 },
  { theme: 'dark', lang: 'en', width: 1100 },
  { theme: 'dark', lang: 'da', width: 360 },
];
const label = ({ theme, lang, width }) => `${theme}, ${lang}, ${width} px`;
const shadow = (tab, tag, n = 0) => tab.locator(tag).nth(n);

for (const variant of VARIANTS) {
  const v = label(variant);

  test(`finder: results, URL state with home (fit reasons), details dialog, no result — ${v}`, async () => {
    const body = `<cg-partner-finder id="linked" src="${data}" home="dk-energy-cluster" url-state></cg-partner-finder><cg-partner-finder src="${data}"></cg-partner-finder>`;
    const { tab, context, record } = await open(body, { ...variant, query: '?pf-query=energy&pf-market=JP' });
    try {
      await settled(tab);
      const linked = shadow(tab, 'cg-partner-finder', 0);
      const plain = shadow(tab, 'cg-partner-finder', 1);
      assert.equal(await linked.evaluate((el) => el.uiLang), variant.lang);
      assert.equal(await linked.evaluate((el) => el.shadowRoot.querySelector('#query').value), 'energy', 'the filters come from the URL');
      assert.ok(await linked.evaluate((el) => el.shadowRoot.querySelectorAll('ul.why li').length > 0), 'results say why they fit');
      await axe(tab, [`finder with results (${v})`, `finder with URL state and home, fit reasons (${v})`]);
      await plain.locator('button.name').first().click();
      await plain.locator('dialog[open]').waitFor();
      await axe(tab, `finder details dialog open (${v})`);
      await tab.keyboard.press('Escape');
      await plain.locator('dialog').waitFor({ state: 'detached' });
      await plain.locator('#query').fill('zzqxv nothing matches');
      await plain.locator('[part="empty"]').waitFor();
      await axe(tab, `finder with no result (${v})`);
      assert.deepEqual(record.pageErrors, []);
    } finally {
      await context.close();
    }
  });

  test(`funding list: default, closing soon, show-closed, calculator filled in, no result — ${v}`, async () => {
    const body = `<cg-funding-list src="${data}"></cg-funding-list><cg-funding-list src="${data}" show-closed></cg-funding-list>`;
    const { tab, context, record } = await open(body, variant);
    const at = (iso) =>
      tab.$$eval('cg-funding-list', (els, t) => Promise.all(els.map((el) => ((el.now = () => t), el.updateComplete))), Date.parse(iso));
    try {
      await settled(tab);
      const list = shadow(tab, 'cg-funding-list', 0);
      const closed = shadow(tab, 'cg-funding-list', 1);
      await at('2026-08-01T10:00:00');
      assert.equal(await list.locator('.soon').count(), 0, 'nothing closes soon on 1 August 2026');
      // Cards come 20 at a time: compare the counts the status announces.
      const count = async (widget) => parseInt((await widget.getByRole('status').first().textContent()).replace(/\D+/g, ''), 10);
      assert.ok((await count(closed)) > (await count(list)), 'show-closed shows more');
      await axe(tab, [`funding default (${v})`, `funding show-closed (${v})`]);
      await at('2026-11-29T10:00:00');
      assert.ok((await list.locator('.soon').count()) > 0, 'items closing soon on 29 November 2026');
      await axe(tab, `funding closing soon (${v})`);
      const cost = list.locator('.calc input').first();
      await cost.fill('250000');
      await list.locator('.calc [aria-live]').first().filter({ hasText: /\d/ }).waitFor();
      await axe(tab, `funding calculator filled in (${v})`);
      await closed.locator('#q').fill('zzqxv nothing matches');
      await closed.getByRole('status').filter({ hasText: /^0 / }).waitFor();
      await axe(tab, `funding with no result (${v})`);
      assert.deepEqual(record.pageErrors, []);
    } finally {
      await context.close();
    }
  });

  test(`door-openers (a market, an empty market with suggestions, the quiz chip) and insights (all facets, one facet) — ${v}`, async () => {
    const body = [
      `<cg-door-openers src="${data}" market="JP"></cg-door-openers>`,
      `<cg-door-openers src="${data}" market="MN"></cg-door-openers>`,
      `<cg-door-openers src="${data}" follow-quiz></cg-door-openers>`,
      `<cg-insights src="${data}"></cg-insights>`,
      `<cg-insights src="${data}" facet="targetCountries"></cg-insights>`,
    ].join('');
    const { tab, context, record } = await open(body, variant);
    try {
      await settled(tab);
      // A quiz completion on the page, as a readiness quiz sends it.
      await tab.evaluate(() =>
        document.dispatchEvent(
          new CustomEvent('cg-quiz-complete', {
            detail: { quizId: 'q', version: 1, overall: 40, band: 'Starter', dimensions: { a: 30 }, targetMarkets: ['JP', 'CA', 'IN'] },
          }),
        ),
      );
      const follower = shadow(tab, 'cg-door-openers', 2);
      await follower.locator('.quiz-chip').waitFor();
      assert.equal(await follower.evaluate((el) => el.shadowRoot.querySelector('#market').value), 'JP', 'the first quiz market is chosen');
      const empty = shadow(tab, 'cg-door-openers', 1);
      assert.ok((await empty.locator('[part="empty"] button').count()) > 0, 'an empty market suggests others');
      assert.equal(await shadow(tab, 'cg-insights', 1).locator('table').count(), 1, 'one facet, one chart');
      assert.equal(await shadow(tab, 'cg-insights', 0).locator('table').count(), 4, 'all four charts');
      await axe(tab, [
        `door-openers with a market (${v})`,
        `door-openers empty market with suggestions (${v})`,
        `door-openers following the quiz, chip (${v})`,
        `insights, all facets (${v})`,
        `insights, one facet (${v})`,
      ]);
      assert.deepEqual(record.pageErrors, []);
    } finally {
      await context.close();
    }
  });
}
