// Engine-neutral checks for pre-rendered pages (carepath/ssr), shared by the Chromium tests here and any other
// engine's harness: plain functions of the page's DOM, to run with `page.evaluate` (Playwright) or WebDriver's
// `execute/sync` (pass `FIRST_SCREEN_PROBE_SOURCE` as the script body). They need JavaScript only to *read* the
// page; with scripts disabled use the locator checks in ssr.test.mjs, or run the probe in a second, scripted
// context on the same markup before the carepath script loads.

/** What each widget's first screen must show (English), as text found inside its shadow root. */
export const FIRST_SCREEN_TEXT = {
  'carepath-quiz': ['988', 'Start'],
  'carepath-levels': ['Inpatient', 'Outpatient'],
  'carepath-cost': ['$'],
  'carepath-schedule': ['Monday'],
};

/**
 * Reads every carepath widget on the page: whether it has a shadow root, how tall its box is, its text, how many
 * `.root` boxes it holds (more than one means duplicate DOM), whether it is still awaiting hydration, and which
 * controls are disabled until then.
 */
export function firstScreenProbe() {
  return Array.from(document.querySelectorAll('carepath-quiz, carepath-levels, carepath-cost, carepath-schedule')).map((host) => {
    const root = host.shadowRoot;
    const controls = root ? Array.from(root.querySelectorAll('button, input, select, textarea')) : [];
    return {
      tag: host.localName,
      shadowRoot: Boolean(root),
      height: Math.round(host.getBoundingClientRect().height),
      text: root ? (root.textContent ?? '').replace(/\s+/g, ' ').trim() : '',
      roots: root ? root.querySelectorAll('.root').length : 0,
      pending: host.hasAttribute('data-carepath-ssr'),
      pendingControls: controls.filter((control) => control.hasAttribute('data-carepath-pending')).length,
      enabledControls: controls.filter((control) => !control.disabled).length,
      links: root ? Array.from(root.querySelectorAll('a[href]')).map((a) => a.getAttribute('href')) : [],
      styled: root ? getComputedStyle(root.querySelector('.root') ?? host).boxSizing === 'border-box' : false,
    };
  });
}

/** The probe as a script body for WebDriver (`return (…)()`). */
export const FIRST_SCREEN_PROBE_SOURCE = `return (${firstScreenProbe.toString()})();`;

/**
 * A pre-rendered page with its scripts taken out: what a visitor without JavaScript sees, in a browser that can
 * still run the probe (for engines driven over WebDriver, where scripts cannot be switched off per page).
 */
export function withoutScripts(html) {
  return html.replace(/<script\b(?![^>]*type="application\/json")[^>]*>[\s\S]*?<\/script>\s*/g, '');
}

/**
 * After hydration: for each widget recorded by record-prerendered.js, whether it kept the pre-rendered node (in
 * place, not re-rendered), its height and its text, and how many `.root` boxes it holds now.
 */
export function hydrationProbe() {
  return (window.__prerendered ?? []).map((before) => ({
    tag: before.host.localName,
    sameNode: Boolean(before.root) && before.host.shadowRoot.querySelector('.root') === before.root,
    roots: before.host.shadowRoot.querySelectorAll('.root').length,
    heightBefore: Math.round(before.height),
    heightAfter: Math.round(before.host.getBoundingClientRect().height),
    sameText: before.text === before.host.shadowRoot.textContent,
    lightChildren: Array.from(before.host.children).map((child) => child.localName),
    pending: before.host.hasAttribute('data-carepath-ssr'),
  }));
}

/** True once every carepath tag is defined and none still waits for hydration (runs in the page). */
export function allHydrated() {
  return ['carepath-quiz', 'carepath-levels', 'carepath-cost', 'carepath-schedule'].every((tag) => customElements.get(tag)) && !document.querySelector('[data-carepath-ssr]');
}
