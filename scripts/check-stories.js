#!/usr/bin/env node
// Opens every story of the built Storybook (storybook-static/, from `npm run build-storybook`) in Chromium
// (found by test/helpers/browser.js): each must render its widget with no uncaught error, and axe (WCAG 2.0–2.2 A and AA) must find
// no violation in it. Run by .ci/run after the Storybook build.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { CPU_SLOWDOWN, findBrowser } from '../test/helpers/browser.js';

const root = new URL('../storybook-static/', import.meta.url).pathname;
if (!existsSync(join(root, 'index.json'))) {
  console.error('check-stories: storybook-static/ is missing; run `npm run build-storybook` first.');
  process.exit(1);
}
const axe = readFileSync(new URL('../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
const types = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.html': 'text/html',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
  if (!file.startsWith(root) || !existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const stories = Object.values(JSON.parse(readFileSync(join(root, 'index.json'), 'utf8')).entries).filter((e) => e.type === 'story');
const { executablePath, args, env } = await findBrowser();
const browser = await chromium.launch({ executablePath, args, env });
// How long a story may take to render or settle: generous, for a loaded machine; only a real hang reaches it.
const PATIENCE = 120_000;
const failures = [];
for (const story of stories) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  page.setDefaultTimeout(PATIENCE);
  if (CPU_SLOWDOWN > 1) await (await page.context().newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  try {
    await page.goto(`${origin}/iframe.html?id=${story.id}&viewMode=story`);
    await page.waitForFunction(
      () => [...document.querySelectorAll('*')].find((n) => n.localName.startsWith('cg-'))?.shadowRoot?.childElementCount > 0,
      null,
      { timeout: PATIENCE },
    );
    // Loading stories stay loading; the others get a moment to settle.
    if (!story.id.endsWith('--loading')) {
      await page
        .waitForFunction(
          () =>
            [...document.querySelectorAll('*')]
              .filter((n) => n.localName.startsWith('cg-'))
              .every((el) => !el.shadowRoot.querySelector('.loading')),
          null,
          { timeout: PATIENCE },
        )
        .catch(() => errors.push(`still loading after ${PATIENCE / 1000} s`));
    }
    // Only the error stories may show the data-problem panel.
    const alerts = await page.evaluate(
      () =>
        [...document.querySelectorAll('*')].filter((n) => n.localName.startsWith('cg-') && n.shadowRoot?.querySelector('[role="alert"]'))
          .length,
    );
    if (alerts && !/error|no-source/.test(story.id)) errors.push(`${alerts} widget(s) show an error panel`);
    if (!alerts && /--(error|load-error)/.test(story.id)) errors.push('an error story shows no error panel');
    await page.addScriptTag({ content: axe });
    // Storybook's accessibility addon runs axe in the same page: wait for its run to finish.
    const violations = await page.evaluate(async (patience) => {
      for (const end = performance.now() + patience; ;) {
        try {
          const { violations } = await window.axe.run(document.querySelector('#storybook-root'), {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
          });
          return violations.map(
            (v) =>
              `${v.id}: ${v.nodes
                .map((n) => n.target.join(' '))
                .slice(0, 2)
                .join(', ')}`,
          );
        } catch (error) {
          if (performance.now() > end || !String(error).includes('already running')) throw error;
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
      }
    }, PATIENCE);
    errors.push(...violations);
  } catch (error) {
    errors.push(String(error).split('\n')[0]);
  }
  if (errors.length) failures.push(`${story.id}: ${errors.join('; ')}`);
  await page.close();
}
await browser.close();
server.close();
for (const failure of failures) console.error(`✗ ${failure}`);
console.log(`stories: ${stories.length - failures.length} of ${stories.length} render with no error and no axe violation`);
process.exit(failures.length ? 1 : 0);
