/* global cgb -- the in-page helper of pages.js, inside page.evaluate callbacks */
// The measurements made in Chromium. Each takes the browser and the server's origin and returns plain data
// (milliseconds, counts, bytes); run.js summarises and prints them. Interactions are driven through
// Playwright's real input (keyboard, clicks, select), one at a time: the next key goes in once the previous
// result has painted, then the bench waits out a visitor's pace (about eight keys a second).
import { FUNDING_EPOCH } from '../test/helpers/generate.js';

const PACE_MS = 120;
const STEP_TIMEOUT = 120_000;

async function open(browser, origin) {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT);
  await page.goto(`${origin}/`);
  return { context, page };
}

/**
 * Runs `actions` (async functions that cause one watched event each) while measuring, pausing `pace` ms between
 * them (less the time the result took); each waits for its painted sample. Returns the samples' milliseconds
 * and the long tasks.
 */
async function drive(page, actions, pace = PACE_MS) {
  const from = await page.evaluate(() => {
    cgb.measuring = true;
    return { k: cgb.samples.length, t0: performance.now() };
  });
  const ms = [];
  for (const act of actions) {
    await act();
    const k = from.k + ms.length + 1;
    const s = await (await page.waitForFunction((k) => cgb.samples[k - 1], k, { polling: 10 })).jsonValue();
    ms.push(s.ms);
    if (pace > s.ms) await page.waitForTimeout(pace - s.ms);
  }
  await page.waitForTimeout(100);
  const longTasks = await page.evaluate((t0) => {
    cgb.measuring = false;
    return cgb.tasksIn(t0, performance.now());
  }, from.t0);
  return { ms, longTasks };
}

// ---- Data ----

/**
 * Load + validate of one generated file (`section` = clusters | funding), `runs` times, in one page: `src` (a
 * fresh URL each run) until cg-data-load, with the long tasks in it; baseline fetch + response.json() of the
 * same file. The widget is taken out of the page at cg-data-load, so its rendering is not part of the figure
 * (the finder's is in its "src → results").
 */
export async function data(browser, origin, section, n, runs) {
  const { context, page } = await open(browser, origin);
  const r = await page.evaluate(
    async ({ section, url, runs }) => {
      // Clusters through cg-insights: besides validation it only tallies the tags (about 10 ms at 10k, warm).
      const tag = section === 'clusters' ? 'cg-insights' : 'cg-funding-list';
      await customElements.whenDefined(tag);
      const out = { ms: [], baselineMs: [], longTasks: [] };
      for (let i = 0; i < runs; i++) {
        let t = performance.now();
        await (await fetch(`${url}?base=${i}`)).json();
        out.baselineMs.push(performance.now() - t);
        await cgb.quiet();

        const el = document.createElement(tag);
        if (section === 'funding') el.kind = 'none-such'; // nothing to show: the render stays cheap
        const loaded = cgb.once(el, 'cg-data-load');
        el.addEventListener('cg-data-load', () => el.remove(), { once: true });
        t = performance.now();
        el.src = `${url}?run=${i}`;
        document.body.append(el);
        const t1 = await loaded;
        out.ms.push(t1 - t);
        await new Promise((r) => setTimeout(r, 100)); // long-task entries arrive after the task
        out.longTasks.push(...cgb.tasksIn(t, t1));
        await cgb.quiet();
      }
      return out;
    },
    { section, url: `/data/${section}-${n}.json`, runs },
  );
  await context.close();
  return r;
}

// ---- Plain baselines for interactions ----

/**
 * A plain <input>, <select> and <ul> in the page's light DOM doing the least an equivalent interface does:
 * per record a lower-cased, accent-stripped text built once, a substring filter over all of them on each key,
 * a field comparison on each select change, and the text of `rows` <li> rewritten (all matches when rows = 0).
 */
function installPlain(page, { url, rows, field }) {
  return page.evaluate(
    async ({ url, rows, field }) => {
      const doc = await (await fetch(`${url}?plain`)).json();
      const list = doc.clusters ?? doc.funding;
      const words = (t) => (t === undefined ? [] : typeof t === 'string' ? [t] : Array.isArray(t) ? t.flatMap(words) : Object.values(t));
      const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      const text = list.map((r) =>
        fold(
          [r.name, r.acronym, r.provider, r.description, r.sectors, r.collaborationInterests, r.keyServices, r.region, r.city]
            .flatMap(words)
            .join('\n'),
        ),
      );
      const facet = list.map((r) => (field === 'sector' ? (r.sectors ?? []).map((s) => fold(words(s)[0])) : [r[field]]));
      const names = list.map((r) => words(r.name)[0]);
      const box = document.createElement('div');
      box.innerHTML =
        '<input type="search" id="plain-q"><select id="plain-s"><option value="">All</option></select><p id="plain-n"></p><ul id="plain-ul"></ul>';
      document.body.append(box);
      const [input, select, count, ul] = ['plain-q', 'plain-s', 'plain-n', 'plain-ul'].map((id) => document.getElementById(id));
      for (const v of [...new Set(facet.flat())].sort()) select.add(new Option(v, v));
      const update = () => {
        const q = fold(input.value.trim());
        const f = select.value;
        const hits = [];
        for (let i = 0; i < list.length; i++) if ((!q || text[i].includes(q)) && (!f || facet[i].includes(f))) hits.push(i);
        count.textContent = `${hits.length} results`;
        const shown = rows ? hits.slice(0, rows) : hits;
        while (ul.children.length > shown.length) ul.lastChild.remove();
        while (ul.children.length < shown.length) ul.append(document.createElement('li'));
        shown.forEach((i, k) => (ul.children[k].textContent = names[i]));
      };
      input.addEventListener('input', update);
      select.addEventListener('change', update);
      update();
      cgb.watch(input, 'input');
      cgb.watch(select, 'change');
      return [...select.options].map((o) => o.value);
    },
    { url, rows, field },
  );
}

/** One action per character: focus the box (first), then type it as a visitor does. */
const typing = (page, selector, text) =>
  [...text].map((ch, i) => async () => {
    if (i === 0) await page.locator(selector).first().focus();
    await page.keyboard.type(ch);
  });

/** One action per value: select it in the <select>. */
const choosing = (page, selector, values) => values.map((v) => async () => page.locator(selector).selectOption(v));

/** Empties a search box without measuring it (the empty state repaints in full). */
async function clear(page, selector, host) {
  await page.evaluate(
    async ({ selector, host }) => {
      const root = host ? document.querySelector(host).shadowRoot : document;
      const input = root.querySelector(selector);
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      if (host) await document.querySelector(host).updateComplete;
      await cgb.quiet();
    },
    { selector, host },
  );
}

// ---- Partner finder ----

export const FINDER_QUERIES = ['cluster energy koln', 'maritime goteborg', 'santé lyon'];

/**
 * The finder at `n` clusters: from `src` set to the results painted (download, parse, validation, the search
 * index, first render: what a visitor waits for, with its long tasks; one sample); keystrokes (three searches
 * typed key by key; each key's input event → results painted) and Sector changes (eight sectors then All),
 * with long tasks during each; then the same keys and selections on the plain baseline.
 */
export async function finder(browser, origin, n) {
  const { context, page } = await open(browser, origin);
  const url = `/data/clusters-${n}.json`;
  const ready = await page.evaluate(async (src) => {
    await customElements.whenDefined('cg-partner-finder');
    const el = document.createElement('cg-partner-finder');
    const loaded = cgb.once(el, 'cg-data-load');
    const t0 = performance.now();
    el.src = src;
    document.body.append(el);
    await loaded;
    while (!el.shadowRoot.querySelector('[role="status"]')) await el.updateComplete;
    const t1 = await cgb.painted();
    await new Promise((r) => setTimeout(r, 100));
    cgb.watch(el.shadowRoot.querySelector('input#query'), 'input', el);
    cgb.watch(el.shadowRoot.querySelector('select#sector'), 'change', el);
    return { ms: t1 - t0, longTasks: cgb.tasksIn(t0, t1) };
  }, url);
  const input = 'cg-partner-finder input#query';
  const select = 'cg-partner-finder select#sector';
  const keystroke = { ms: [], longTasks: [], baselineMs: [] };
  for (const q of FINDER_QUERIES) {
    const r = await drive(page, typing(page, input, q));
    keystroke.ms.push(...r.ms);
    keystroke.longTasks.push(...r.longTasks);
    await clear(page, 'input#query', 'cg-partner-finder');
  }
  const sectors = await page.locator(`${select} option`).evaluateAll((o) => o.map((x) => x.value));
  const picks = [...sectors.slice(1, 9), ''];
  const facet = await drive(page, choosing(page, select, picks));
  // The plain baseline, in the same page, after the widget is gone.
  await page.evaluate(() => document.querySelector('cg-partner-finder').remove());
  const plainOptions = await installPlain(page, { url, rows: 20, field: 'sector' });
  for (const q of FINDER_QUERIES) {
    keystroke.baselineMs.push(...(await drive(page, typing(page, '#plain-q', q), 0)).ms);
    await clear(page, '#plain-q');
  }
  const basePicks = picks.map((v) => (v ? (plainOptions.find((o) => o === v.toLowerCase()) ?? plainOptions[1]) : ''));
  facet.baselineMs = (await drive(page, choosing(page, '#plain-s', basePicks), 0)).ms;
  await context.close();
  return { ready, keystroke, facet };
}

// ---- Funding list ----

export const FUNDING_QUERY = 'cádiz';
export const FUNDING_KINDS = ['eu-programme', 'national', 'regional', 'private'];

/**
 * The funding list at `n` items (clock pinned to the generator's epoch), which shows 20 matches at a time:
 * Kind changes from the default view (four kinds, each replacing the list); then the search typed key by key
 * with the last Kind still selected. Each to the frame painted, with long tasks. Then the same input on the
 * plain baseline (a <ul> of the first 20 matches, with the count of all) in a fresh page.
 */
export async function funding(browser, origin, n) {
  const { context, page } = await open(browser, origin);
  const url = `/data/funding-${n}.json`;
  await page.evaluate(
    async ({ src, epoch }) => {
      await customElements.whenDefined('cg-funding-list');
      const el = document.createElement('cg-funding-list');
      el.now = () => Date.parse(`${epoch}T12:00:00Z`);
      const loaded = cgb.once(el, 'cg-data-load');
      el.src = src;
      document.body.append(el);
      await loaded;
      while (!el.shadowRoot.querySelector('.tools [role="status"]')) await el.updateComplete;
      await cgb.quiet();
      cgb.watch(el.shadowRoot.querySelector('input#q'), 'input', el);
      cgb.watch(el.shadowRoot.querySelector('select#kind'), 'change', el);
    },
    { src: url, epoch: FUNDING_EPOCH },
  );
  const kind = await drive(page, choosing(page, 'cg-funding-list select#kind', FUNDING_KINDS));
  const keystroke = await drive(page, typing(page, 'cg-funding-list input#q', FUNDING_QUERY));
  await context.close();
  const plain = await open(browser, origin);
  await installPlain(plain.page, { url, rows: 20, field: 'kind' });
  kind.baselineMs = (await drive(plain.page, choosing(plain.page, '#plain-s', FUNDING_KINDS), 0)).ms;
  keystroke.baselineMs = (await drive(plain.page, typing(plain.page, '#plain-q', FUNDING_QUERY), 0)).ms;
  await plain.context.close();
  return { kind, keystroke };
}

// ---- Readiness quiz ----

/**
 * The demo quiz, `rounds` times through: Start, then per question the first option (or the first country),
 * then Next — each Next click → the next question (or the results) painted. Baseline: a plain button that
 * rewrites a <ul> to the next question's option labels (as many rows as the widget shows), timed the same way.
 */
export async function quiz(browser, origin, rounds) {
  const { context, page } = await open(browser, origin);
  await page.evaluate(async () => {
    await customElements.whenDefined('cg-readiness-quiz');
    const el = document.createElement('cg-readiness-quiz');
    el.setAttribute('quiz', 'sme-readiness');
    el.noPersist = true;
    el.src = '/data/gateway.json';
    const loaded = cgb.once(el, 'cg-data-load');
    document.body.append(el);
    await loaded;
    await el.updateComplete;
    cgb.watch(el.shadowRoot, 'click', el);
  });
  const host = page.locator('cg-readiness-quiz');
  const steps = [];
  const rowsPerStep = [];
  const longTasks = [];
  for (let round = 0; round < rounds; round++) {
    await page.evaluate(() => (cgb.measuring = false));
    await host.locator('button.primary').click(); // Start
    await page.evaluate(() => cgb.quiet());
    for (let guard = 0; guard < 60; guard++) {
      const options = host.locator('label[part~="option"] input');
      if (!(await options.count())) break; // the results
      await page.evaluate(() => (cgb.measuring = false));
      await options.first().check();
      await page.evaluate(() => cgb.quiet());
      const r = await drive(page, [async () => host.locator('.nav button.primary').click()]);
      steps.push(...r.ms);
      longTasks.push(...r.longTasks);
      rowsPerStep.push(await host.locator('label[part~="option"]').allTextContents());
    }
    await page.evaluate(() => (cgb.measuring = false));
    await host.locator('.nav button', { hasText: /start over/i }).click();
    await page.evaluate(() => cgb.quiet());
  }
  // Baseline: the same sequence of option lists, in a plain <ul>.
  await page.evaluate((seq) => {
    document.querySelector('cg-readiness-quiz').remove();
    const button = document.body.appendChild(document.createElement('button'));
    button.id = 'plain-next';
    button.textContent = 'Next';
    const legend = document.body.appendChild(document.createElement('p'));
    const ul = document.body.appendChild(document.createElement('ul'));
    let at = 0;
    button.addEventListener('click', () => {
      const rows = seq[at++ % seq.length];
      legend.textContent = `Question ${at}`;
      ul.replaceChildren(...rows.map((t) => Object.assign(document.createElement('li'), { textContent: t })));
    });
    cgb.watch(button, 'click');
  }, rowsPerStep);
  const baseline = await drive(
    page,
    rowsPerStep.map(() => async () => page.locator('#plain-next').click()),
    0,
  );
  await context.close();
  return { ms: steps, longTasks, baselineMs: baseline.ms, questions: rowsPerStep.length / rounds };
}

// ---- Memory ----

/**
 * JS heap through the DevTools protocol (HeapProfiler.collectGarbage, then Runtime.getHeapUsage), in bytes: the
 * parsed document alone kept in a variable (baseline), and the finder after loading the file and rendering its
 * first results, each over the page with the bundle alone.
 */
export async function memory(browser, origin, n) {
  const { context, page } = await open(browser, origin);
  const cdp = await context.newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const url = `/data/clusters-${n}.json`;
  await page.evaluate(() => customElements.whenDefined('cg-partner-finder'));
  const empty = await heap();
  await page.evaluate(async (src) => (window.keep = await (await fetch(src)).json()), url);
  const parsed = await heap();
  await page.evaluate(() => delete window.keep);
  const after = await heap();
  await page.evaluate(async (src) => {
    const el = document.createElement('cg-partner-finder');
    const loaded = cgb.once(el, 'cg-data-load');
    el.src = `${src}?memory`;
    document.body.append(el);
    await loaded;
    while (!el.shadowRoot.querySelector('[role="status"]')) await el.updateComplete;
    await cgb.quiet();
  }, url);
  const finderHeap = await heap();
  await context.close();
  return { parsedDocument: parsed - empty, finderOverEmpty: finderHeap - after };
}
