/* global cgb -- the in-page helper of pages.js, inside page.evaluate callbacks */
// The measurements made in Chromium. Each takes the browser and the server's origin and returns plain data
// (milliseconds, counts, bytes); run.js summarises and prints them. Interactions are driven through
// Playwright's real input (keyboard, clicks, select), one at a time: the next key goes in once the previous
// result has painted, then the bench waits out a visitor's pace (about eight keys a second).
import { FUNDING_EPOCH } from '../test/helpers/generate.js';

const PACE_MS = 120;
const STEP_TIMEOUT = 120_000;

async function open(browser, origin, path = '/') {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT);
  await page.goto(`${origin}${path}`);
  return { context, page };
}

/** Waits (at most `timeout` ms) for the `k`th painted sample; returns it, or null. */
const sample = (page, k, timeout = STEP_TIMEOUT) =>
  page
    .waitForFunction((k) => cgb.samples.length >= k && cgb.samples[k - 1], k, {
      polling: 10,
      timeout: Math.max(1, timeout),
    })
    .then((h) => h.jsonValue())
    .catch((error) => {
      if (error.name === 'TimeoutError') return null;
      throw error;
    });

/**
 * Runs `actions` (async functions that cause one watched event each) while measuring, pausing `pace` ms between
 * them (less the time the result took). Returns the samples and the long tasks; with a `deadline` (epoch ms),
 * stops at it: `stopped` is set, and `atLeastMs` is how long the step that was still running had taken.
 */
async function drive(page, actions, pace = PACE_MS, deadline = Infinity) {
  const from = await page.evaluate(() => {
    cgb.measuring = true;
    return { k: cgb.samples.length, t0: performance.now() };
  });
  const ms = [];
  let k = from.k;
  for (const act of actions) {
    if (Date.now() >= deadline)
      return {
        ms,
        longTasks: [],
        stopped: true,
        notReached: actions.length - ms.length,
      };
    const began = Date.now();
    await act();
    const s = await sample(page, ++k, Math.min(STEP_TIMEOUT, deadline - Date.now()));
    if (!s)
      return {
        ms,
        longTasks: [],
        stopped: true,
        atLeastMs: Date.now() - began,
        notReached: actions.length - ms.length - 1,
      };
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

// ---- Start ----

/**
 * Start with the bundle and the data cached: per run, a fresh browser context visits the demo-like page once
 * (fills the HTTP cache) and then again, measured: from just before the IIFE <script> runs to the frame in which
 * all five widgets show data. The baseline page shows the same cached data in plain lists.
 */
export async function start(browser, origin, runs) {
  const out = { ms: [], baselineMs: [], scriptMs: [], longTasks: [] };
  for (let i = 0; i < runs; i++) {
    for (const [path, key] of [
      ['/start.html', 'ms'],
      ['/plain-start.html', 'baselineMs'],
    ]) {
      const { context, page } = await open(browser, origin, path);
      await page.evaluate(() => cgb.start);
      await page.goto(`${origin}${path}`);
      const r = await page.evaluate(async () => {
        const done = await cgb.start;
        await new Promise((r) => setTimeout(r, 100));
        return {
          ...done,
          t0: cgb.t0,
          script: cgb.t1 - cgb.t0,
          tasks: cgb.tasksIn(cgb.t0, done.t1 ?? performance.now()),
        };
      });
      if (r.error) throw new Error(`start page: ${r.error}`);
      out[key].push(r.t1 - r.t0);
      if (key === 'ms') {
        out.scriptMs.push(r.script);
        out.longTasks.push(...r.tasks);
      }
      await context.close();
    }
  }
  return out;
}

/**
 * Custom element definition cost: in a fresh context each run, the IIFE's text is evaluated as an inline
 * script (compile + run + five customElements.define), timed around the synchronous append. Baseline: JSON.parse
 * of a JSON text of the same length, in the same page.
 */
export async function define(browser, origin, runs) {
  const out = { ms: [], baselineMs: [] };
  for (let i = 0; i < runs; i++) {
    const { context, page } = await open(browser, origin, '/blank.html');
    const r = await page.evaluate(async () => {
      const code = await (await fetch('/cluster-gateway.iife.js')).text();
      const items = [];
      for (let i = 0, length = 2; length < code.length; i++) {
        items.push(JSON.stringify({ id: i, name: `item ${i} – café`, on: i % 2 === 0 }));
        length += items[i].length + 1;
      }
      const json = `[${items.join(',')}]`;
      const t = performance.now();
      JSON.parse(json);
      const base = performance.now() - t;
      const script = document.createElement('script');
      script.text = code;
      const t0 = performance.now();
      document.head.append(script);
      const t1 = performance.now();
      return {
        ms: t1 - t0,
        base,
        defined: ['cg-readiness-quiz', 'cg-partner-finder', 'cg-funding-list', 'cg-door-openers', 'cg-insights'].every((t) =>
          customElements.get(t),
        ),
      };
    });
    if (!r.defined) throw new Error('define: the bundle did not register every widget');
    out.ms.push(r.ms);
    out.baselineMs.push(r.base);
    await context.close();
  }
  return out;
}

// ---- Data ----

/**
 * Parse + validate, and load + validate, of one generated file (`section` = clusters | funding), `runs` times,
 * in one page. parse + validate: JSON.parse of the text, then the document as a widget's `data` until
 * cg-data-load; baseline JSON.parse alone. load + validate: `src` (a fresh URL each run) until cg-data-load;
 * baseline fetch + response.json() of the same file. The widget is taken out of the page at cg-data-load, so
 * its rendering is not part of the figure (the finder's first render is measured with the interactions).
 */
export async function data(browser, origin, section, n, runs) {
  const { context, page } = await open(browser, origin);
  const r = await page.evaluate(
    async ({ section, url, runs }) => {
      // Clusters through cg-insights: besides validation it only tallies the tags (about 10 ms at 10k, warm);
      // the finder builds its search index before cg-data-load, which is in its "src → results" figure.
      const tag = section === 'clusters' ? 'cg-insights' : 'cg-funding-list';
      await customElements.whenDefined(tag);
      const make = () => {
        const el = document.createElement(tag);
        if (section === 'funding') el.kind = 'none-such'; // nothing to show: the render stays cheap
        return el;
      };
      const text = await (await fetch(`${url}?text`)).text();
      const out = {
        parse: [],
        parseValidate: [],
        fetchParse: [],
        loadValidate: [],
        loadTasks: [],
        parseValidateTasks: [],
      };
      for (let i = 0; i < runs; i++) {
        let t = performance.now();
        JSON.parse(text);
        out.parse.push(performance.now() - t);
        await cgb.quiet();

        let el = make();
        let loaded = cgb.once(el, 'cg-data-load');
        el.addEventListener('cg-data-load', () => el.remove(), { once: true });
        t = performance.now();
        el.data = JSON.parse(text);
        document.body.append(el);
        let t1 = await loaded;
        out.parseValidate.push(t1 - t);
        out.parseValidateTasks.push(...cgb.tasksIn(t, t1));
        await cgb.quiet();

        t = performance.now();
        await (await fetch(`${url}?base=${i}`)).json();
        out.fetchParse.push(performance.now() - t);
        await cgb.quiet();

        el = make();
        loaded = cgb.once(el, 'cg-data-load');
        el.addEventListener('cg-data-load', () => el.remove(), { once: true });
        t = performance.now();
        el.src = `${url}?run=${i}`;
        document.body.append(el);
        t1 = await loaded;
        out.loadValidate.push(t1 - t);
        await new Promise((r) => setTimeout(r, 100)); // long-task entries arrive after the task
        out.loadTasks.push(...cgb.tasksIn(t, t1));
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
 * index, first render: what a visitor waits for, with its long tasks); first render (cg-data-load → the
 * frame with the results painted), keystrokes
 * (three searches typed key by key; each key's input event → results painted) and Sector changes (eight
 * sectors then All), with long tasks during each; then the same keys and selections on the plain baseline.
 */
export async function finder(browser, origin, n) {
  const { context, page } = await open(browser, origin);
  const url = `/data/clusters-${n}.json`;
  const first = await page.evaluate(async (src) => {
    await customElements.whenDefined('cg-partner-finder');
    const el = document.createElement('cg-partner-finder');
    const loaded = cgb.once(el, 'cg-data-load');
    const t0 = performance.now();
    el.src = src;
    document.body.append(el);
    const t1 = await loaded;
    while (!el.shadowRoot.querySelector('[role="status"]')) await el.updateComplete;
    const t2 = await cgb.painted();
    await new Promise((r) => setTimeout(r, 100));
    const ready = { ms: t2 - t0, tasks: cgb.tasksIn(t0, t2) };
    cgb.watch(el.shadowRoot.querySelector('input#query'), 'input', el);
    cgb.watch(el.shadowRoot.querySelector('select#sector'), 'change', el);
    return {
      ms: t2 - t1,
      tasks: cgb.tasksIn(t1, t2),
      cards: el.shadowRoot.querySelectorAll('.card').length,
      ready,
    };
  }, url);
  const input = 'cg-partner-finder input#query';
  const select = 'cg-partner-finder select#sector';
  const keys = [];
  const keyTasks = [];
  for (const q of FINDER_QUERIES) {
    const r = await drive(page, typing(page, input, q));
    keys.push(...r.ms);
    keyTasks.push(...r.longTasks);
    await clear(page, 'input#query', 'cg-partner-finder');
  }
  const sectors = await page.locator(`${select} option`).evaluateAll((o) => o.map((x) => x.value));
  const picks = [...sectors.slice(1, 9), ''];
  const facet = await drive(
    page,
    picks.map((v) => async () => page.locator(select).selectOption(v)),
  );
  // The plain baseline, in the same page, after the widget is gone.
  await page.evaluate(() => document.querySelector('cg-partner-finder').remove());
  const plainOptions = await installPlain(page, {
    url,
    rows: 20,
    field: 'sector',
  });
  const baseKeys = [];
  for (const q of FINDER_QUERIES) {
    baseKeys.push(...(await drive(page, typing(page, '#plain-q', q), 0)).ms);
    await clear(page, '#plain-q');
  }
  const basePicks = picks.map((v) => (v ? (plainOptions.find((o) => o === v.toLowerCase()) ?? plainOptions[1]) : ''));
  const baseFacet = await drive(
    page,
    basePicks.map((v) => async () => page.locator('#plain-s').selectOption(v)),
    0,
  );
  await context.close();
  return {
    firstRender: first,
    keystroke: { ms: keys, longTasks: keyTasks, baselineMs: baseKeys },
    facet: {
      ms: facet.ms,
      longTasks: facet.longTasks,
      baselineMs: baseFacet.ms,
    },
  };
}

// ---- Funding list ----

export const FUNDING_QUERY = 'cádiz';
export const FUNDING_KINDS_CYCLE = ['eu-programme', 'national', 'regional', 'private'];

/** `promise`, or `fallback` once `ms` have passed. */
const within = (promise, ms, fallback) =>
  Promise.race([promise, new Promise((resolve) => setTimeout(() => resolve(fallback), Math.max(0, ms)))]);

/**
 * The funding list at `n` items (clock pinned to the generator's epoch), which shows 20 matches at a time:
 * first render (the default view); Kind changes from it (four kinds, each replacing the list); then the search
 * typed key by key with the last Kind still selected. Each to the frame painted, with long tasks. The widget
 * gets `budgetMs` in all (a guard from when it rendered every match): what would run past it is stopped (the
 * page is closed) and reported as not reached, or, for the step that was running, as at least the time it had
 * taken. Then the same input on the plain baseline (a <ul> of the first 20 matches, with the count of all) in
 * a fresh page.
 */
export async function funding(browser, origin, n, budgetMs) {
  const deadline = Date.now() + budgetMs;
  const { context, page } = await open(browser, origin);
  const url = `/data/funding-${n}.json`;
  const out = {
    firstRender: null,
    kind: { ms: [], longTasks: [] },
    keystroke: { ms: [], longTasks: [] },
    stopped: null,
  };
  const first = await within(
    page.evaluate(
      async ({ src, epoch }) => {
        await customElements.whenDefined('cg-funding-list');
        const el = document.createElement('cg-funding-list');
        el.now = () => Date.parse(`${epoch}T12:00:00Z`);
        const loaded = cgb.once(el, 'cg-data-load');
        el.src = src;
        document.body.append(el);
        const t1 = await loaded;
        while (!el.shadowRoot.querySelector('.tools [role="status"]')) await el.updateComplete;
        const t2 = await cgb.painted();
        await new Promise((r) => setTimeout(r, 100));
        cgb.watch(el.shadowRoot.querySelector('input#q'), 'input', el);
        cgb.watch(el.shadowRoot.querySelector('select#kind'), 'change', el);
        return {
          ms: t2 - t1,
          tasks: cgb.tasksIn(t1, t2),
          cards: el.shadowRoot.querySelectorAll('.card').length,
        };
      },
      { src: url, epoch: FUNDING_EPOCH },
    ),
    deadline - Date.now(),
    null,
  );
  out.firstRender = first ?? {
    ms: null,
    tasks: [],
    cards: null,
    atLeastMs: budgetMs,
  };
  if (!first) out.stopped = 'first render';
  const select = 'cg-funding-list select#kind';
  const input = 'cg-funding-list input#q';
  if (first) {
    const r = await drive(
      page,
      FUNDING_KINDS_CYCLE.map((v) => async () => page.locator(select).selectOption(v)),
      PACE_MS,
      deadline,
    );
    Object.assign(out.kind, r);
    if (r.stopped) out.stopped = 'Kind changes';
  }
  if (first && !out.stopped) {
    const r = await drive(page, typing(page, input, FUNDING_QUERY), PACE_MS, deadline);
    Object.assign(out.keystroke, r);
    if (r.stopped) out.stopped = 'typing';
  }
  await within(context.close(), 15_000);
  // The baseline, with as many of the same inputs as the widget got.
  const plain = await open(browser, origin);
  await installPlain(plain.page, { url, rows: 20, field: 'kind' });
  out.kind.baselineMs = (
    await drive(
      plain.page,
      FUNDING_KINDS_CYCLE.slice(0, Math.max(1, out.kind.ms.length)).map((v) => async () => plain.page.locator('#plain-s').selectOption(v)),
      0,
    )
  ).ms;
  out.keystroke.baselineMs = (
    await drive(plain.page, typing(plain.page, '#plain-q', FUNDING_QUERY).slice(0, Math.max(1, out.keystroke.ms.length)), 0)
  ).ms;
  await plain.context.close();
  return out;
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
  const answers = [];
  const rowsPerStep = [];
  let longTasks = [];
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
  const baselineMs = await (async () => {
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
    return (
      await drive(
        page,
        rowsPerStep.map(() => async () => page.locator('#plain-next').click()),
        0,
      )
    ).ms;
  })();
  await context.close();
  return {
    ms: steps,
    longTasks,
    baselineMs,
    questions: rowsPerStep.length / rounds,
    answers,
  };
}

// ---- Memory ----

/**
 * JS heap through the DevTools protocol (HeapProfiler.collectGarbage, then Runtime.getHeapUsage): the page with
 * the bundle; the parsed document alone kept in a variable (baseline); the finder after loading the file and
 * rendering its first results.
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
  return {
    emptyPage: empty,
    parsedDocument: parsed - empty,
    afterRelease: after,
    finder: finderHeap,
    finderOverEmpty: finderHeap - after,
  };
}
