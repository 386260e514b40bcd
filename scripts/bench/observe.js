// Installed with page.addInitScript, so it runs before any of the page's own scripts: records every long task
// and every layout shift from navigation start until end.js hands the results over.
(() => {
  const bench = { longTasks: [], shifts: [], observers: [] };
  const record = {
    longtask: (entry) => bench.longTasks.push({ start: entry.startTime, duration: entry.duration }),
    'layout-shift': (entry) => bench.shifts.push({ start: entry.startTime, value: entry.value, hadRecentInput: entry.hadRecentInput }),
  };
  for (const [type, push] of Object.entries(record)) {
    const observer = new PerformanceObserver((list) => list.getEntries().forEach(push));
    observer.observe({ type, buffered: true });
    bench.observers.push([observer, push]);
  }
  bench.done = new Promise((resolve) => {
    bench.resolve = resolve;
  });
  window.__bench = bench;
})();
