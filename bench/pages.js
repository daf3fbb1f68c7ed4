// The pages the bench opens, and the helper every one of them carries (`window.cgb`): long tasks as they
// happen, and "painted" timing — an event's timeStamp to the frame after the widget's update has been
// painted (requestAnimationFrame, then a MessageChannel task that runs after that frame's paint).

export const HELPER = `window.cgb = (() => {
  const longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const painted = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const c = new MessageChannel();
        c.port1.onmessage = () => resolve(performance.now());
        c.port2.postMessage(0);
      }),
    );
  const samples = [];
  const cgb = { longTasks, painted, samples, measuring: false };
  /** Times every \`type\` event on \`target\` (while measuring) to the frame painted after \`el\`'s update. */
  cgb.watch = (target, type, el) =>
    target.addEventListener(type, (event) => {
      if (!cgb.measuring) return;
      const start = event.timeStamp;
      Promise.resolve(el && el.updateComplete).then(painted).then((end) => samples.push({ ms: end - start, start, end }));
    });
  /** Durations of the long tasks that overlap [t0, t1]. */
  cgb.tasksIn = (t0, t1) => longTasks.filter(([s, d]) => s + d > t0 && s < t1).map(([, d]) => d);
  cgb.once = (el, type) => new Promise((resolve) => el.addEventListener(type, () => resolve(performance.now()), { once: true }));
  cgb.quiet = async () => {
    await painted();
    await new Promise((r) => setTimeout(r, 50));
  };
  return cgb;
})();`;

const html = (title, head, body = '') =>
  Buffer.from(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><script>${HELPER}</script>${head}</head><body>${body}</body></html>`,
  );

/** The interaction and data benches: the ES bundle, nothing else. */
export const benchPage = html('Cluster Gateway bench', '<script type="module" src="/cluster-gateway.js"></script>');

// The demo page's widgets, as demo/index.html places them, on the demo data.
const DEMO_WIDGETS = `<main>
<section><h2>How ready are you to go global?</h2><cg-readiness-quiz src="/data/gateway.json" quiz="sme-readiness" no-persist></cg-readiness-quiz></section>
<section><h2>Find partner clusters</h2><cg-partner-finder src="/data/gateway.json" home="dk-energy-cluster" follow-quiz></cg-partner-finder></section>
<section><h2>Funding</h2><cg-funding-list src="/data/gateway.json" follow-quiz></cg-funding-list></section>
<section><h2>Who opens doors</h2><cg-door-openers src="/data/gateway.json" market="JP" follow-quiz></cg-door-openers></section>
<section><h2>What clusters want</h2><cg-insights src="/data/gateway.json"></cg-insights></section>
</main>`;

export const TAGS = ['cg-readiness-quiz', 'cg-partner-finder', 'cg-funding-list', 'cg-door-openers', 'cg-insights'];

// Start: t0 just before the classic script; then, every frame, whether each widget shows its data (it fired
// cg-data-load and its shadow root has content and no loading view). `cgb.start` resolves with the time of
// the frame after the one in which all five first showed data.
const START_WATCH = `<script>
cgb.loaded = new Set();
cgb.failed = [];
document.addEventListener('cg-data-load', (e) => cgb.loaded.add(e.target), true);
document.addEventListener('cg-data-error', (e) => cgb.failed.push(e.target.localName + ': ' + e.detail.message), true);
cgb.start = new Promise((resolve) => {
  const tags = ${JSON.stringify(TAGS)};
  const showing = (el) => cgb.loaded.has(el) && el.shadowRoot && el.shadowRoot.childElementCount + (el.shadowRoot.firstElementChild ? el.shadowRoot.firstElementChild.childElementCount : 0) > 1 && !el.shadowRoot.querySelector('[part~="loading"]');
  const check = () => {
    const all = tags.map((t) => document.querySelector(t));
    if (cgb.failed.length) return resolve({ error: cgb.failed.join('; ') });
    if (all.every((el) => el && showing(el))) {
      const c = new MessageChannel();
      c.port1.onmessage = () => resolve({ t1: performance.now() });
      c.port2.postMessage(0);
    } else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
});
</script>`;

/** The demo-like page on the IIFE (classic script, cached with the data). */
export const startPage = html(
  'Cluster Gateway start',
  '',
  `${DEMO_WIDGETS}${START_WATCH}<script>cgb.t0 = performance.now();</script><script src="/cluster-gateway.iife.js"></script><script>cgb.t1 = performance.now();</script>`,
);

/**
 * The start baseline: the same cached data shown without the bundle — a classic script fetches and parses
 * it and lists every record's name (clusters, funding, organisations, quiz titles) in plain <ul>s.
 */
export const plainStartPage = html(
  'Plain start',
  '',
  `<main id="m"></main><script>
cgb.t0 = performance.now();
cgb.start = fetch('/data/gateway.json').then((r) => r.json()).then((doc) => {
  const name = (t) => (typeof t === 'string' ? t : t.en || Object.values(t)[0]);
  for (const key of ['quizzes', 'clusters', 'funding', 'organisations']) {
    const ul = document.createElement('ul');
    for (const r of doc[key]) ul.appendChild(document.createElement('li')).textContent = name(r.name || r.title);
    document.getElementById('m').append(ul);
  }
  return cgb.painted().then((t1) => ({ t1 }));
});
</script>`,
);

/** Definition cost: an empty page that will evaluate the bundle on demand. */
export const blankPage = html('Cluster Gateway define', '');
