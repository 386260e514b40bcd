// Loaded first (as a file: the page's CSP forbids inline script): sums layout shifts (Chromium's Layout
// Instability API) from the first paint on, so a test can read the page's cumulative layout shift.
window.__layoutShift = 0;
window.__layoutShifts = [];
if ('PerformanceObserver' in window && PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      window.__layoutShift += entry.value;
      window.__layoutShifts.push({ value: entry.value, sources: (entry.sources ?? []).map((source) => source.node?.nodeName ?? '?') });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}
