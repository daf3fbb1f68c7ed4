// From the raw measurements to the figures (median, worst, ratio to the same-run baseline, long tasks, growth
// exponents), the targets with pass/fail, and the terminal tables.
import { exponent, kB, round, summary, tasks, withBaseline } from './stats.js';

const MB = 2 ** 20;

/** A timing with its baseline and its long tasks. */
const timing = (x, what) => ({ ...withBaseline(x.ms, x.baselineMs, what), longTasks: tasks(x.longTasks) });

export function summarise(raw, sizes) {
  const { sizes: size } = raw;
  const data = { clusters: {}, funding: {} };
  const finder = {};
  const funding = {};
  for (const n of sizes) {
    for (const section of ['clusters', 'funding']) {
      data[section][n] = {
        bytes: raw.dataBytes[`${section}-${n}`],
        loadValidate: timing(raw.data[`${section}-${n}`], 'fetch + response.json() of the same file'),
      };
    }
    const f = raw.finder[n];
    finder[n] = {
      ready: { ...summary([f.ready.ms]), longTasks: tasks(f.ready.longTasks) },
      keystroke: timing(f.keystroke, 'plain <input> + substring filter + <ul> of 20 rows'),
      facetChange: timing(f.facet, 'plain <select> + field filter + <ul> of 20 rows'),
    };
    funding[n] = {
      kindChange: timing(raw.funding[n].kind, 'plain <select> + field filter + <ul> of 20 rows'),
      keystroke: timing(raw.funding[n].keystroke, 'plain <input> + substring filter + <ul> of 20 rows'),
    };
  }
  const quiz = {
    questions: raw.quiz.questions,
    step: timing(raw.quiz, 'plain button rewriting a <ul> to the next question’s options'),
  };
  const memory = {};
  for (const [n, m] of Object.entries(raw.memory)) {
    memory[n] = {
      finderOverEmptyMB: round(m.finderOverEmpty / MB),
      parsedDocumentMB: round(m.parsedDocument / MB),
      ratio: round(m.finderOverEmpty / m.parsedDocument, 2),
    };
  }
  // Cost growth 10k → 50k of the interactions (the targets: ≤ 1, no worse than linear).
  const growth = {};
  if (sizes.includes(10_000) && sizes.includes(50_000)) {
    const g = (get) => exponent(get(10_000).medianMs, get(50_000).medianMs);
    Object.assign(growth, {
      'finder keystroke': g((n) => finder[n].keystroke),
      'finder facet change': g((n) => finder[n].facetChange),
      'funding kind change': g((n) => funding[n].kindChange),
      'funding keystroke': g((n) => funding[n].keystroke),
    });
  }
  const results = { size, data, interactions: { finder, funding, quiz }, memory, growth };
  return { ...results, targets: targets(results) };
}

function targets({ size, data, interactions, growth }) {
  const t = [];
  const add = (target, measured, pass) => t.push({ target, measured, pass });
  const gz = size.iife.gzip;
  add('whole suite ≤ 45 kB gzip (IIFE)', `${kB(gz)} kB (${gz} B)`, gz <= 45 * 1024);
  const f10 = interactions.finder[10_000]?.keystroke;
  if (f10) {
    add('finder keystroke ≤ 16 ms median at 10k', `${f10.medianMs} ms (worst ${f10.worstMs})`, f10.medianMs <= 16);
    add(
      'finder: zero long tasks while typing at 10k',
      `${f10.longTasks.count} (longest ${f10.longTasks.longestMs} ms)`,
      f10.longTasks.count === 0,
    );
  }
  const c10 = data.clusters[10_000]?.loadValidate;
  if (c10) add('load + validate 10k clusters ≤ 150 ms', `${c10.medianMs} ms median (worst ${c10.worstMs})`, c10.medianMs <= 150);
  for (const [what, x] of [
    ['load + validate 50k clusters', data.clusters[50_000]?.loadValidate],
    ['finder at 50k from src to results', interactions.finder[50_000]?.ready],
  ])
    if (x) add(`${what}: no task > 200 ms`, `longest ${x.longTasks.longestMs} ms`, x.longTasks.longestMs <= 200);
  const q = interactions.quiz.step;
  add('quiz step ≤ 16 ms median', `${q.medianMs} ms (worst ${q.worstMs})`, q.medianMs <= 16);
  for (const [what, e] of Object.entries(growth)) add(`growth exponent ≤ 1: ${what}`, e, e !== null && e <= 1);
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

/** median / worst ×ratio */
const cell = (x) => `${x.medianMs} / ${x.worstMs}${x.ratio === null || x.ratio === undefined ? '' : ` ×${x.ratio}`}`;
/** long tasks: count / longest ms */
const lt = (x) => `${x.longTasks.count} / ${x.longTasks.longestMs}`;

export function print(r) {
  const m = r.machine;
  console.log(`\nCluster Gateway bench — ${r.date}; ${m.browser}; ${m.cpu}, ${m.memoryGB} GB; Node ${m.node}; ${r.durationS} s`);

  const z = r.size;
  const ref = z.reference;
  const versions = (x) => Object.entries(x.versions).map(([name, v]) => `${name}@${v}`);
  table('Size (gzip -9, kB = 1,024 B)', [
    ['what', 'gzip', 'vs our IIFE'],
    ['dist/cluster-gateway.iife.js (all five widgets)', kB(z.iife.gzip), '×1'],
    ['dist/cluster-gateway.js', kB(z.es.gzip), ''],
    ...Object.entries(z.shares).map(([k, v]) => [
      `  of the IIFE: ${k === 'other' ? 'unmapped (wrapper, helpers)' : k} (${v.shareOfGzip} %)`,
      kB(v.gzip),
      '',
    ]),
    [`SurveyJS form library (${versions(ref.surveyjs).join(', ')})`, kB(ref.surveyjs.gzip), `×${round(ref.surveyjs.gzip / z.iife.gzip)}`],
    [`Shoelace, whole library (${versions(ref.shoelace).join(', ')})`, kB(ref.shoelace.gzip), `×${round(ref.shoelace.gzip / z.iife.gzip)}`],
  ]);
  console.log(`  SurveyJS and Shoelace as measured on ${ref.measured} (bench/reference-sizes.json; BENCH_REMEASURE=1 to redo)`);

  const sizes = r.sizesMeasured;
  const growth = sizes.includes(10_000) && sizes.includes(50_000);
  const row = (name, get, g) => [name, ...sizes.map((n) => get(n)), ...(growth ? [g ?? ''] : [])];
  const d = r.data;
  const { finder, funding, quiz } = r.interactions;
  table('Data and interactions (ms: median / worst ×ratio to the same-run baseline; long tasks: count / longest ms)', [
    ['what', ...sizes.map((n) => n.toLocaleString('en')), ...(growth ? ['growth 10k→50k'] : [])],
    row('clusters file (MB)', (n) => round(d.clusters[n].bytes / 1e6)),
    row('clusters load + validate', (n) => cell(d.clusters[n].loadValidate)),
    row('  long tasks', (n) => lt(d.clusters[n].loadValidate)),
    row('funding file (MB)', (n) => round(d.funding[n].bytes / 1e6)),
    row('funding load + validate', (n) => cell(d.funding[n].loadValidate)),
    row('  long tasks', (n) => lt(d.funding[n].loadValidate)),
    row('finder src → results shown (one sample)', (n) => finder[n].ready.medianMs),
    row('  long tasks', (n) => lt(finder[n].ready)),
    row('finder keystroke → results', (n) => cell(finder[n].keystroke), r.growth['finder keystroke']),
    row('  long tasks', (n) => lt(finder[n].keystroke)),
    row('finder Sector change', (n) => cell(finder[n].facetChange), r.growth['finder facet change']),
    row('funding Kind change', (n) => cell(funding[n].kindChange), r.growth['funding kind change']),
    row('funding keystroke → results (Kind set)', (n) => cell(funding[n].keystroke), r.growth['funding keystroke']),
    row('  long tasks', (n) => lt(funding[n].keystroke)),
  ]);
  console.log(`\nQuiz (demo quiz), answer → Next → next question painted: ${cell(quiz.step)} ms; long tasks ${lt(quiz.step)}`);
  const mem = Object.entries(r.memory);
  if (mem.length) {
    table('Memory: JS heap after GC over the page with the bundle alone (MB)', [
      ['clusters', 'finder showing results', 'parsed document alone', 'ratio'],
      ...mem.map(([n, x]) => [Number(n).toLocaleString('en'), x.finderOverEmptyMB, x.parsedDocumentMB, `×${x.ratio}`]),
    ]);
  }
  table('Targets', [['target', 'measured', 'result'], ...r.targets.map((t) => [t.target, t.measured, t.pass ? 'pass' : 'FAIL'])]);
}
