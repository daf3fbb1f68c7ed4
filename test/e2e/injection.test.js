// Injection, against the built bundle: every string field of every record type holds a hostile string
// (the whole Big List of Naughty Strings and classic XSS vectors). Nothing may run, no element may come
// from data, no link but http(s), mailto, tel or blob may exist, and the valid records still render.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openPage, serve, page, settled, quiet, alerts, tally, WIDGETS, ROOT, STRICT_CSP } from './harness.js';
import { hostileDocument, coverage, expectedKept, STRINGS, XSS, BAD_URLS } from './hostile-data.js';

/** Every tag name our own templates can produce: anything else in a shadow root came from data. */
function ourTags() {
  const tags = new Set();
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const file = join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (file.endsWith('.ts'))
        for (const match of readFileSync(file, 'utf8').matchAll(/<([a-z][a-z0-9-]*)[\s>/]/g)) tags.add(match[1]);
    }
  };
  walk(join(ROOT, 'src'));
  return tags;
}

let browser;
let server;
const doc = hostileDocument();
const numbers = {};
before(async () => {
  browser = await launch();
  const body = WIDGETS.map((tag) => `<${tag} src="/hostile.json"${tag === 'cg-door-openers' ? ' market="JP"' : ''}></${tag}>`).join('\n');
  server = await serve({ csp: true, routes: { '/': { body: page({ body }) }, '/hostile.json': { body: JSON.stringify(doc) } } });
});
after(async () => {
  await browser?.close();
  await server?.close();
  const { fields, pairs, urlFields, urlPairs } = coverage(doc);
  const count = (o) => Object.values(o).reduce((n, list) => n + list.length, 0);
  tally('injection', {
    strings: STRINGS.length,
    distinctStrings: new Set(STRINGS).size,
    stringFields: count(fields),
    stringFieldsPerRecordType: Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.length])),
    stringFieldPairsTried: pairs,
    urlAttacks: BAD_URLS.length,
    urlFields: count(urlFields),
    urlPairsTried: urlPairs,
    ...numbers,
  });
  console.log(`injection fields: ${JSON.stringify(fields)}`);
});

/** Walks every shadow root on the page: tag names, event-handler attributes, link targets. */
const inspect = (tab) =>
  tab.evaluate(() => {
    const tags = new Set();
    const handlers = [];
    const hrefs = [];
    const visit = (root) => {
      for (const el of root.querySelectorAll('*')) {
        tags.add(el.localName);
        for (const attr of el.attributes) {
          if (/^on/i.test(attr.name)) handlers.push(`${el.localName}[${attr.name}]`);
          if (['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc'].includes(attr.name.toLowerCase())) hrefs.push(attr.value);
        }
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    for (const host of document.querySelectorAll('cg-readiness-quiz, cg-partner-finder, cg-funding-list, cg-door-openers, cg-insights'))
      visit(host.shadowRoot);
    return { tags: [...tags], handlers, hrefs, pwned: window.__pwned ?? 0, violations: window.__violations };
  });

test(`${STRINGS.length} hostile strings in every string field of every record type: nothing runs, nothing is lost`, async () => {
  const { tab, context, record } = await openPage(browser, `${server.origin}/`);
  try {
    await settled(tab);
    assert.deepEqual(
      await alerts(tab, WIDGETS.join(',')),
      WIDGETS.map(() => ''),
      'every widget shows data',
    );
    const loads = await tab.evaluate(() => window.__loads);
    assert.equal(loads.length, WIDGETS.length, 'every widget loaded');
    const expected = expectedKept(doc);
    for (const load of loads) {
      const [section, count] = Object.entries(load.counts)[0];
      assert.equal(
        count,
        expected[section],
        `${load.tag} keeps every valid ${section} (${expected[section]} of ${doc[section].length}; the others have a blank required name)`,
      );
    }
    numbers.recordsKept = Object.fromEntries(loads.map((l) => Object.entries(l.counts)[0]));

    // Use every widget with hostile input too.
    const finder = tab.locator('cg-partner-finder');
    for (const query of ['<script>', 'onerror', 'javascript:', '${', '\u202E', 'script']) {
      await finder.getByRole('searchbox', { name: 'Search' }).fill(query);
    }
    const finderText = await finder.evaluate((el) => el.shadowRoot.textContent);
    assert.ok(finderText.includes('<script>window.__pwned'), 'markup from data is shown as text');
    await tab.locator('cg-funding-list').getByRole('searchbox', { name: 'Search' }).fill('<img');
    await tab.locator('cg-door-openers').getByRole('searchbox', { name: 'Search' }).fill('<svg');
    const quiz = tab.locator('cg-readiness-quiz');
    await quiz.getByRole('button', { name: 'Start' }).click();
    for (let i = 0; i < 60; i++) {
      const radio = quiz.getByRole('radio').nth(i % 2);
      if (await radio.count()) await radio.check();
      const next = quiz.getByRole('button', { name: /^(Next|See results)$/ });
      if (!(await next.count())) break;
      await next.click();
    }
    await quiet(tab);

    const seen = await inspect(tab);
    const allowed = ourTags();
    assert.ok(
      seen.tags.length > 0 && seen.hrefs.length > 0,
      `the walk reached the shadow roots: ${seen.tags.length} tags, ${seen.hrefs.length} links`,
    );
    assert.deepEqual(
      seen.tags.filter((tag) => !allowed.has(tag)),
      [],
      'no element from data',
    );
    assert.deepEqual(seen.handlers, [], 'no event-handler attribute');
    const badLinks = seen.hrefs.filter((href) => !/^(https?:\/\/|mailto:|tel:|blob:|#)/i.test(href));
    assert.deepEqual(badLinks, [], 'only http(s), mailto, tel and blob links');
    assert.equal(seen.pwned, 0, 'no script from data ran');
    assert.deepEqual(record.dialogs, [], 'no alert() ran');
    assert.deepEqual(record.pageErrors, [], 'no uncaught error');
    assert.deepEqual(seen.violations, [], `no CSP violation under ${STRICT_CSP}`);
    numbers.executed = seen.pwned + record.dialogs.length;
    numbers.elementsFromData = seen.tags.filter((tag) => !allowed.has(tag)).length;
    numbers.badLinks = badLinks.length;
  } finally {
    await context.close();
  }
});

test('the hostile corpus is the whole list', () => {
  assert.ok(STRINGS.length > 480, `${STRINGS.length} strings`);
  assert.ok(XSS.some((s) => s.includes('<svg onload')));
});
