// Privacy, proven at the browser's level ("Hardening"): a complete quiz and a complete cost estimate on a
// page with all four widgets send no request, set no cookie and write no storage; `persist="session"` writes only
// its one documented key, never the safety answer or PHQ-9 item 9, and removes it on completion; events and
// `window.dataLayer` carry exactly the fields docs/reference/events.md allows.
//
// What records what: a CDP session (`Network.requestWillBeSent`, `Network.webSocketCreated`) and playwright's
// `context.on('request')` see every request the page makes, beacons, prefetches and images included; an init script
// that runs before any page script wraps `Storage.prototype` and the `document.cookie` setter and listens for every
// carepath event. A control case proves each recorder catches what it is meant to catch.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startHarness } from './harness.mjs';

let harness;
before(async () => {
  harness = await startHarness();
});
after(async () => {
  await harness?.stop();
});

/** The documented sessionStorage key of `persist="session"` (README "Privacy"; `QUIZ_STORAGE_PREFIX` in quiz.ts). */
const STORAGE_PREFIX = 'carepath.quiz.v1:';
/** Answer keys that must never be stored: the direct safety question and PHQ-9 item 9 (0-based index 8). */
const NEVER_STORED = ['safety', 'phq-9/8'];

/** docs/reference/events.md: the exact keys of each event's `detail`. */
const DETAIL_KEYS = {
  'carepath-config-error': ['issues'],
  'carepath-quiz-start': [],
  'carepath-quiz-step': ['index', 'total'],
  'carepath-quiz-complete': ['answeringFor', 'crisis', 'instruments', 'level'],
  'carepath-cta': ['href', 'kind'],
  'carepath-level-select': ['level'],
  'carepath-estimate': ['estimate', 'input'],
  'carepath-track-change': ['track'],
  'carepath-calendar-download': ['level', 'track'],
};
/** `quiz-complete`'s `instruments[]` entries, and `estimate`'s `estimate` (the core's `CostEstimate`). */
const INSTRUMENT_KEYS = ['band', 'id', 'positive', 'total'];
const ESTIMATE_KEYS = ['balanceBill', 'byWeek', 'coinsurancePaid', 'copayPaid', 'days', 'deductiblePaid', 'outOfPocketMaxReached', 'patientCost', 'planCost'];
const WEEK_KEYS = ['patient', 'plan', 'week'];

/**
 * Runs in every frame before any page script. Records storage calls, cookie writes, IndexedDB and Cache Storage
 * opens, and every carepath event (own keys of the event object and of its detail, and the detail itself).
 */
function instrument(eventTypes) {
  const log = { storage: [], cookies: [], opens: [], events: [] };
  Object.defineProperty(window, '__privacy', { value: log, enumerable: false });
  const area = (storage) => {
    try {
      if (storage === window.sessionStorage) return 'session';
      if (storage === window.localStorage) return 'local';
    } catch {
      // storage blocked: fall through
    }
    return 'unknown';
  };
  for (const method of ['setItem', 'removeItem', 'clear']) {
    const original = Storage.prototype[method];
    Storage.prototype[method] = function (...args) {
      log.storage.push({ area: area(this), method, key: args[0] ?? null, value: args[1] ?? null });
      return original.apply(this, args);
    };
  }
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    get() {
      return cookie.get.call(this);
    },
    set(value) {
      log.cookies.push(String(value));
      cookie.set.call(this, value);
    },
  });
  const idbOpen = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (...args) {
    log.opens.push(`indexedDB ${args[0]}`);
    return idbOpen.apply(this, args);
  };
  if (typeof CacheStorage !== 'undefined') {
    const cacheOpen = CacheStorage.prototype.open;
    CacheStorage.prototype.open = function (...args) {
      log.opens.push(`caches ${args[0]}`);
      return cacheOpen.apply(this, args);
    };
  }
  const keysOf = (value) => (value && typeof value === 'object' ? Reflect.ownKeys(value).map(String).sort() : null);
  for (const type of eventTypes) {
    document.addEventListener(type, (event) => {
      log.events.push({
        type,
        bubbles: event.bubbles,
        composed: event.composed,
        // `isTrusted` is every Event's own (unforgeable) property; anything else beside `detail` would be ours.
        eventKeys: keysOf(event).filter((key) => key !== 'isTrusted'),
        detailKeys: keysOf(event.detail),
        detail: JSON.parse(JSON.stringify(event.detail ?? null)),
        widget: event.composedPath()[0]?.tagName?.toLowerCase() ?? null,
      });
    });
  }
}

/**
 * A page with everything recorded. Requests are counted from the moment the page finished loading (`networkidle`);
 * `data:` and `blob:` URLs are in-memory and never reach a network, so they are kept apart (Chromium's own styles
 * for `<input type="time">` load a `data:` icon).
 */
async function openRecorded(name) {
  const context = await harness.browser.newContext({ viewport: { width: 1200, height: 900 } });
  await context.addInitScript(instrument, Object.keys(DETAIL_KEYS));
  const page = await context.newPage();
  // Serve the page as a partner would: without the dev server's own client script (and its websocket).
  await page.route(`**/test/e2e/pages/${name}`, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/<script type="module" src="\/@vite\/client"><\/script>/, '');
    await route.fulfill({ response, body });
  });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const network = { loaded: false, duringLoad: [], cdp: [], playwright: [], inMemory: [] };
  const local = (url) => url.startsWith('data:') || url.startsWith('blob:');
  const record = (source, url, type) => {
    if (!network.loaded) {
      network.duringLoad.push(url);
      return;
    }
    if (local(url)) network.inMemory.push(`${type} ${url.slice(0, 40)}…`);
    else network[source].push(`${type} ${url}`);
  };
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  cdp.on('Network.requestWillBeSent', (event) => record('cdp', event.request.url, event.type ?? 'Other'));
  cdp.on('Network.webSocketCreated', (event) => record('cdp', event.url, 'WebSocket'));
  context.on('request', (request) => record('playwright', request.url(), request.resourceType()));
  await page.goto(`${harness.origin}/test/e2e/pages/${name}`, { waitUntil: 'networkidle' });
  await page.waitForFunction(() =>
    ['carepath-quiz', 'carepath-levels', 'carepath-cost', 'carepath-schedule'].every((tag) => (document.querySelector(tag)?.shadowRoot?.textContent?.trim().length ?? 0) > 0),
  );
  network.loaded = true;
  const offsite = network.duringLoad.filter((url) => !url.startsWith(harness.origin) && !local(url));
  assert.deepEqual(offsite, [], 'nothing left the page while it loaded');
  return { context, page, cdp, errors, network, close: () => context.close() };
}

/** What the page recorded, plus the storage and cookies as they are now. */
function pageRecord(page) {
  return page.evaluate(() => ({
    ...window.__privacy,
    localLength: localStorage.length,
    sessionLength: sessionStorage.length,
    sessionEntries: Object.fromEntries(Object.entries(sessionStorage)),
    documentCookie: document.cookie,
    dataLayer: window.dataLayer ?? null,
  }));
}

/** The same zero-traffic checks for every flow: no request, no cookie, nothing else opened. */
async function assertNoTraffic({ context, page, network }) {
  await page.waitForTimeout(300); // let a late beacon or image show up before looking
  assert.deepEqual(network.cdp, [], 'no request after load (CDP)');
  assert.deepEqual(network.playwright, [], 'no request after load (playwright)');
  assert.deepEqual(await context.cookies(), [], 'no cookie in the browser context');
  const record = await pageRecord(page);
  assert.equal(record.documentCookie, '', 'document.cookie is empty');
  assert.deepEqual(record.cookies, [], 'nothing wrote document.cookie');
  assert.deepEqual(record.opens, [], 'no IndexedDB or Cache Storage opened');
  assert.equal(record.localLength, 0, 'localStorage is empty');
  return record;
}

// ——— Driving the quiz (clicks through the shadow root: the keyboard path is together.test.mjs's job) ———

function quizScreen(page) {
  return page.evaluate(() => {
    const quiz = document.getElementById('quiz');
    const root = quiz.shadowRoot;
    return {
      key: root.querySelector('fieldset[data-key]')?.getAttribute('data-key') ?? null,
      crisisPanel: Boolean(root.querySelector('.crisis-panel')),
      result: quiz.result,
    };
  });
}

function pressButton(page, text) {
  return page.locator('#quiz').locator('button', { hasText: new RegExp(`^\\s*${text}\\s*$`) }).click();
}

async function answer(page, key, index) {
  const question = page.locator('#quiz').locator(`fieldset[data-key="${key}"]`);
  await question.locator('input[type="radio"]').nth(index).check();
  await page.locator('#quiz').locator('button[part="continue"]').click();
  await question.waitFor({ state: 'detached' });
}

/**
 * Start, then answer every question `choose(key)` picks (continuing past crisis screens), until the result shows.
 * Returns the keys answered, in order, and how many crisis screens were passed.
 */
async function completeQuiz(page, choose, onAnswered = async () => {}) {
  await pressButton(page, 'Start');
  const answered = [];
  let crisisScreens = 0;
  for (let guard = 0; guard < 40; guard += 1) {
    const screen = await quizScreen(page);
    if (screen.result) return { answered, crisisScreens, result: screen.result };
    if (screen.key) {
      await answer(page, screen.key, choose(screen.key));
      answered.push(screen.key);
      await onAnswered(screen.key);
      continue;
    }
    assert.equal(screen.crisisPanel, true, 'the only screen without a question before the result is the crisis screen');
    crisisScreens += 1;
    await pressButton(page, 'Continue the questions');
  }
  throw new Error(`the quiz never reached its result; answered ${answered.join(', ')}`);
}

/** Types into one of the estimator's number fields and commits it as a visitor does: Tab away. */
async function typeInCost(page, field, text) {
  const input = page.locator('#cost').locator(`input[data-field="${field}"]`);
  // The plan's numbers are folded under "More plan details".
  await input.evaluate((element) => element.closest('details')?.setAttribute('open', ''));
  await input.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

/** Every recorded event has the exact `detail` keys the docs allow, and its dataLayer twin holds three fields. */
function assertEventShapes(events, dataLayer, group) {
  for (const event of events) {
    const where = `${event.type} ${JSON.stringify(event.detail)}`;
    assert.equal(event.bubbles && event.composed, true, `${event.type} bubbles and is composed`);
    assert.deepEqual(event.eventKeys, ['detail'], `${event.type} carries nothing beside detail`);
    assert.deepEqual(event.detailKeys, DETAIL_KEYS[event.type], where);
    if (event.type === 'carepath-quiz-complete') {
      assert.ok(event.detail.instruments.length > 0, where);
      for (const entry of event.detail.instruments) assert.deepEqual(Object.keys(entry).sort(), INSTRUMENT_KEYS, where);
    }
    if (event.type === 'carepath-estimate') {
      assert.equal(typeof event.detail.input, 'string', where);
      assert.deepEqual(Object.keys(event.detail.estimate).sort(), ESTIMATE_KEYS, where);
      for (const week of event.detail.estimate.byWeek) assert.deepEqual(Object.keys(week).sort(), WEEK_KEYS, where);
    }
  }
  if (dataLayer === undefined) return;
  const widgetOf = (tag) => tag.replace(/^carepath-/, '');
  assert.deepEqual(
    dataLayer,
    // Never a quiz step: the number of steps grows when a short screen is positive, so counting them would leak it.
    events
      .filter((event) => event.type !== 'carepath-quiz-step')
      .map((event) => ({ event: event.type.replace(/^carepath-/, 'carepath_').replace(/-/g, '_'), widget: widgetOf(event.widget), group })),
    'one dataLayer entry per event but quiz steps, in order, each exactly { event, widget, group }',
  );
  for (const entry of dataLayer) assert.deepEqual(Object.keys(entry).sort(), ['event', 'group', 'widget']);
}

describe('privacy: nothing leaves the page, nothing is kept', () => {
  it('the recorders catch a beacon, a fetch, an image, a prefetch, a cookie and storage writes (control)', async () => {
    const recorded = await openRecorded('privacy.html');
    try {
      await recorded.page.evaluate(async (origin) => {
        navigator.sendBeacon(`${origin}/__probe/beacon`, 'x');
        await fetch(`${origin}/__probe/fetch`).catch(() => {});
        const image = new Image();
        image.src = `${origin}/__probe/image.png`;
        const link = Object.assign(document.createElement('link'), { rel: 'prefetch', href: `${origin}/__probe/prefetch` });
        document.head.append(link);
        document.cookie = 'probe=1';
        localStorage.setItem('probe', '1');
        sessionStorage.probe = '1'; // a property write bypasses setItem: only the length check sees it
      }, harness.origin);
      await recorded.page.waitForTimeout(500);
      const seen = recorded.network.cdp.join('\n');
      for (const probe of ['beacon', 'fetch', 'image.png', 'prefetch']) assert.match(seen, new RegExp(`/__probe/${probe}`), `CDP saw the ${probe}`);
      assert.ok(recorded.network.playwright.length >= 3, recorded.network.playwright.join('\n'));
      assert.equal((await recorded.context.cookies()).length, 1);
      const record = await pageRecord(recorded.page);
      assert.deepEqual(record.cookies, ['probe=1']);
      assert.deepEqual(record.storage, [{ area: 'local', method: 'setItem', key: 'probe', value: '1' }]);
      assert.equal(record.localLength, 1);
      assert.equal(record.sessionLength, 1);
    } finally {
      await recorded.close();
    }
  });

  it('a complete quiz and a complete estimate (all four widgets, data layer on) send nothing, set no cookie, write no storage', async () => {
    const recorded = await openRecorded('privacy.html');
    const { page } = recorded;
    try {
      // Quiz: context answers, then PHQ-2, GAD-2, AUDIT-C and CAGE-AID, every question answered, to the result.
      const plan = { safety: 0, withdrawal: 0, medical: 0, home: 1, functioning: 1, history: 0, availability: 0 };
      const quiz = await completeQuiz(page, (key) => (key in plan ? plan[key] : 1));
      assert.ok(quiz.answered.length >= 18, `every question answered: ${quiz.answered.join(' ')}`);
      assert.equal(quiz.result.crisis, false);
      // Both calls to action (fragment links on this page).
      await page.locator('#quiz').locator('[part="cta"]').click();
      await page.locator('#quiz').locator('[part="secondary-cta"]').click();

      // Estimator: level, coverage, plan design and number inputs, each committed as a visitor does.
      const cost = page.locator('#cost');
      await cost.locator('#field-level').selectOption('php');
      await typeInCost(page, 'daily-rate', '450');
      await typeInCost(page, 'days-per-week', '4');
      await typeInCost(page, 'weeks', '8');
      await cost.locator('input[name="coverage"][value="in-network"]').check();
      await typeInCost(page, 'deductible', '1500');
      await typeInCost(page, 'coinsurance', '20');
      await typeInCost(page, 'oop-max', '4000');
      await cost.locator('input[name="design"][value="copay"]').check();
      await typeInCost(page, 'copay', '40');
      const estimate = await page.evaluate(() => document.getElementById('cost').estimate);
      assert.equal(estimate.days, 32, 'the estimator took the new inputs');

      // The table and the schedule too, so every event type shows up at least once.
      // IOP: a level chosen in the table moves the group's schedule, and IOP is a level with evening tracks.
      await page.locator('#levels').locator('[data-level="iop"] button[part="select"]:visible').first().click();
      await page.locator('#levels').locator('a[part="cta"]').first().click();
      await page.locator('#schedule').locator('input[name="track"][value="evening"]').check();
      const download = page.waitForEvent('download');
      await page.locator('#schedule').locator('[part="download"] button').click();
      await download;

      const record = await assertNoTraffic(recorded);
      assert.deepEqual(record.storage, [], 'no Storage.setItem / removeItem / clear call');
      assert.equal(record.sessionLength, 0, 'sessionStorage is empty');

      const types = new Set(record.events.map((event) => event.type));
      for (const type of Object.keys(DETAIL_KEYS).filter((t) => t !== 'carepath-config-error')) assert.ok(types.has(type), `${type} was fired`);
      assert.equal(types.has('carepath-config-error'), false, 'a valid page has no configuration error');
      const committed = record.events.filter((event) => event.type === 'carepath-estimate').map((event) => event.detail.input);
      // In-network without a coinsurance yet, and copay before the copay is typed, are gaps: they fire nothing.
      assert.deepEqual(committed, ['level', 'daily-rate', 'days-per-week', 'weeks', 'coinsurance', 'oop-max', 'copay'], 'each committed input with an estimate fired');
      assertEventShapes(record.events, record.dataLayer, 'p');
      assert.deepEqual(recorded.errors, []);
    } finally {
      await recorded.close();
    }
  });

  for (const variant of [
    { name: 'safety "No", PHQ-9 item 9 "Not at all"', safety: 0, item9: 0, crisisScreens: 0 },
    { name: 'safety "Yes", PHQ-9 item 9 "More than half the days"', safety: 1, item9: 2, crisisScreens: 2 },
  ]) {
    it(`persist="session" keeps only its one key, never the safety answer or PHQ-9 item 9, and clears it on completion (${variant.name})`, async () => {
      const recorded = await openRecorded('privacy-session.html');
      const { page } = recorded;
      try {
        const key = `${STORAGE_PREFIX}intake`;
        const midway = [];
        // PHQ-2 "Nearly every day" twice is positive, so the PHQ-9's remaining items follow, item 9 among them.
        const choose = (k) => (k === 'safety' ? variant.safety : k === 'phq-9/8' ? variant.item9 : k.startsWith('phq-') ? 3 : 0);
        const quiz = await completeQuiz(page, choose, async (answered) => {
          if (answered === 'phq-9/8') midway.push(await page.evaluate((k) => sessionStorage.getItem(k), key));
        });
        assert.ok(quiz.answered.includes('phq-9/8'), `PHQ-9 item 9 was asked: ${quiz.answered.join(' ')}`);
        assert.equal(quiz.crisisScreens, variant.crisisScreens);

        const record = await assertNoTraffic(recorded);
        assert.ok(record.storage.length > 0, 'the quiz did write its session copy');
        for (const op of record.storage) {
          assert.equal(op.area, 'session', `only sessionStorage: ${JSON.stringify(op)}`);
          assert.notEqual(op.method, 'clear', 'never clears the page’s own storage');
          assert.equal(op.key, key, `only the documented key: ${JSON.stringify(op)}`);
        }
        const written = record.storage.filter((op) => op.method === 'setItem').map((op) => op.value);
        for (const value of [...written, ...midway.filter(Boolean)]) {
          const parsed = JSON.parse(value);
          assert.deepEqual(Object.keys(parsed), ['answers'], `the record holds answers and nothing else: ${value}`);
          const stored = Object.keys(parsed.answers);
          for (const never of NEVER_STORED) assert.equal(stored.includes(never), false, `${never} stored in ${value}`);
          assert.doesNotMatch(value, /safety|phq-9\/8/, value);
        }
        if (variant.crisisScreens === 0) {
          // The copy did hold the other PHQ-9 items (so the check above looked at a real resume record).
          const lastWrite = JSON.parse(written.at(-1)).answers;
          assert.ok('phq-9/7' in lastWrite && 'withdrawal' in lastWrite, JSON.stringify(lastWrite));
        } else {
          // A crisis answer clears the stored answers and nothing more is saved in that visit.
          assert.deepEqual(written, [], 'nothing saved after the crisis answer (the first question)');
        }
        assert.deepEqual(record.storage.at(-1), { area: 'session', method: 'removeItem', key, value: null }, 'completion removes the key');
        assert.equal(record.sessionLength, 0, 'nothing left in sessionStorage');
        assert.deepEqual(record.sessionEntries, {});
        assertEventShapes(record.events, undefined, 'intake');
        assert.equal(record.dataLayer, null, 'without data-layer, window.dataLayer is never made');
        assert.deepEqual(recorded.errors, []);
      } finally {
        await recorded.close();
      }
    });
  }
});
