// Strict pages, against the built bundle: a strict Content-Security-Policy with Trusted Types, the
// bundle loaded twice (ES and classic builds), three instances of each widget.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, serve, tally, page, settled, quiet, alerts, WIDGETS, STRICT_CSP } from './harness.js';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
  tally('csp', {});
});

const all = (src = '/demo/data/gateway.json', extra = '') => WIDGETS.map((tag) => `<${tag} src="${src}" ${extra}></${tag}>`).join('\n');

test(`under "${STRICT_CSP}" every widget works and no policy is violated`, async () => {
  const server = await serve({ csp: true, routes: { '/': { body: page({ body: all() }) } } });
  const { tab, context, record } = await openPage(browser, `${server.origin}/`);
  try {
    await settled(tab);
    assert.deepEqual(
      await alerts(tab, WIDGETS.join(',')),
      WIDGETS.map(() => ''),
      'every widget shows data',
    );
    assert.ok(
      await tab.evaluate(() => window.trustedTypes && document.querySelector('cg-partner-finder').shadowRoot.childElementCount > 0),
    );
    // Use the widgets a little, so that later renders are covered too.
    await tab.locator('cg-readiness-quiz').getByRole('button', { name: 'Start' }).click();
    await tab.locator('cg-partner-finder').getByRole('searchbox', { name: 'Search' }).fill('energy');
    await quiet(tab);
    assert.deepEqual(await tab.evaluate(() => window.__violations), [], 'no securitypolicyviolation');
    assert.deepEqual(record.pageErrors, [], 'no uncaught error');
  } finally {
    await context.close();
    await server.close();
  }
});

test('the ES and classic builds on one page, each twice, three instances of each widget: independent and error-free', async () => {
  const scripts = [
    '<script src="/dist/cluster-gateway.iife.js"></script>',
    '<script type="module" src="/dist/cluster-gateway.js"></script>',
    '<script src="/dist/cluster-gateway.iife.js"></script>',
    '<script type="module" src="/dist/cluster-gateway.js?copy"></script>',
  ];
  const body = [all(), all('/demo/data/gateway.json', 'lang="da"'), all('/test/fixtures/valid.json')].join('\n');
  const server = await serve({ routes: { '/': { body: page({ body, scripts }) } } });
  const { tab, context, record } = await openPage(browser, `${server.origin}/`);
  try {
    await settled(tab);
    assert.equal(await tab.evaluate(() => document.querySelectorAll('cg-partner-finder').length), 3);
    assert.deepEqual(
      await alerts(tab, WIDGETS.join(',')),
      [...WIDGETS, ...WIDGETS, ...WIDGETS].map(() => ''),
      'all fifteen show data',
    );
    const loads = await tab.evaluate(() => window.__loads.map((l) => `${l.tag}:${JSON.stringify(l.counts)}`));
    assert.equal(loads.length, 15, 'each instance loaded on its own');
    const langs = await tab.$$eval('cg-partner-finder', (els) => els.map((el) => el.uiLang));
    assert.deepEqual(langs, ['en', 'da', 'en'], 'each instance keeps its own language');
    assert.deepEqual(record.pageErrors, [], 'no uncaught error (no "already defined")');
  } finally {
    await context.close();
    await server.close();
  }
});
