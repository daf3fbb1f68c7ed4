// From the raw measurements to the figures (median, worst, ratio to the same-run baseline, long tasks, growth
// exponents), the issue-8 targets with pass/fail, and the terminal tables.
import { exponent, kB, round, summary, tasks, withBaseline } from './stats.js';

const KIB = 1024;
const FUNDING_STEPS = { kind: 4, keys: 5 };

export function summarise(raw, sizes) {
  const { sizes: s } = raw;
  const size = {
    unit: 'kB = 1,024 bytes (as the build budget counts)',
    iife: s.iife,
    es: s.es,
    shares: s.shares,
    widgets: s.widgets,
    compare: s.compare,
  };
  const start = {
    toAllWidgetsShowingData: {
      ...withBaseline(raw.start.ms, raw.start.baselineMs, 'plain page listing the same cached data in <ul>s'),
      longTasks: tasks(raw.start.longTasks),
    },
    scriptTagMs: summary(raw.start.scriptMs),
    defineCost: withBaseline(raw.define.ms, raw.define.baselineMs, 'JSON.parse of a JSON text as long as the bundle'),
  };
  const data = {};
  for (const section of ['clusters', 'funding']) {
    data[section] = {};
    for (const n of sizes) {
      const d = raw.data[`${section}-${n}`];
      data[section][n] = {
        bytes: raw.dataBytes[`${section}-${n}`],
        parseValidate: {
          ...withBaseline(d.parseValidate, d.parse, 'JSON.parse of the same text'),
          longTasks: tasks(d.parseValidateTasks),
        },
        loadValidate: {
          ...withBaseline(d.loadValidate, d.fetchParse, 'fetch + response.json() of the same file'),
          longTasks: tasks(d.loadTasks),
        },
      };
    }
  }
  const interactions = { finder: {}, funding: {}, quiz: null };
  for (const n of sizes) {
    const f = raw.finder[n];
    interactions.finder[n] = {
      firstRender: {
        ...summary([f.firstRender.ms]),
        longTasks: tasks(f.firstRender.tasks),
        cards: f.firstRender.cards,
      },
      ready: {
        ...summary([f.firstRender.ready.ms]),
        longTasks: tasks(f.firstRender.ready.tasks),
      },
      keystroke: {
        ...withBaseline(f.keystroke.ms, f.keystroke.baselineMs, 'plain <input> + substring filter + <ul> of 20 rows'),
        longTasks: tasks(f.keystroke.longTasks),
      },
      facetChange: {
        ...withBaseline(f.facet.ms, f.facet.baselineMs, 'plain <select> + field filter + <ul> of 20 rows'),
        longTasks: tasks(f.facet.longTasks),
      },
    };
    const g = raw.funding[n];
    const cut = (x) =>
      x.stopped
        ? {
            stopped: true,
            atLeastMs: x.atLeastMs ?? null,
            notReached: x.notReached ?? 0,
          }
        : {};
    interactions.funding[n] = {
      firstRender:
        g.firstRender.ms === null
          ? {
              n: 0,
              medianMs: null,
              worstMs: null,
              atLeastMs: g.firstRender.atLeastMs,
              stopped: true,
              longTasks: tasks([]),
              cards: null,
            }
          : {
              ...summary([g.firstRender.ms]),
              longTasks: tasks(g.firstRender.tasks),
              cards: g.firstRender.cards,
            },
      kindChange: {
        ...withBaseline(g.kind.ms, g.kind.baselineMs, 'plain <select> + field filter + <ul> of every match'),
        longTasks: tasks(g.kind.longTasks),
        ...cut(g.kind),
      },
      keystroke: {
        ...withBaseline(g.keystroke.ms, g.keystroke.baselineMs, 'plain <input> + substring filter + <ul> of every match'),
        longTasks: tasks(g.keystroke.longTasks),
        ...cut(g.keystroke),
      },
      stoppedAt: g.stopped,
    };
    if (g.stopped && !g.kind.ms.length && g.stopped !== 'Kind changes') interactions.funding[n].kindChange.notReached = FUNDING_STEPS.kind;
    if (g.stopped && !g.keystroke.ms.length && g.stopped !== 'typing') interactions.funding[n].keystroke.notReached = FUNDING_STEPS.keys;
  }
  interactions.quiz = {
    questions: raw.quiz.questions,
    step: {
      ...withBaseline(raw.quiz.ms, raw.quiz.baselineMs, 'plain button rewriting a <ul> to the next question’s options'),
      longTasks: tasks(raw.quiz.longTasks),
    },
  };
  const memory = {};
  for (const [n, m] of Object.entries(raw.memory)) {
    memory[n] = {
      finderHeapMB: round(m.finder / 2 ** 20),
      emptyPageHeapMB: round(m.afterRelease / 2 ** 20),
      finderOverEmptyMB: round(m.finderOverEmpty / 2 ** 20),
      parsedDocumentMB: round(m.parsedDocument / 2 ** 20),
      ratio: round(m.finderOverEmpty / m.parsedDocument, 2),
    };
  }
  const growth = {};
  if (sizes.includes(10_000) && sizes.includes(50_000)) {
    // A number; or, when the 50k step was stopped at the time budget, '≥ e' from the time it had taken.
    const g = (get) => {
      const [a, b] = [get(10_000), get(50_000)];
      const value = (x) => (typeof x === 'object' && x !== null ? x.medianMs : x);
      if (value(b) === null && typeof b === 'object' && b?.atLeastMs) return `≥ ${exponent(value(a), b.atLeastMs)}`;
      return exponent(value(a), value(b));
    };
    Object.assign(growth, {
      'finder keystroke': g((n) => interactions.finder[n].keystroke.medianMs),
      'finder facet change': g((n) => interactions.finder[n].facetChange.medianMs),
      'finder first render': g((n) => interactions.finder[n].firstRender.medianMs),
      'finder src → results': g((n) => interactions.finder[n].ready.medianMs),
      'funding kind change': g((n) => interactions.funding[n].kindChange),
      'funding keystroke': g((n) => interactions.funding[n].keystroke),
      'funding first render': g((n) => interactions.funding[n].firstRender),
      'clusters load + validate': g((n) => data.clusters[n].loadValidate.medianMs),
      'funding load + validate': g((n) => data.funding[n].loadValidate.medianMs),
      'clusters parse + validate': g((n) => data.clusters[n].parseValidate.medianMs),
      'funding parse + validate': g((n) => data.funding[n].parseValidate.medianMs),
      'finder heap': g((n) => memory[n]?.finderOverEmptyMB),
    });
  }
  return {
    size,
    start,
    data,
    interactions,
    memory,
    growth,
    targets: targets({ size, data, interactions, growth }),
  };
}

function targets({ size, data, interactions, growth }) {
  const t = [];
  const add = (target, value, pass, note = '') => t.push({ target, measured: value, pass, note });
  const gz = size.iife.gzip;
  add('whole suite ≤ 45 kB gzip (IIFE)', `${kB(gz)} kB (${gz} B)`, gz <= 45 * KIB);
  add('stretch: whole suite ≤ 30 kB gzip', `${kB(gz)} kB`, gz <= 30 * KIB);
  const f10 = interactions.finder[10_000];
  if (f10) {
    add(
      'finder keystroke ≤ 16 ms median at 10k',
      `${f10.keystroke.medianMs} ms (worst ${f10.keystroke.worstMs})`,
      f10.keystroke.medianMs <= 16,
    );
    add(
      'finder: zero long tasks while typing at 10k',
      `${f10.keystroke.longTasks.count} (longest ${f10.keystroke.longTasks.longestMs} ms)`,
      f10.keystroke.longTasks.count === 0,
    );
  }
  const c10 = data.clusters[10_000];
  if (c10)
    add(
      'load + validate 10k clusters ≤ 150 ms',
      `${c10.loadValidate.medianMs} ms median (worst ${c10.loadValidate.worstMs})`,
      c10.loadValidate.medianMs <= 150,
    );
  for (const [what, x] of [
    ['load + validate 50k clusters', data.clusters[50_000]?.loadValidate],
    ['finder at 50k from src to results', interactions.finder[50_000]?.ready],
  ])
    if (x) add(`${what}: no task > 200 ms`, `longest ${x.longTasks.longestMs} ms`, x.longTasks.longestMs <= 200);
  const q = interactions.quiz.step;
  add('quiz step ≤ 16 ms median', `${q.medianMs} ms (worst ${q.worstMs})`, q.medianMs <= 16);
  for (const [what, e] of Object.entries(growth)) {
    if (/keystroke|change/.test(what))
      add(`growth exponent ≤ 1: ${what}`, e ?? 'not measured (50k not reached)', typeof e === 'number' && e <= 1);
  }
  return t;
}

// ---- Tables ----

const table = (title, rows) => {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => String(row[i] ?? '').length)));
  const line = (row) =>
    row.map((cell, i) => (i ? String(cell ?? '').padStart(widths[i]) : String(cell ?? '').padEnd(widths[i]))).join('  ');
  console.log(`\n${title}`);
  console.log(line(rows[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows.slice(1)) console.log(line(row));
};

const cell = (x) => {
  if (!x) return '–';
  const cut = x.atLeastMs ? `; then one ≥ ${round(x.atLeastMs, 0)} stopped` : '';
  const rest = x.notReached ? `; ${x.notReached} not reached` : '';
  if (!x.n) return x.atLeastMs ? `≥ ${round(x.atLeastMs, 0)} (stopped)${rest}` : `not reached (time budget)`;
  return `${x.medianMs} / ${x.worstMs}${x.ratio === null || x.ratio === undefined ? '' : ` ×${x.ratio}`}${cut}${rest}`;
};
const lt = (x) => (x ? `${x.longTasks.count} / ${x.longTasks.longestMs}` : '–');

export function print(r) {
  const sizes = r.sizesMeasured;
  const m = r.machine;
  console.log(`\nCluster Gateway bench — ${r.date}; ${m.browser}; ${m.cpu}, ${m.memoryGB} GB; Node ${m.node}; ${r.durationS} s`);

  const z = r.size;
  const sz = (x) => [x.raw, kB(x.gzip), kB(x.brotli)];
  table('Size (kB = 1,024 B)', [
    ['file', 'bytes', 'gzip -9', 'brotli'],
    ['dist/cluster-gateway.iife.js', ...sz(z.iife)],
    ['dist/cluster-gateway.js', ...sz(z.es)],
    ...z.widgets.flatMap((w) => [
      [`dist/widgets/${w.widget}.js`, ...sz(w)],
      [`  + its shared chunks (${w.withChunks.files.length} files)`, ...sz(w.withChunks)],
    ]),
  ]);
  table('Share of the IIFE (source map)', [
    ['part', 'bytes', 'gzip', 'share of gzip %'],
    ...Object.entries(z.shares).map(([k, v]) => [
      k === 'other' ? 'unmapped (styles, decorator helper, wrapper)' : k,
      v.raw,
      kB(v.gzip),
      v.shareOfGzip,
    ]),
  ]);
  const cmp = (name, x) =>
    x.notMeasured ? [name, 'not measured', '', ''] : [name, kB(x.gzip), kB(x.brotli), `×${round(x.gzip / z.iife.gzip, 1)}`];
  table('What a site would otherwise load (gzip -9 of each file, summed)', [
    ['library', 'gzip', 'brotli', 'vs our IIFE'],
    ['Cluster Gateway (all five widgets)', kB(z.iife.gzip), kB(z.iife.brotli), '×1'],
    cmp('SurveyJS form library', z.compare.surveyjs),
    cmp('Shoelace (whole library)', z.compare.shoelace),
  ]);
  for (const [name, x] of [
    ['SurveyJS', z.compare.surveyjs],
    ['Shoelace', z.compare.shoelace],
  ])
    console.log(`  ${name}: ${x.notMeasured ? `not measured (${x.reason})` : x.what}`);

  const s = r.start;
  table('Start (ms: median / worst ×ratio to baseline; long tasks: count / longest ms)', [
    ['what', 'time', 'long tasks', 'baseline'],
    [
      'script start → all 5 widgets showing demo data (cached)',
      cell(s.toAllWidgetsShowingData),
      lt(s.toAllWidgetsShowingData),
      s.toAllWidgetsShowingData.baseline.what,
    ],
    ['bundle evaluation (define 5 elements)', cell(s.defineCost), '', s.defineCost.baseline.what],
  ]);

  const head = ['what', ...sizes.map((n) => n.toLocaleString('en')), 'growth 10k→50k'];
  const row = (name, get, growth) => [name, ...sizes.map((n) => get(n)), growth ?? ''];
  const d = r.data;
  const i = r.interactions;
  const g = r.growth;
  table('Data and interactions (ms: median / worst ×ratio to the same-run baseline)', [
    head,
    row('clusters file (MB)', (n) => round(d.clusters[n].bytes / 1e6)),
    row('clusters parse + validate', (n) => cell(d.clusters[n].parseValidate), g['clusters parse + validate']),
    row('clusters load + validate', (n) => cell(d.clusters[n].loadValidate), g['clusters load + validate']),
    row('  long tasks during load (count / longest)', (n) => lt(d.clusters[n].loadValidate)),
    row('funding file (MB)', (n) => round(d.funding[n].bytes / 1e6)),
    row('funding parse + validate', (n) => cell(d.funding[n].parseValidate), g['funding parse + validate']),
    row('funding load + validate', (n) => cell(d.funding[n].loadValidate), g['funding load + validate']),
    row('  long tasks during load', (n) => lt(d.funding[n].loadValidate)),
    row('finder src → results shown (one sample)', (n) => `${i.finder[n].ready.medianMs}`, g['finder src → results']),
    row('  long tasks (count / longest)', (n) => lt(i.finder[n].ready)),
    row('finder first render (one sample)', (n) => `${i.finder[n].firstRender.medianMs}`, g['finder first render']),
    row('finder keystroke → results', (n) => cell(i.finder[n].keystroke), g['finder keystroke']),
    row('  long tasks while typing', (n) => lt(i.finder[n].keystroke)),
    row('finder facet (Sector) change', (n) => cell(i.finder[n].facetChange), g['finder facet change']),
    row('  long tasks', (n) => lt(i.finder[n].facetChange)),
    row(
      'funding first render (one sample)',
      (n) =>
        i.funding[n].firstRender.stopped
          ? `≥ ${i.funding[n].firstRender.atLeastMs} (stopped)`
          : `${i.funding[n].firstRender.medianMs} (${i.funding[n].firstRender.cards} cards)`,
      g['funding first render'],
    ),
    row('funding Kind change (from the whole list)', (n) => cell(i.funding[n].kindChange), g['funding kind change']),
    row('  long tasks', (n) => lt(i.funding[n].kindChange)),
    row('funding keystroke → results (Kind set)', (n) => cell(i.funding[n].keystroke), g['funding keystroke']),
    row('  long tasks while typing', (n) => lt(i.funding[n].keystroke)),
  ]);
  table('Quiz (demo quiz)', [
    ['what', 'time', 'long tasks', 'samples'],
    ['answer → Next → next question painted', cell(i.quiz.step), lt(i.quiz.step), i.quiz.step.n],
  ]);
  const mem = Object.entries(r.memory);
  if (mem.length) {
    table('Memory: JS heap after GC, finder loaded and showing results (MB)', [
      ['clusters', 'heap', 'finder over empty page', 'parsed document alone', 'ratio'],
      ...mem.map(([n, x]) => [Number(n).toLocaleString('en'), x.finderHeapMB, x.finderOverEmptyMB, x.parsedDocumentMB, `×${x.ratio}`]),
    ]);
  }
  table('Targets (issue 8)', [['target', 'measured', 'result'], ...r.targets.map((t) => [t.target, t.measured, t.pass ? 'pass' : 'FAIL'])]);
}
