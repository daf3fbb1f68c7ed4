// A phone-wide page (360 px) in each interface language, against the built bundle: no widget is wider than
// the screen (no sideways scroll), and no word that fits a line — a label, a date, an amount, a name — is
// broken in two. Screenshots go to test-results/e2e/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launch, openPage, serve, page, settled, tally, WIDGETS, ARTIFACTS } from './harness.js';

const WIDTH = 360;
/** Words up to this many characters fit a 360 px line at the widgets' sizes, German compounds included. */
const FITS = 24;
let checkedWords = 0;

let browser;
let server;
before(async () => {
  browser = await launch();
  server = await serve();
});
after(async () => {
  await browser?.close();
  await server?.close();
  tally('narrow', { words: checkedWords });
});

for (const lang of ['en', 'da', 'de', 'fr', 'es']) {
  test(`at ${WIDTH} px in ${lang}: every widget fits the screen and no word is broken in two`, async () => {
    const body = WIDGETS.map(
      (tag) => `<${tag} src="/demo/data/gateway.json"${tag === 'cg-readiness-quiz' ? ' no-persist' : ''}></${tag}>`,
    ).join('');
    server.routes['/'] = { body: page({ body, lang }) };
    const { tab, context, record } = await openPage(browser, `${server.origin}/`, { viewport: { width: WIDTH, height: 800 } });
    try {
      await settled(tab);
      // The quiz to its results, with the first answer to each question (a country for the countries question).
      const quiz = tab.locator('cg-readiness-quiz');
      await quiz.locator('button.primary').click();
      for (let step = 0; step < 60 && (await quiz.locator('fieldset').count()); step++) {
        const choice = quiz.locator('.opts input').first();
        if (!(await choice.isChecked())) await choice.check();
        await quiz.locator('button.primary').click();
      }
      assert.equal(await quiz.locator('fieldset').count(), 0, 'the quiz shows its results');
      const found = await tab.evaluate(
        ({ tags, fits }) => {
          const broken = [];
          let words = 0;
          for (const tag of tags) {
            const root = document.querySelector(tag).shadowRoot;
            const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              if (!node.parentElement?.getClientRects().length) continue;
              // A word is what a line may not break: spaces, hyphens, slashes and dashes are break points; a
              // no-break space is not ("3 500 €" stays whole).
              for (const match of node.data.matchAll(/[^ \t\n\r\-‐–—/]+/g)) {
                if (match[0].length > fits) continue;
                const range = document.createRange();
                range.setStart(node, match.index);
                range.setEnd(node, match.index + match[0].length);
                const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
                words++;
                if (lines.size > 1) broken.push(`${tag}: "${match[0]}"`);
              }
            }
          }
          return {
            broken,
            words,
            pageWidth: document.documentElement.scrollWidth,
            widths: tags.map((t) => Math.round(document.querySelector(t).getBoundingClientRect().width)),
          };
        },
        { tags: WIDGETS, fits: FITS },
      );
      checkedWords += found.words;
      await tab.screenshot({ path: join(ARTIFACTS, `narrow-${lang}.png`), fullPage: true });
      assert.ok(found.words > 500, `words were checked (${found.words})`);
      assert.deepEqual([...new Set(found.broken)].slice(0, 12), [], 'no word that fits a line is broken in two');
      assert.ok(found.pageWidth <= WIDTH, `the page does not scroll sideways (${found.pageWidth} px wide)`);
      assert.ok(
        found.widths.every((w) => w <= WIDTH),
        `every widget fits (${found.widths.join(', ')})`,
      );
      assert.deepEqual(record.pageErrors, []);
    } finally {
      await context.close();
    }
  });
}
