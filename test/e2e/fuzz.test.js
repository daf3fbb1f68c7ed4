// Property-based fuzz test, against the built bundle and the built CLI: fast-check generates whole data
// documents (every section, arbitrary ids, tags and texts, reserved names, lone surrogates, control and bidi
// characters, extreme numbers and dates) and host-page attributes (lang, theme, timeout, each widget's own),
// runs all five widgets on each in one Chromium page (a fresh set of elements per document) and checks:
//   - no uncaught error and no console error;
//   - no widget stuck loading, no alert where the data has what the widget needs;
//   - every valid record kept (cg-data-load) and shown (each widget's own count);
//   - Object.prototype and Array.prototype unchanged;
//   - every cg-* event's detail survives JSON.stringify (no function, no non-finite number, no Map…);
//   - no NaN, undefined, [object Object] or function source on screen;
//   - a walk through the quiz: Next stays disabled on a required question until it is answered, results come;
//   - `cluster-gateway validate` (dist/cli.js) keeps the same records and reports as many problems per section
//     as the widgets, and prints no control character.
// Seeded and bounded: `npm test` runs FUZZ_RUNS (default 25) documents with FUZZ_SEED; `npm run fuzz` runs more.
// On failure it prints the seed, the path and the shrunk counterexample, and writes it to
// test-results/e2e/fuzz-counterexample.json. For triage, FUZZ_SKIP=a,b leaves out the named invariants,
// FUZZ_KNOWN=regex lets known failures pass, and FUZZ_ATTRS=plain leaves out the odd page attributes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { launch, openPage, serve, page, tally, ARTIFACTS, ROOT } from './harness.js';
import { documentArb, pageArb } from '../helpers/arbitraries.js';

const RUNS = Number(process.env.FUZZ_RUNS || 25);
const SEED = Number(process.env.FUZZ_SEED || 20261204);
// Shrinking candidates tried after the first failure (each runs the widgets once).
const SHRINK_STEPS = Number(process.env.FUZZ_SHRINK ?? 20);
// FUZZ_ATTRS=plain gives every case an ordinary page (lang en, no attribute but src), to tell data bugs from page bugs.
const PAGES =
  process.env.FUZZ_ATTRS === 'plain' ? fc.constant({ htmlLang: 'en', noPersist: true, showClosed: true, followQuiz: false }) : pageArb;
// FUZZ_KNOWN=regex lets failures whose `[invariant] message` matches pass, to look for the next distinct one.
const KNOWN = process.env.FUZZ_KNOWN ? new RegExp(process.env.FUZZ_KNOWN) : undefined;
const SKIP = new Set((process.env.FUZZ_SKIP || '').split(',').filter(Boolean));

let browser;
let server;
let session;
let dir;
let cli;
const numbers = { documents: 0, records: 0, events: 0, quizSteps: 0 };

before(async () => {
  browser = await launch();
  server = await serve({ routes: { '/': { body: page({ body: '' }) }, '/favicon.ico': { body: '', type: 'image/x-icon', status: 204 } } });
  dir = mkdtempSync(join(tmpdir(), 'cg-fuzz-'));
  cli = await import(`${ROOT}dist/cli.js`);
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  tally('fuzz', { seed: SEED, runs: RUNS, ...numbers });
});

/**
 * Runs before the page's own scripts: snapshots Object.prototype and Array.prototype, and records every
 * `cg-*` event (whatever its name) with what in its detail JSON would lose.
 */
function probe() {
  const snapshot = (proto) => new Map(Reflect.ownKeys(proto).map((key) => [key, Object.getOwnPropertyDescriptor(proto, key)]));
  const protos = {
    'Object.prototype': [Object.prototype, snapshot(Object.prototype)],
    'Array.prototype': [Array.prototype, snapshot(Array.prototype)],
  };
  const plain = new Set([Object.prototype, Array.prototype, null]);
  const lossy = (value, path, seen, out) => {
    const type = typeof value;
    if (type === 'function' || type === 'symbol' || type === 'bigint') out.push(`${path} is a ${type}`);
    else if (type === 'number' && !Number.isFinite(value)) out.push(`${path} is ${value}`);
    else if (type === 'object' && value !== null) {
      if (seen.has(value)) return out.push(`${path} is circular`);
      if (!plain.has(Object.getPrototypeOf(value))) out.push(`${path} is a ${value.constructor?.name ?? 'non-plain object'}`);
      seen.add(value);
      for (const key of Object.keys(value)) {
        if (Array.isArray(value) && value[key] === undefined) out.push(`${path}[${key}] is undefined`);
        lossy(value[key], `${path}.${key}`, seen, out);
      }
      seen.delete(value);
    }
    return out;
  };
  const events = [];
  const dispatch = EventTarget.prototype.dispatchEvent;
  EventTarget.prototype.dispatchEvent = function (event) {
    if (event.type.startsWith('cg-')) {
      let problems;
      try {
        problems = lossy(event.detail, 'detail', new Set(), []);
        JSON.stringify(event.detail);
      } catch (error) {
        problems = [`JSON.stringify throws ${error}`];
      }
      events.push({
        type: event.type,
        tag: this.localName,
        problems,
        detail: problems.length ? null : JSON.parse(JSON.stringify(event.detail ?? null)),
      });
    }
    return dispatch.call(this, event);
  };
  const prototypes = () => {
    const changes = [];
    for (const [name, [proto, before]] of Object.entries(protos)) {
      const now = Reflect.ownKeys(proto);
      for (const key of now) if (!before.has(key)) changes.push(`${name}[${JSON.stringify(String(key))}] was added`);
      for (const [key, d] of before) {
        const n = Object.getOwnPropertyDescriptor(proto, key);
        if (!n || n.value !== d.value || n.get !== d.get || n.set !== d.set) changes.push(`${name}.${String(key)} was changed`);
      }
    }
    if ({}.x !== undefined || {}[0] !== undefined || [].x !== undefined) changes.push('({}).x, ({})[0] or [].x is defined');
    return changes;
  };
  window.__fuzz = { events, prototypes };
}

async function openSession() {
  if (session) await session.context.close().catch(() => {});
  session = await openPage(browser);
  await session.tab.addInitScript(probe);
  await session.tab.goto(`${server.origin}/`);
  session.dirty = false;
}

const TAGS = ['cg-readiness-quiz', 'cg-partner-finder', 'cg-funding-list', 'cg-door-openers', 'cg-insights'];
const SECTION = {
  'cg-readiness-quiz': 'quizzes',
  'cg-partner-finder': 'clusters',
  'cg-funding-list': 'funding',
  'cg-door-openers': 'organisations',
  'cg-insights': 'clusters',
};

/** The elements to create for one case: each widget with the page's attributes (undefined ones left out). */
function markup(src, attrs, ids) {
  const common = { src, lang: attrs.lang, timeout: attrs.timeout, theme: attrs.theme };
  const pick = (list, n) => (n === undefined || !list.length ? undefined : list[n % list.length]);
  const home = typeof attrs.home === 'object' ? pick(ids.clusters, attrs.home.pick) : attrs.home;
  const flag = (on) => (on ? '' : undefined);
  const own = {
    'cg-readiness-quiz': { quiz: pick(ids.quizzes, attrs.quiz), 'no-persist': flag(attrs.noPersist) },
    'cg-partner-finder': { home, country: attrs.finderCountry, sector: attrs.sector, 'follow-quiz': flag(attrs.followQuiz) },
    'cg-funding-list': {
      kind: attrs.kind,
      country: attrs.fundingCountry,
      'show-closed': flag(attrs.showClosed),
      'follow-quiz': flag(attrs.followQuiz),
    },
    'cg-door-openers': { market: attrs.market, 'follow-quiz': flag(attrs.followQuiz) },
    'cg-insights': { facet: attrs.facet },
  };
  const defined = (o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
  return { home, widgets: TAGS.map((tag) => ({ tag, attrs: defined({ ...common, ...own[tag] }) })) };
}

/** In the page: a fresh set of widgets for one document. */
function mount({ htmlLang, widgets }) {
  localStorage.clear();
  window.__fuzz.events.length = 0;
  document.documentElement.setAttribute('lang', htmlLang);
  const box = document.createElement('main');
  for (const { tag, attrs } of widgets) {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
    box.append(el);
  }
  document.body.replaceChildren(box);
}

const loading = (tags) =>
  tags.filter((tag) => {
    const root = document.querySelector(tag)?.shadowRoot;
    return !root || !root.childElementCount || root.querySelector('progress.loading-bar, .loading progress');
  });

/** In the page: what each widget shows (its alert, its count, its text) and what the page went through. */
async function observe(tags) {
  const out = {};
  const thrown = [];
  for (const tag of tags) {
    const el = document.querySelector(tag);
    // An error thrown while rendering rejects updateComplete: record it as what it is, an uncaught error.
    await el.updateComplete.catch((error) => thrown.push(`${tag}: ${error}`));
    const root = el.shadowRoot;
    const status = root.querySelector('[role="status"]:not(:empty), p.meta');
    out[tag] = {
      alert: root.querySelector('[role="alert"]')?.textContent.replace(/\s+/g, ' ').trim() ?? '',
      count: status ? Number(status.textContent.replace(/[^\d]/g, '')) : undefined,
      text: root.textContent,
    };
  }
  return { widgets: out, thrown, prototypes: window.__fuzz.prototypes(), events: window.__fuzz.events.slice() };
}

/** In the page: uses each widget a little (every select's second option, a result, a bar), then walks the quiz. */
async function use() {
  const steps = [];
  const thrown = [];
  const $ = (tag) => document.querySelector(tag).shadowRoot;
  // An error thrown while rendering rejects the element's updateComplete: record it, go on with the next widget.
  const act = async (tag, action) => {
    try {
      action();
      await document.querySelector(tag).updateComplete;
    } catch (error) {
      thrown.push(`${tag}: ${error}`);
    }
  };
  for (const tag of ['cg-partner-finder', 'cg-funding-list', 'cg-door-openers']) {
    for (const select of $(tag).querySelectorAll('select')) {
      if (select.options.length < 2) continue;
      await act(tag, () => {
        select.selectedIndex = 1;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        select.dispatchEvent(new Event('input', { bubbles: true }));
      });
    }
  }
  await act('cg-insights', () => $('cg-insights').querySelector('table button')?.click());
  await act('cg-partner-finder', () => $('cg-partner-finder').querySelector('li.card button')?.click());
  const quiz = document.querySelector('cg-readiness-quiz');
  const root = quiz.shadowRoot;
  const start = root.querySelector('button.primary');
  if (!start || root.querySelector('[role="alert"]')) return { steps, thrown, results: null };
  await act('cg-readiness-quiz', () => start.click());
  for (let i = 0; i < 50 && root.querySelector('fieldset'); i++) {
    const next = () => root.querySelector('.nav button.primary');
    const enabledUnanswered = !next().disabled;
    const before = window.__fuzz.events.length;
    await act('cg-readiness-quiz', () => root.querySelector('fieldset input[type="radio"], fieldset input[type="checkbox"]')?.click());
    const answered = window.__fuzz.events.slice(before).find((e) => e.type === 'cg-quiz-answer');
    steps.push({ enabledUnanswered, questionId: answered?.detail?.questionId, answered: !!answered, stuck: !!next()?.disabled });
    if (!next() || next().disabled) break;
    await act('cg-readiness-quiz', () => next().click());
  }
  const results = root.querySelector('[part="result"]');
  return { steps, thrown, results: results ? (results.querySelector('h2')?.textContent ?? '') : null };
}

/** Runs a page function, failing (and marking the page for a reload) when it does not return: a hung tab. */
async function inPage(fn, arg, what) {
  let timer;
  const hung = new Promise(
    (_, reject) =>
      (timer = setTimeout(() => reject(new Error(`${what}: the page did not answer within 20 s (a hung main thread)`)), 20_000)),
  );
  try {
    return await Promise.race([session.tab.evaluate(fn, arg), hung]);
  } catch (error) {
    session.dirty = true;
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** The CLI's verdict on the same file: kept records and problems per section, and what it printed. */
async function validate(doc, name) {
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(doc));
  const lines = [];
  const log = console.log;
  console.log = (...args) => lines.push(args.join(' '));
  let status;
  try {
    status = await cli.main(['validate', file]);
  } finally {
    console.log = log;
  }
  rmSync(file);
  const output = lines.join('\n');
  const kept = {};
  const problems = { clusters: 0, funding: 0, organisations: 0, quizzes: 0 };
  for (const match of output.matchAll(/· (\w+): (\d+) of (\d+) valid/g)) kept[match[1]] = Number(match[2]);
  for (const match of output.matchAll(/✗ (clusters|funding|organisations|quizzes)\[/g)) problems[match[1]]++;
  return { status, output, kept, problems };
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE_OUTPUT = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/; // every C0 and C1 control but tab and newline
const GARBAGE = /NaN|undefined|\[object \w+\]|\[native code\]/;

/** A failure FUZZ_KNOWN matches: the case ends there and passes. */
class Known extends Error {}

let counter = 0;
/** One case: mount, wait, observe, use, observe again, compare with the CLI. Throws `[invariant] …` on a failure. */
/** Whether `value` (trimmed, ignoring case) is any string inside `data`, at any depth. */
function mentions(data, value) {
  const wanted = value.trim().toLowerCase();
  const walk = (item) =>
    typeof item === 'string' ? item.trim().toLowerCase() === wanted : item && typeof item === 'object' && Object.values(item).some(walk);
  return wanted !== '' && walk(data);
}

async function check({ doc, ids }, attrs) {
  // A quiz completed in an earlier case is still the page's last completion: widgets that follow the quiz would
  // take its markets as a filter (as designed), so such a case starts on a fresh page.
  if (session.dirty || (attrs.followQuiz && session.quizDone)) await openSession();
  const src = `/fuzz/${++counter}.json`;
  server.routes[src] = { body: JSON.stringify(doc) };
  const { record, tab } = session;
  const [errors, logged] = [record.pageErrors.length, record.consoleErrors.length];
  const { home, widgets } = markup(src, attrs, ids);
  const fail = (invariant, message) => {
    session.dirty = true;
    throw new (KNOWN?.test(`[${invariant}] ${message}`) ? Known : Error)(`[${invariant}] ${message}`);
  };
  const expect = (invariant, ok, message) => !SKIP.has(invariant) && !ok && fail(invariant, message);
  const newErrors = () => [...record.pageErrors.slice(errors), ...record.consoleErrors.slice(logged)];
  try {
    await inPage(mount, { htmlLang: attrs.htmlLang, widgets }, 'mount');
    const still = await settle(tab, () => !SKIP.has('no-uncaught-error') && newErrors().length > 0);
    expect('no-uncaught-error', !newErrors().length, newErrors().join(' | '));
    expect('no-stuck-loading', !still.length, `still loading after 10 s: ${still.join(', ')}`);
    const seen = await inPage(observe, TAGS, 'observe');
    expect('no-uncaught-error', !seen.thrown.length && !newErrors().length, [...seen.thrown, ...newErrors()].join(' | '));
    expect('prototypes-unchanged', !seen.prototypes.length, seen.prototypes.join('; '));

    const want = Object.fromEntries(Object.entries(ids).map(([section, list]) => [section, list.length]));
    for (const tag of TAGS) {
      const w = seen.widgets[tag];
      const needsAlert = tag === 'cg-readiness-quiz' && want.quizzes === 0;
      expect('no-alert', needsAlert || !w.alert, `${tag} shows an alert: ${w.alert.slice(0, 200)}`);
      const load = seen.events.find((e) => e.type === 'cg-data-load' && e.tag === tag);
      const section = SECTION[tag];
      expect(
        'every-valid-record-kept',
        load?.detail?.counts?.[section] === want[section],
        `${tag}: cg-data-load counts ${JSON.stringify(load?.detail?.counts)}, ${want[section]} ${section} are valid`,
      );
      expect('no-garbage-text', !GARBAGE.test(w.text), `${tag} shows ${JSON.stringify(w.text.match(GARBAGE)?.[0])}`);
    }
    const shown = (tag) => seen.widgets[tag].count;
    const finderWant = want.clusters - (ids.clusters.includes(home) ? 1 : 0);
    // The generated filters are meant to match nothing, but an arbitrary string can happen to be a sector (in some
    // language) of a record: the finder then rightly applies it, and shows at most every record.
    const filterMayMatch = [attrs.finderCountry, attrs.sector].some((value) => typeof value === 'string' && mentions(doc.clusters, value));
    const finderShown = shown('cg-partner-finder');
    expect(
      'every-valid-record-shown',
      filterMayMatch ? finderShown <= finderWant : finderShown === finderWant,
      `cg-partner-finder shows ${shown('cg-partner-finder')} clusters, ${finderWant} expected (home ${JSON.stringify(home)})`,
    );
    expect(
      'every-valid-record-shown',
      shown('cg-insights') === want.clusters,
      `cg-insights counts ${shown('cg-insights')} clusters, ${want.clusters} are valid`,
    );
    expect(
      'every-valid-record-shown',
      shown('cg-door-openers') === want.organisations,
      `cg-door-openers shows ${shown('cg-door-openers')} organisations, ${want.organisations} are valid`,
    );
    const funding = shown('cg-funding-list');
    expect(
      'every-valid-record-shown',
      attrs.showClosed ? funding === want.funding : funding <= want.funding,
      `cg-funding-list shows ${funding} items, ${want.funding} are valid${attrs.showClosed ? ' (show-closed)' : ''}`,
    );

    const verdict = await validate(doc, counter);
    expect(
      'cli-no-control-characters',
      !UNSAFE_OUTPUT.test(verdict.output),
      `validate prints ${JSON.stringify(verdict.output.match(UNSAFE_OUTPUT)?.[0])}`,
    );
    for (const [section, n] of Object.entries(want)) {
      expect('cli-agrees', verdict.kept[section] === n, `validate keeps ${verdict.kept[section]} ${section}, ${n} are valid`);
    }
    for (const tag of ['cg-readiness-quiz', 'cg-partner-finder', 'cg-funding-list', 'cg-door-openers']) {
      const section = SECTION[tag];
      const warning = seen.events.find((e) => e.type === 'cg-data-warning' && e.tag === tag)?.detail;
      const n = warning ? warning.skipped.length + warning.dropped.length : 0;
      expect(
        'cli-agrees',
        verdict.problems[section] === n,
        `validate reports ${verdict.problems[section]} problems in ${section}, ${tag} ${n}`,
      );
    }

    const walk = await inPage(use, undefined, 'use');
    const after = await inPage(observe, TAGS, 'observe after use');
    const usedErrors = [...walk.thrown, ...after.thrown, ...newErrors()];
    expect('no-uncaught-error', !usedErrors.length, `while using the widgets: ${usedErrors.join(' | ')}`);
    expect('prototypes-unchanged', !after.prototypes.length, `after use: ${after.prototypes.join('; ')}`);
    for (const tag of TAGS)
      expect(
        'no-garbage-text',
        !GARBAGE.test(after.widgets[tag].text),
        `${tag} after use shows ${JSON.stringify(after.widgets[tag].text.match(GARBAGE)?.[0])}`,
      );
    const lossy = after.events.filter((e) => e.problems.length);
    expect('events-serialisable', !lossy.length, lossy.map((e) => `${e.tag} ${e.type}: ${e.problems.slice(0, 3).join(', ')}`).join('; '));
    if (want.quizzes) {
      const quiz = doc.quizzes.find((q) => q?.id === (markup(src, attrs, ids).widgets[0].attrs.quiz ?? ids.quizzes[0]));
      for (const step of walk.steps) {
        const question = quiz.questions.find((q) => q?.id === step.questionId);
        expect(
          'quiz-required-blocks-next',
          !(step.enabledUnanswered && question && question.required !== false),
          `Next was enabled before required question ${JSON.stringify(step.questionId)} was answered`,
        );
        expect('quiz-answer-event', step.answered, `ticking an answer fired no cg-quiz-answer (step ${walk.steps.indexOf(step) + 1})`);
        expect('quiz-not-stuck', !step.stuck, `Next stayed disabled after answering ${JSON.stringify(step.questionId)}`);
      }
      session.quizDone ||= walk.results !== null;
      expect(
        'quiz-results',
        walk.results !== null && walk.steps.length > 0,
        `the quiz walk ended without results after ${walk.steps.length} steps`,
      );
      numbers.quizSteps += walk.steps.length;
    }
    numbers.documents++;
    numbers.records += Object.values(doc).reduce((n, v) => n + (Array.isArray(v) ? v.length : 0), 0);
    numbers.events += after.events.length;
  } catch (error) {
    if (!(error instanceof Known)) throw error;
  } finally {
    delete server.routes[src];
  }
}

/** Polls until no widget is loading (or `giveUp()`: an uncaught error already fails the case); those still loading after 10 s. */
async function settle(tab, giveUp) {
  for (let i = 0; i < 200 && !giveUp(); i++) {
    const left = await inPage(loading, TAGS, 'settle');
    if (!left.length) return [];
    await tab.waitForTimeout(50);
  }
  return inPage(loading, TAGS, 'settle');
}

/** A counterexample as JSON with long strings cut, for the failure message (the file has it whole). */
const brief = (value) =>
  JSON.stringify(value, (_, v) => (typeof v === 'string' && v.length > 80 ? `${v.slice(0, 40)}…(${v.length} chars)` : v)).slice(0, 6000);

test(`fuzz: ${RUNS} generated documents × page attributes on every widget and the CLI (seed ${SEED})`, async () => {
  await openSession();
  let failed = false;
  let shrinks = 0;
  const property = fc.asyncProperty(documentArb, PAGES, async (generated, attrs) => {
    // Shrinking runs the widgets once per candidate: past the budget, keep the smallest failure found so far.
    if (failed && ++shrinks > SHRINK_STEPS) return true;
    try {
      await check(generated, attrs);
    } catch (error) {
      failed = true;
      throw error;
    }
  });
  const out = await fc.check(property, { seed: SEED, numRuns: RUNS });
  if (out.failed) {
    const [generated, attrs] = out.counterexample;
    writeFileSync(
      join(ARTIFACTS, 'fuzz-counterexample.json'),
      JSON.stringify({ seed: out.seed, path: out.counterexamplePath, error: String(out.errorInstance), attrs, ...generated }, null, 2),
    );
    assert.fail(
      `${out.errorInstance?.message}\nseed ${out.seed}, path ${out.counterexamplePath}, after ${out.numRuns} runs and ${out.numShrinks} shrinks` +
        `\nreplay: FUZZ_SEED=${out.seed} npm run fuzz; the case is in test-results/e2e/fuzz-counterexample.json\n${brief(out.counterexample)}`,
    );
  }
  assert.equal(numbers.documents, RUNS, 'every generated document was checked');
});
