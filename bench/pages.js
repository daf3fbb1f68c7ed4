// The page the bench opens, and the helper it carries (`window.cgb`): long tasks as they
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

/** The page every scenario opens: the helper and the ES bundle, nothing else. */
export const benchPage = Buffer.from(
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Cluster Gateway bench</title><script>${HELPER}</script><script type="module" src="/cluster-gateway.js"></script></head><body></body></html>`,
);
