// Small statistics for the bench: every timing is summarised as median and worst of its samples, with a
// ratio to a baseline measured in the same run, and cost growth between two sizes as an exponent.

export const round = (x, digits = 1) => (Number.isFinite(x) ? Math.round(x * 10 ** digits) / 10 ** digits : null);

export const median = (values) => {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** `{ n, medianMs, worstMs, samplesMs }` of a list of milliseconds. */
export const summary = (samples) => ({
  n: samples.length,
  medianMs: round(median(samples)),
  worstMs: samples.length ? round(Math.max(...samples)) : null,
  samplesMs: samples.map((x) => round(x)),
});

/**
 * A timing with its baseline: `{ ...summary(samples), baseline: summary(base), ratio }`, the ratio being
 * median over baseline median (how many times the plain equivalent's cost, on the same machine, same run).
 */
export const withBaseline = (samples, base, what) => {
  const s = summary(samples);
  const b = summary(base);
  return {
    ...s,
    baseline: { what, ...b },
    ratio: s.medianMs && b.medianMs ? round(s.medianMs / b.medianMs, 2) : null,
  };
};

/** The cost-growth exponent between sizes a and b: log(tb/ta) / log(b/a); 1 = linear, 0 = flat. */
export const exponent = (ta, tb, a = 10_000, b = 50_000) => (ta > 0 && tb > 0 ? round(Math.log(tb / ta) / Math.log(b / a), 2) : null);

/** Long tasks (> 50 ms) as `{ count, longestMs, totalMs }`. */
export const tasks = (durations) => ({
  count: durations.length,
  longestMs: round(Math.max(0, ...durations)),
  totalMs: round(durations.reduce((a, b) => a + b, 0)),
});

export const kB = (bytes) => round(bytes / 1024, 1);
