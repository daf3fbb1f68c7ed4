// Keyboard-only journeys, against the built bundle: no mouse event at all. Controls are reached with Tab and
// used with Enter, Space, typing, arrows and Escape; a page-level listener (capture phase, on window, so it
// sees events from inside shadow roots) records every mouse-like event. A keyboard Enter or Space on a button
// dispatches a click with detail 0: that one is allowed, a click with detail > 0 is a mouse.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, serve, page, settled, download, tally } from './harness.js';
import { csvRecords, parseIcs } from './formats.js';

let browser;
let server;
let journeys = 0;
before(async () => {
  browser = await launch();
  server = await serve({
    routes: {
      '/finder': { body: page({ body: '<h1>Partners</h1><cg-partner-finder src="/demo/data/gateway.json"></cg-partner-finder>' }) },
      '/funding': { body: page({ body: '<h1>Funding</h1><cg-funding-list src="/demo/data/gateway.json"></cg-funding-list>' }) },
    },
  });
});
after(async () => {
  await browser?.close();
  await server?.close();
  tally('keyboard', { journeys });
});

/** Opens `path` with the mouse watch armed before any script of the page runs. */
async function openWatched(path) {
  const opened = await openPage(browser);
  await opened.tab.addInitScript(() => {
    window.__mouse = [];
    window.__clicks = [];
    window.__selects = [];
    window.__filters = [];
    const mouse = (e) => {
      if (e.type === 'click') {
        window.__clicks.push({ detail: e.detail, pointerType: e.pointerType ?? '' });
        return e.detail > 0 || e.pointerType === 'mouse';
      }
      return e.type.startsWith('pointer') || e.type.startsWith('touch') ? e.pointerType === 'mouse' || e.type.startsWith('touch') : true;
    };
    for (const type of [
      'mousedown',
      'mouseup',
      'click',
      'dblclick',
      'auxclick',
      'contextmenu',
      'pointerdown',
      'pointerup',
      'touchstart',
      'wheel',
    ]) {
      window.addEventListener(
        type,
        (e) =>
          mouse(e) &&
          window.__mouse.push(
            `${e.type} on ${e.composedPath()[0]?.localName ?? '?'} (detail ${e.detail}, ${e.pointerType ?? 'no pointer type'})`,
          ),
        true,
      );
    }
    document.addEventListener('cg-select', (e) => window.__selects.push(e.detail));
    document.addEventListener('cg-filter-change', (e) => window.__filters.push(e.detail));
  });
  await opened.tab.goto(`${server.origin}${path}`);
  await settled(opened.tab);
  return opened;
}

/** The focused element, followed into shadow roots: what a keyboard user is on. */
const focused = (tab) =>
  tab.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return null;
    const root = el.getRootNode();
    return {
      tag: el.localName,
      id: el.id,
      type: el.getAttribute('type'),
      cls: el.className,
      text: el.textContent.replace(/\s+/g, ' ').trim(),
      label: el.labels?.[0]?.textContent.trim() ?? '',
      i: el.dataset?.i ?? null,
      inDialog: Boolean(el.closest('dialog')),
      host: root.host?.localName ?? null,
    };
  });

/** Presses Tab until `wanted(focused)` holds. */
async function tabTo(tab, wanted, what, limit = 60) {
  for (let i = 0; i < limit; i++) {
    const now = await focused(tab);
    if (now && wanted(now)) return now;
    await tab.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${what} with Tab`);
}

const noMouse = async (tab) => {
  assert.deepEqual(await tab.evaluate(() => window.__mouse), [], 'no mouse event at all');
  const clicks = await tab.evaluate(() => window.__clicks);
  assert.ok(
    clicks.every((c) => c.detail === 0),
    `every click came from the keyboard (detail 0): ${JSON.stringify(clicks)}`,
  );
  return clicks.length;
};

test("keyboard only: filter the finder (type a query, choose a Sector), open a result's details, close them with Escape, focus returns", async () => {
  const { tab, context, record } = await openWatched('/finder');
  try {
    const finder = tab.locator('cg-partner-finder');
    const status = () => finder.getByRole('status').textContent();
    const all = parseInt(await status(), 10);

    await tabTo(tab, (f) => f.host === 'cg-partner-finder' && f.type === 'search', 'the search field');
    await tab.keyboard.type('energy');
    await tab.waitForFunction(
      (n) => parseInt(document.querySelector('cg-partner-finder').shadowRoot.querySelector('[role=status]').textContent, 10) !== n,
      all,
    );
    const afterQuery = parseInt(await status(), 10);
    assert.ok(afterQuery > 0 && afterQuery < all, `the query narrows the results (${all} → ${afterQuery})`);

    // The Sector select, closed: typing its option's name selects it (and fires change), as a keyboard user does.
    const sector = await tabTo(
      tab,
      (f) => f.host === 'cg-partner-finder' && f.tag === 'select' && f.label === 'Sector',
      'the Sector select',
    );
    assert.equal(sector.id, 'sector');
    await tab.keyboard.type('Mari');
    await tab.waitForFunction(() => document.querySelector('cg-partner-finder').shadowRoot.querySelector('#sector').value !== '');
    if (!(await finder.evaluate((el) => /^Maritime/.test(el.shadowRoot.querySelector('#sector').selectedOptions[0].text)))) {
      // Typeahead landed elsewhere: walk the options with the arrow keys instead.
      for (
        let i = 0;
        i < 40 && !(await finder.evaluate((el) => /^Maritime/.test(el.shadowRoot.querySelector('#sector').selectedOptions[0].text)));
        i++
      ) {
        await tab.keyboard.press('ArrowDown');
      }
    }
    const filtered = parseInt(await status(), 10);
    assert.ok(filtered > 0 && filtered <= afterQuery, `the sector narrows them again (${afterQuery} → ${filtered})`);
    const cards = await finder.evaluate((el) => [...el.shadowRoot.querySelectorAll('li.card')].map((li) => li.textContent));
    assert.equal(cards.length, Math.min(filtered, 20));
    assert.ok(
      cards.every((text) => /Maritime/.test(text) && /energy/i.test(text)),
      'every result is in Maritime and mentions energy',
    );
    const lastFilter = await tab.evaluate(() => window.__filters.at(-1));
    assert.equal(lastFilter.filters.query, 'energy');
    assert.match(lastFilter.filters.sector, /maritime/i);
    assert.equal(lastFilter.resultCount, filtered);

    // On to the first result's name, Enter: its details open in a modal dialog with the focus inside.
    const result = await tabTo(tab, (f) => f.host === 'cg-partner-finder' && f.cls.includes('name'), 'the first result');
    await tab.keyboard.press('Enter');
    await tab.waitForFunction(() => document.querySelector('cg-partner-finder').shadowRoot.querySelector('dialog[open]'));
    const inside = await focused(tab);
    assert.ok(inside.inDialog, `the focus moves into the dialog (${inside.tag} "${inside.text}")`);
    const title = await finder.evaluate((el) => el.shadowRoot.querySelector('dialog h2').textContent.trim());
    assert.equal(title, result.text, 'the dialog shows that result');
    assert.deepEqual(
      (await tab.evaluate(() => window.__selects)).map((d) => d.kind),
      ['cluster'],
      'cg-select fired once',
    );

    await tab.keyboard.press('Escape');
    await tab.waitForFunction(() => !document.querySelector('cg-partner-finder').shadowRoot.querySelector('dialog'));
    const back = await focused(tab);
    assert.equal(back?.i, result.i, 'Escape closes the dialog and the focus returns to the result that opened it');
    assert.equal(back.text, result.text);
    assert.equal(parseInt(await status(), 10), filtered, 'the filters survive');

    const clicks = await noMouse(tab);
    assert.ok(clicks >= 1, 'the result was opened with a keyboard click');
    assert.deepEqual(record.pageErrors, []);
    journeys++;
  } finally {
    await context.close();
  }
});

test('keyboard only: find a funding item, export it as CSV and add it to the calendar', async () => {
  const { tab, context, record } = await openWatched('/funding');
  try {
    const list = tab.locator('cg-funding-list');
    // A fixed clock, so the item stays open whatever today is.
    await list.evaluate((el) => {
      el.now = () => Date.parse('2027-04-10T10:00:00');
      return el.updateComplete;
    });
    await tabTo(tab, (f) => f.host === 'cg-funding-list' && f.type === 'search', 'the search field');
    await tab.keyboard.type('Kansai');
    await tab.waitForFunction(() =>
      /^1 /.test(document.querySelector('cg-funding-list').shadowRoot.querySelector('[role=status]').textContent),
    );

    await tabTo(tab, (f) => f.host === 'cg-funding-list' && f.text === 'Export CSV', 'Export CSV');
    const csv = await download(tab, () => tab.keyboard.press('Enter'));
    assert.equal(csv.name, 'funding.csv');
    const rows = csvRecords(csv.text);
    assert.equal(rows.length, 1, 'one funding item exported');
    assert.match(rows[0].name, /Kansai Landing Pad/);
    assert.equal(rows[0].url, 'https://funding.example/jp/kansai-landing-pad');

    // Past the list's own calendar button and the item's link, to the item's own "Add to calendar".
    const own = await tabTo(
      tab,
      (f) => f.host === 'cg-funding-list' && f.text === 'Add to calendar' && !f.cls,
      "the item's Add to calendar",
    );
    const described = await list.evaluate((el) => {
      const button = el.shadowRoot.activeElement;
      return button.closest('li.card') ? el.shadowRoot.getElementById(button.getAttribute('aria-describedby'))?.textContent.trim() : null;
    });
    assert.match(described ?? '', /Kansai Landing Pad/, `the focused button belongs to the item (${own.text})`);
    const ics = await download(tab, () => tab.keyboard.press('Space'));
    assert.match(ics.name, /^jp-kansai.*\.ics$/);
    const { events } = parseIcs(ics.text);
    assert.equal(events.length, 1, 'one event');
    assert.match(events[0].SUMMARY, /^Deadline: Kansai Landing Pad/);
    assert.equal(events[0]['DTSTART;VALUE=DATE'], '20270630');

    const clicks = await noMouse(tab);
    assert.ok(clicks >= 2, 'both downloads came from keyboard clicks');
    assert.deepEqual(record.pageErrors, []);
    journeys++;
  } finally {
    await context.close();
  }
});
