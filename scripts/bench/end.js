// Evaluated immediately after the bundle under test, in the same task: marks the end of the bundle's evaluation,
// waits for every instance's first render (Lit renders in microtasks after the module graph has run), then times
// the browser's work on the frame that first shows them, and watches the page for a while before reporting.
performance.mark('bench:eval-end');

const meta = (name) => document.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? '';

/**
 * Waits for the next frame and times the main thread's work on it: from the requestAnimationFrame callback (the
 * frame's start) to a task queued from it, which runs once that frame's style, layout and paint are done. The
 * idle wait for the frame to begin is not in `work`, so the figure is not rounded up to the frame rate.
 */
const nextFrame = () =>
  new Promise((resolve) => {
    requestAnimationFrame(() => {
      const start = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const end = performance.now();
        resolve({ start, end, work: end - start });
      };
      channel.port2.postMessage(null);
    });
  });

async function measure() {
  const tags = meta('bench-tags').split(/\s+/).filter(Boolean);
  const settle = Number(meta('bench-settle-ms')) || 0;
  const elements = [...document.querySelectorAll(tags.join(','))];
  const undefinedTags = tags.filter((tag) => !customElements.get(tag));
  await Promise.all(elements.map((element) => element.updateComplete));
  const updated = performance.mark('bench:updated').startTime;
  const renderedCount = elements.filter((element) => (element.shadowRoot?.childElementCount ?? 0) > 0).length;

  const frame = await nextFrame(); // the frame that first shows the widgets
  performance.mark('bench:first-frame');
  const heights = elements.map((element) => element.getBoundingClientRect().height);
  await new Promise((resolve) => setTimeout(resolve, settle));
  await nextFrame();
  await nextFrame();

  const bench = window.__bench;
  for (const [observer, push] of bench.observers) observer.takeRecords().forEach(push);
  const mark = (name) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? NaN;
  const scripts = performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('.js'));
  const bundle = scripts.find((entry) => entry.name.includes('/bundles/'));
  bench.resolve({
    bundleReceived: bundle?.responseEnd ?? NaN,
    // Evaluation waits for every module of the graph (entry, start.js, bundle, end.js): the last one to arrive.
    modulesReceived: scripts.length ? Math.max(...scripts.map((entry) => entry.responseEnd)) : NaN,
    evalStart: mark('bench:eval-start'),
    evalEnd: mark('bench:eval-end'),
    updated,
    frameStart: frame.start,
    frameEnd: frame.end,
    frameWork: frame.work,
    end: performance.now(),
    domInteractive: performance.getEntriesByType('navigation')[0]?.domInteractive ?? NaN,
    instances: elements.length,
    renderedCount,
    zeroHeight: heights.filter((height) => height === 0).length,
    undefinedTags,
    longTasks: bench.longTasks,
    shifts: bench.shifts,
  });
}

measure().catch((error) => window.__bench.resolve({ error: String(error?.stack ?? error) }));
