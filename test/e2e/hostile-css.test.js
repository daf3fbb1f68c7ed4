// A host page whose CSS is hostile: global resets, hidden divs, huge buttons, a 5 px root font, content-box
// sizing. The widgets must stay usable and legible. Screenshots go to test-results/e2e/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launch, openPage, serve, tally, page, settled, alerts, WIDGETS, ARTIFACTS } from './harness.js';

const HOSTILE = `
  * { all: unset !important; }
  html { font-size: 5px !important; }
  div { display: none !important; }
  button { font-size: 40px !important; }
  * { box-sizing: content-box !important; color: hotpink !important; line-height: 0.5 !important; }
  body * { letter-spacing: 6px !important; }
  section, cg-partner-finder { display: block !important; }
`;

let browser;
let server;
before(async () => {
  browser = await launch();
  const body = WIDGETS.map((tag) => `<section><${tag} src="/demo/data/gateway.json"></${tag}></section>`).join('\n');
  server = await serve({
    routes: {
      '/': { body: page({ body, head: '<link rel="stylesheet" href="/hostile.css">' }) },
      '/hostile.css': { body: HOSTILE, type: 'text/css' },
    },
  });
});
after(async () => {
  await browser?.close();
  await server?.close();
  tally('hostile-css', {});
});

for (const width of [1100, 360]) {
  test(`at ${width} px, every widget stays usable and legible on a hostile page`, async () => {
    const { tab, context, record } = await openPage(browser, `${server.origin}/`, { viewport: { width, height: 900 } });
    try {
      await settled(tab);
      assert.deepEqual(
        await alerts(tab, WIDGETS.join(',')),
        WIDGETS.map(() => ''),
        'every widget shows data',
      );
      const sizes = await tab.evaluate(
        (tags) =>
          tags.map((tag) => {
            const el = document.querySelector(tag);
            const root = el.shadowRoot;
            const text = [...root.querySelectorAll('p, li, h2, h3, label, span')].find((n) => n.textContent.trim());
            const buttons = [...root.querySelectorAll('button, input, select')].filter((b) => b.getClientRects().length);
            const smallest = Math.min(...buttons.map((b) => b.getBoundingClientRect().height));
            return {
              tag,
              display: getComputedStyle(el).display,
              height: el.getBoundingClientRect().height,
              width: el.getBoundingClientRect().width,
              fontSize: parseFloat(getComputedStyle(text ?? root.firstElementChild).fontSize),
              letterSpacing: getComputedStyle(text ?? root.firstElementChild).letterSpacing,
              controls: buttons.length,
              smallestControl: smallest,
            };
          }),
        WIDGETS,
      );
      for (const size of sizes) {
        assert.equal(size.display, 'block', `${size.tag} is displayed`);
        assert.ok(size.height > 80, `${size.tag} has height (${size.height})`);
        assert.ok(size.width <= width, `${size.tag} fits the viewport (${size.width} ≤ ${width})`);
        assert.ok(size.fontSize >= 12, `${size.tag} text is legible (${size.fontSize}px)`);
        assert.equal(size.letterSpacing, 'normal', `${size.tag} letter spacing is its own`);
        if (size.controls) assert.ok(size.smallestControl >= 24, `${size.tag} controls are ≥ 24 px (${size.smallestControl})`);
      }
      await tab.screenshot({ path: join(ARTIFACTS, `hostile-css-${width}.png`), fullPage: true });
      assert.deepEqual(record.pageErrors, []);
    } finally {
      await context.close();
    }
  });
}
