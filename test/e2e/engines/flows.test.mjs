// The visitor flows, in the engine named by CAREPATH_ENGINE (`npm test` runs this file once per engine): all four
// widgets render; a full quiz with the keyboard alone moves the table, estimator and schedule of its group and
// nothing else; a crisis answer shows the crisis screen at once and moves nothing; the calendar download is a valid
// .ics file made in the page; every widget reflows into 320 px; and all four work under a strict CSP with Trusted
// Types. Nothing leaves the page in any of them.
// Every flow runs twice: on the pages as written (the widgets render in the browser), and on the same pages
// pre-rendered by the CLI (`carepath render`, with the CDN file and a self-hosted carepath.css), where each flow
// first checks that every widget hydrated in place — the same nodes, no warning — and then does the same things.
// CAREPATH_FLOW_VARIANTS=client-rendered (or pre-rendered) runs one of them.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';
import { ENGINE, deepActive, startEngine, tabTo } from './driver.mjs';

const PAGES = new URL('../pages/', import.meta.url);
const OUT = new URL('../../../coverage/ssr-pages/', import.meta.url); // generated pages (test output, never packed), served with the repository
const CLI = fileURLToPath(new URL('../../../bin/carepath.mjs', import.meta.url));

/** The markup of each one-widget page, as test/e2e/pages/engines-widget.js writes it. */
const WIDGET_MARKUP = {
  levels: '<carepath-levels cta-href="/contact" highlight="iop"></carepath-levels>',
  quiz: '<carepath-quiz></carepath-quiz>',
  cost: '<carepath-cost coverage="out-of-network" deductible="1500" coinsurance="20" weeks="52"></carepath-cost>',
  schedule: '<carepath-schedule level="php" days="mon tue wed thu fri sat sun" start="08:00" hours-per-day="12"></carepath-schedule>',
};

/**
 * A test page pre-rendered by the CLI, as a partner would: the CDN file (the version the CLI stamps), carepath.css
 * from the page's own origin, and two recorders — console warnings (a widget that cannot hydrate warns) and each
 * widget's pre-rendered node (to tell hydration in place from a re-render).
 */
function prerendered(name, html) {
  const source = html
    .replace('/src/index.ts', '/dist/cdn/carepath.js')
    .replace('<script src="/test/e2e/pages/record-page.js"></script>', '$&\n    <script src="/test/e2e/pages/record-violations.js"></script>')
    .replace('</body>', '  <script src="/test/e2e/pages/record-prerendered.js"></script>\n  </body>');
  const input = new URL(`${name}.source.html`, OUT);
  writeFileSync(input, source);
  execFileSync(process.execPath, [CLI, 'render', fileURLToPath(input), '-o', fileURLToPath(new URL(`${name}.html`, OUT)), '--stylesheet', '/dist/cdn/carepath.css'], { stdio: ['ignore', 'ignore', 'pipe'] });
  return `/coverage/ssr-pages/${name}.html`;
}

const VARIANTS = {
  'client-rendered': () => ({
    group: '/test/e2e/pages/engines-group.html',
    strict: '/test/e2e/pages/engines-strict.html',
    widget: (name) => `/test/e2e/pages/engines-widget.html?widget=${name}`,
  }),
  'pre-rendered': () => {
    mkdirSync(OUT, { recursive: true });
    const page = (file) => readFileSync(new URL(file, PAGES), 'utf8');
    const widgetPage = page('engines-widget.html').replace(/\s*<script type="module" src="\/test\/e2e\/pages\/engines-widget.js"><\/script>/, '\n    <script type="module" src="/dist/cdn/carepath.js"></script>');
    const widgets = Object.fromEntries(
      Object.entries(WIDGET_MARKUP).map(([name, markup]) => [name, prerendered(`flows-widget-${name}`, widgetPage.replace('<body></body>', `<body>\n    ${markup}\n  </body>`))]),
    );
    return {
      group: prerendered('flows-group', page('engines-group.html')),
      strict: prerendered('flows-strict', page('engines-strict.html')),
      widget: (name) => widgets[name],
    };
  },
};
const variantNames = (process.env.CAREPATH_FLOW_VARIANTS ?? Object.keys(VARIANTS).join(','))
  .split(',')
  .map((name) => name.trim())
  .filter(Boolean);
for (const name of variantNames) if (!(name in VARIANTS)) throw new Error(`CAREPATH_FLOW_VARIANTS names "${name}"; the variants are ${Object.keys(VARIANTS).join(', ')}.`);

let harness;
before(async () => {
  assert.ok(existsSync(new URL('../../../dist/cdn/carepath.js', import.meta.url)), 'npm test builds dist/cdn first');
  assert.ok(existsSync(new URL('../../../dist/ssr/index.js', import.meta.url)), 'npm test builds dist/ssr first');
  harness = await startEngine();
  console.log(`# ${ENGINE}: ${harness.browser}`);
});
after(async () => {
  await harness?.stop();
});

const TAGS = ['carepath-quiz', 'carepath-levels', 'carepath-cost', 'carepath-schedule'];

/** True once every widget on the page has rendered text into its shadow root. */
function allRendered(tags) {
  return tags.every((tag) => {
    const elements = [...document.querySelectorAll(tag)];
    return elements.length > 0 && elements.every((el) => (el.shadowRoot?.textContent?.trim().length ?? 0) > 0);
  });
}

/** What each widget of a group shows now, read from the page (reading is not interacting). */
function groupState(page, suffix) {
  return page.evaluate((s) => {
    const levels = document.getElementById(`l${s}`);
    const cost = document.getElementById(`c${s}`);
    const schedule = document.getElementById(`s${s}`);
    const highlighted = [...new Set([...(levels?.shadowRoot?.querySelectorAll('[part~="highlight"][data-level]') ?? [])].map((node) => node.dataset.level))];
    return {
      highlighted,
      costLevel: cost?.shadowRoot?.querySelector('#field-level')?.value ?? null,
      scheduleIntensity: schedule?.plan?.intensity ?? null,
    };
  }, suffix);
}

function quizScreen(page, id) {
  return page.evaluate((quizId) => {
    const root = document.getElementById(quizId)?.shadowRoot;
    return {
      key: root?.querySelector('fieldset[data-key]')?.getAttribute('data-key') ?? null,
      heading: root?.querySelector('h2[tabindex="-1"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      crisisPanel: Boolean(root?.querySelector('.crisis-panel')),
      hasResult: Boolean(document.getElementById(quizId)?.result),
    };
  }, id);
}

const inQuiz = (id) => (active) => active.host === `carepath-quiz#${id}`;

/** Answers the current question with the keyboard: Tab to the radios, Space, ArrowDown to the option, Tab to Continue, Enter. */
async function answer(page, id, index) {
  await tabTo(page, (a) => inQuiz(id)(a) && a.type === 'radio');
  await page.press('Space');
  for (let i = 0; i < index; i += 1) await page.press('ArrowDown');
  const chosen = await deepActive(page);
  assert.equal(chosen.checked, true, 'the option is checked');
  await tabTo(page, (a) => inQuiz(id)(a) && a.tag === 'button' && a.text === 'Continue');
  await page.press('Enter');
}

async function start(page, id) {
  await tabTo(page, (a) => inQuiz(id)(a) && a.tag === 'button' && a.text === 'Start');
  await page.press('Enter');
}

/**
 * On a pre-rendered page: waits until no widget waits for hydration, then checks that each one hydrated in place
 * (it kept its pre-rendered node, height and text; no duplicate DOM) and that nothing warned.
 */
async function assertHydrated(page) {
  await page.waitFor(() => !document.querySelector('[data-carepath-ssr]'), undefined, { what: 'every widget to hydrate' });
  const report = await page.evaluate(() =>
    (window.__prerendered ?? []).map((before) => ({
      tag: before.host.id || before.host.localName,
      sameNode: Boolean(before.root) && before.host.shadowRoot.querySelector('.root') === before.root,
      roots: before.host.shadowRoot.querySelectorAll('.root').length,
      sameText: before.text === before.host.shadowRoot.textContent,
      enabledControls: [...before.host.shadowRoot.querySelectorAll('button, input, select, textarea')].filter((control) => !control.disabled).length,
    })),
  );
  assert.ok(report.length > 0, 'the page was pre-rendered');
  for (const widget of report) {
    assert.ok(widget.sameNode, `${widget.tag} hydrated its pre-rendered DOM in place`);
    assert.equal(widget.roots, 1, `${widget.tag}: no duplicate DOM`);
    assert.ok(widget.sameText, `${widget.tag} shows the text it was pre-rendered with`);
    assert.ok(widget.enabledControls > 0, `${widget.tag}: its controls are live`);
  }
  assert.deepEqual(await page.evaluate(() => window.__warnings), [], 'no warning (a widget that cannot hydrate warns)');
}

async function assertClean(page) {
  const { errors, violations, offsite } = await page.problems();
  assert.deepEqual(errors, [], 'no page error');
  assert.deepEqual(violations, [], 'no CSP violation');
  assert.deepEqual(offsite, [], 'no request left the page');
}

for (const variant of variantNames) {
  describe(`visitor flows in ${ENGINE}, ${variant}`, () => {
    const prerender = variant === 'pre-rendered';
    let pages;
    before(() => {
      pages = VARIANTS[variant]();
    });

    async function openGroupPage() {
      const page = await harness.open(pages.group);
      await page.waitFor(allRendered, TAGS, { what: 'all eight widgets to render' });
      if (prerender) await assertHydrated(page);
      return page;
    }

    it('all four widgets render, in both groups, with their starting state', async () => {
      const page = await openGroupPage();
      try {
        const state = await page.evaluate(() => {
          const text = (id) => document.getElementById(id).shadowRoot.textContent.replace(/\s+/g, ' ');
          return {
            quizStart: [...document.getElementById('qa').shadowRoot.querySelectorAll('button')].some((b) => b.textContent.trim() === 'Start'),
            levels: [...new Set([...document.getElementById('la').shadowRoot.querySelectorAll('[data-level]')].map((n) => n.dataset.level))],
            estimate: Boolean(document.getElementById('ca').estimate),
            plan: document.getElementById('sa').plan?.intensity ?? null,
            scheduleText: /Monday|Mon/.test(text('sa')),
          };
        });
        assert.equal(state.quizStart, true, 'the quiz offers Start');
        assert.ok(state.levels.length >= 4, `the table shows the levels (${state.levels.join(', ')})`);
        assert.equal(state.estimate, true, 'the estimator computed an estimate');
        assert.equal(state.plan, 'iop', 'the schedule shows its default level');
        assert.equal(state.scheduleText, true, 'the schedule names the days');
        assert.deepEqual(await groupState(page, 'a'), await groupState(page, 'b'), 'both groups start alike');
        await assertClean(page);
      } finally {
        await page.close();
      }
    });

    it('a full quiz with the keyboard alone moves the table, estimator and schedule of its group only', async () => {
      const page = await openGroupPage();
      try {
        const before = await groupState(page, 'a');
        assert.deepEqual(before.highlighted, []);
        assert.equal(before.costLevel, 'iop');
        await start(page, 'qa');
        // Context: safety no, withdrawal none, medical stable, home supportive, functioning struggling, history none,
        // availability yes; then PHQ-9 "nearly every day" on items 1–8 and "not at all" on item 9: 24 → severe.
        const plan = { safety: 0, withdrawal: 0, medical: 0, home: 0, functioning: 1, history: 0, availability: 0 };
        const requestsBefore = harness.requests.length;
        for (let guard = 0; guard < 30; guard += 1) {
          const screen = await quizScreen(page, 'qa');
          if (!screen.key) break;
          await answer(page, 'qa', screen.key in plan ? plan[screen.key] : screen.key === 'phq-9/8' ? 0 : 3);
        }
        const result = await quizScreen(page, 'qa');
        assert.equal(result.crisisPanel, false);
        assert.match(result.heading, /Your results/);
        assert.equal(await page.evaluate(() => document.getElementById('qa').result?.level), 'php');
        assert.equal((await deepActive(page))?.tag, 'h2', 'focus moved to the result heading');
        const a = await groupState(page, 'a');
        assert.deepEqual(a.highlighted, ['php'], 'the table highlights the suggestion');
        assert.equal(a.costLevel, 'php', 'the estimator switched');
        assert.equal(a.scheduleIntensity, 'php', 'the schedule switched');
        assert.deepEqual(await groupState(page, 'b'), before, 'group B did not move');
        assert.deepEqual(harness.requests.slice(requestsBefore), [], 'answering sent nothing to the server');
        await assertClean(page);
      } finally {
        await page.close();
      }
    });

    it('a crisis answer shows the crisis screen at once, and moves nothing', async () => {
      const page = await openGroupPage();
      try {
        const before = await groupState(page, 'b');
        await start(page, 'qb');
        assert.equal((await quizScreen(page, 'qb')).key, 'safety');
        await answer(page, 'qb', 1); // "Yes"
        const crisis = await quizScreen(page, 'qb');
        assert.equal(crisis.crisisPanel, true);
        assert.match(crisis.heading, /Please talk to someone today/);
        const links = await page.evaluate(() =>
          [...document.getElementById('qb').shadowRoot.querySelectorAll('.crisis-panel a[href]')].map((link) => link.getAttribute('href')),
        );
        assert.ok(links.some((href) => /^tel:/.test(href)), `the crisis panel offers a call link (${links.join(' ')})`);
        assert.deepEqual(await groupState(page, 'b'), before, 'no widget of the group moved');
        assert.deepEqual((await groupState(page, 'a')).highlighted, [], 'nor did group A');
        await assertClean(page);
      } finally {
        await page.close();
      }
    });

    it('the calendar download is a valid .ics file, made in the page', async () => {
      const page = await openGroupPage();
      try {
        const requestsBefore = harness.requests.length;
        await page.evaluate(() => document.getElementById('sa').shadowRoot.querySelector('[part~="download"] button').focus());
        await page.press('Enter');
        const download = await page.waitFor(() => window.__carepathRecord.downloads.find((entry) => entry.text !== null), undefined, { what: 'the .ics download' });
        assert.match(download.download, /\.ics$/);
        assert.match(download.type, /^text\/calendar/);
        assert.equal(download.connected, true, 'the link was in the document when clicked (Firefox needs that)');
        assert.match(download.text, /^BEGIN:VCALENDAR\r\n/);
        assert.match(download.text, /\r\nEND:VCALENDAR\r\n?$/);
        assert.ok(download.text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75), 'lines are folded at 75 octets');
        const calendar = new ICAL.Component(ICAL.parse(download.text));
        const events = calendar.getAllSubcomponents('vevent');
        assert.ok(events.length > 0, 'the file holds events');
        for (const event of events) {
          assert.ok(event.getFirstPropertyValue('dtstart'), 'each event has a start');
          assert.ok(event.getFirstPropertyValue('summary'), 'each event has a summary');
        }
        assert.deepEqual(harness.requests.slice(requestsBefore), [], 'the file was made in the page, with no request');
        await assertClean(page);
      } finally {
        await page.close();
      }
    });

    for (const widget of ['levels', 'quiz', 'cost', 'schedule']) {
      it(`${widget} reflows into 320 px with no sideways scrolling`, async () => {
        const page = await harness.open('/test/e2e/pages/engines-frame.html');
        try {
          // Narrow widths in an iframe: MiniBrowser's window cannot be made narrower than about 450 px.
          await page.evaluate(({ name, src }) => {
            const frame = document.createElement('iframe');
            frame.id = 'frame';
            frame.title = name;
            // Tall enough to need no vertical scroll bar, which would take its width from the 320 px (Firefox draws classic ones).
            frame.style.cssText = 'width: 320px; height: 8000px; border: 0; display: block';
            frame.src = src;
            document.body.append(frame);
          }, { name: widget, src: pages.widget(widget) });
          await page.waitFor(
            (tag) => {
              const frame = document.getElementById('frame');
              const doc = frame?.contentDocument;
              const el = doc?.querySelector(tag);
              // A pre-rendered widget shows its text at once: wait for its hydration too.
              return Boolean(el?.shadowRoot?.textContent?.trim()) && frame.contentWindow.customElements.get(tag) !== undefined && !doc.querySelector('[data-carepath-ssr]');
            },
            `carepath-${widget}`,
            { what: `<carepath-${widget}> in the 320 px frame` },
          );
          const report = await page.evaluate(async (tag) => {
            const frame = document.getElementById('frame');
            const doc = frame.contentDocument;
            const win = frame.contentWindow;
            const el = doc.querySelector(tag);
            await el.updateComplete;
            await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
            const inScroller = (node) => {
              for (let p = node.parentElement ?? node.getRootNode().host; p; p = p.parentElement ?? (p.getRootNode() instanceof win.ShadowRoot ? p.getRootNode().host : null)) {
                if (p === el) return false;
                if (/(auto|scroll)/.test(win.getComputedStyle(p).overflowX)) return true;
              }
              return false;
            };
            const spills = [];
            const walk = (root) => {
              for (const node of root.querySelectorAll('*')) {
                const rect = node.getBoundingClientRect();
                if (rect.width > 1 && rect.height > 1 && rect.right > 320.5 && !inScroller(node)) {
                  spills.push(`${node.localName}.${String(node.className)} right=${Math.round(rect.right)}`);
                }
                if (node.shadowRoot) walk(node.shadowRoot);
              }
            };
            walk(el.shadowRoot);
            return { scrollWidth: doc.documentElement.scrollWidth, clientWidth: doc.documentElement.clientWidth, spills: spills.slice(0, 10), errors: win.__carepathRecord.errors, warnings: win.__warnings ?? [] };
          }, `carepath-${widget}`);
          assert.equal(report.clientWidth, 320, 'the frame is 320 px wide');
          assert.deepEqual(report.spills, [], 'nothing sticks out of 320 px');
          assert.ok(report.scrollWidth <= 320, `no sideways scrolling (scrollWidth ${report.scrollWidth})`);
          assert.deepEqual(report.errors, []);
          assert.deepEqual(report.warnings, [], 'no warning (a pre-rendered widget that cannot hydrate warns)');
        } finally {
          await page.close();
        }
      });
    }

    it('all four work under a strict CSP with Trusted Types, with no violation', async () => {
      const page = await harness.open(`${pages.strict}?csp=strict`);
      try {
        await page.waitFor(allRendered, TAGS, { what: 'all four widgets to render under the strict policy' });
        if (prerender) await assertHydrated(page);
        // Use each widget once, so rendering after the visitor's input runs under the policy too.
        await start(page, 'sq');
        await page.waitFor(() => Boolean(document.querySelector('carepath-quiz').shadowRoot.querySelector('fieldset[data-key]')), undefined, { what: 'the first question' });
        await page.evaluate(() => {
          // IOP, the schedule's own level: a level chosen in the table moves the group's schedule (a 24-hour level has
          // no tracks and no download).
          document.querySelector('carepath-levels').shadowRoot.querySelector('[data-level="iop"] [part~="select"]')?.click();
          const schedule = document.querySelector('carepath-schedule').shadowRoot;
          schedule.querySelector('input[type="radio"][value="evening"]')?.click();
          schedule.querySelector('[part~="download"] button')?.click();
        });
        const state = await page.evaluate(() => ({
          question: Boolean(document.querySelector('carepath-quiz').shadowRoot.querySelector('fieldset[data-key]')),
          trustedTypes: typeof window.trustedTypes?.createPolicy === 'function',
          downloads: window.__carepathRecord.downloads.length,
          estimate: Boolean(document.querySelector('carepath-cost').estimate),
        }));
        assert.equal(state.question, true, 'the quiz moved on to its first question');
        assert.equal(state.downloads, 1, 'the calendar download worked');
        assert.equal(state.estimate, true);
        console.log(`# ${ENGINE}: Trusted Types ${state.trustedTypes ? 'enforced' : 'not supported (the policy header is ignored)'}`);
        await assertClean(page);
      } finally {
        await page.close();
      }
    });
  });
}
