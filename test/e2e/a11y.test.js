// Accessibility, against the built bundle: axe-core (WCAG 2.0, 2.1 and 2.2, A and AA) over every widget in
// every state a visitor can reach, and keyboard-only journeys with no mouse event at all.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, openPage, serve, page, settled, WIDGETS, ROOT } from './harness.js';

const AXE = readFileSync(`${ROOT}node_modules/axe-core/axe.min.js`, 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const scanned = [];

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
});

/** Opens a page with the given body, for one theme and language. */
async function open(body, { theme = 'light', lang = 'en', width = 1100 } = {}) {
  server.routes['/'] = { body: page({ body: body.replaceAll('<cg-', `<cg-`).replace(/<(cg-[a-z-]+)/g, `<$1 theme="${theme}"`), lang, head: '<script src="/axe.js"></script>' }) };
  return openPage(browser, `${server.origin}/`, { viewport: { width, height: 900 } });
}

async function axe(tab, state) {
  const result = await tab.evaluate(
    async (tags) => {
      const { violations } = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
      return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    },
    TAGS,
  );
  scanned.push(state);
  assert.deepEqual(result, [], `axe finds no violation: ${state}`);
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
  const body = WIDGETS.map((tag) => `<${tag} src="/missing.json"></${tag}><${tag} lang="da" src="/test/fixtures/empty.json"></${tag}>`).join('');
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
    await axe(tab, 'quiz intro');
    const seenTypes = new Set();
    const focused = () =>
      tab.evaluate(() => {
        const active = document.querySelector('cg-readiness-quiz').shadowRoot.activeElement;
        return active ? { tag: active.localName, type: active.getAttribute('type'), text: active.textContent.trim(), label: active.labels?.[0]?.textContent.trim() } : null;
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
          type: root.querySelector('fieldset input[type="search"]') ? 'countries' : fieldset?.querySelector('input[type="checkbox"]') ? 'multiple' : 'single',
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
    assert.deepEqual(record.pageErrors, []);
  } finally {
    await context.close();
  }
});
