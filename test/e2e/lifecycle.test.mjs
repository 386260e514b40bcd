// Lifecycle ("Hardening"): 1,000 connect/disconnect cycles of each widget leave no listener behind on
// `window`, `document` or the page channel, and retained heap after a forced garbage collection grows less than
// 1 MB between cycle 100 and cycle 1,000; a widget moved between two containers keeps its state.
//
// The page is served by the Vite dev server (the source as written, Lit in dev mode), which is fast enough here.
// Chromium runs with `--js-flags=--expose-gc` so the page can call `gc()`; the heap is read with CDP
// `Runtime.getHeapUsage` (exact, unlike the bucketed `performance.memory`). Counts and heap figures are printed as
// test diagnostics.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { browserArgs, findBrowser } from '../../scripts/browser.mjs';
import { startHarness } from './harness.mjs';

const TAGS = ['carepath-quiz', 'carepath-levels', 'carepath-cost', 'carepath-schedule'];
const CYCLES = 1000;
const BASELINE_CYCLE = 100;
const MAX_GROWTH = 1024 * 1024;

let harness;
let gcBrowser;
before(async () => {
  harness = await startHarness();
  gcBrowser = await chromium.launch({ executablePath: findBrowser(), args: [...browserArgs(), '--js-flags=--expose-gc'] });
});
after(async () => {
  await gcBrowser?.close();
  await harness?.stop();
});

/**
 * Runs before any page script: keeps the live listeners of `window`, `document` and the carepath channel's
 * EventTarget (`globalThis[Symbol.for('carepath.channel.v1')].target`) as the browser does — one per type, listener
 * and capture flag — forgetting those removed by `removeEventListener`, by an `AbortSignal` or after a `once` call.
 * `window.__listeners()` gives the live count per target and type; `window.__listenerCalls()` the adds per target.
 */
function countListeners() {
  const live = { window: new Map(), document: new Map(), channel: new Map() };
  const nameOf = (target) => {
    if (target === window) return 'window';
    if (target === document) return 'document';
    if (target === globalThis[Symbol.for('carepath.channel.v1')]?.target) return 'channel';
    return null;
  };
  const captureOf = (options) => (typeof options === 'boolean' ? options : Boolean(options?.capture));
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  const calls = { window: 0, document: 0, channel: 0 };
  // Forgetting drops the listener itself too: a counter that kept removed listeners would keep their elements alive.
  const forget = (name, type, listener, capture) => {
    const byType = live[name].get(type);
    const flags = byType?.get(listener);
    if (!flags?.delete(capture)) return;
    if (flags.size === 0) byType.delete(listener);
    if (byType.size === 0) live[name].delete(type);
  };
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    const name = listener ? nameOf(this) : null;
    if (name) {
      calls[name] += 1;
      const capture = captureOf(options);
      const byType = live[name].get(type) ?? new Map();
      live[name].set(type, byType);
      const flags = byType.get(listener) ?? new Set();
      byType.set(listener, flags);
      const fresh = !flags.has(capture);
      flags.add(capture);
      if (fresh && typeof options === 'object' && options?.signal) {
        add.call(options.signal, 'abort', () => forget(name, type, listener, capture), { once: true });
      }
      if (fresh && typeof options === 'object' && options?.once) {
        add.call(this, type, () => forget(name, type, listener, capture), { once: true, capture });
      }
    }
    return add.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (type, listener, options) {
    const name = listener ? nameOf(this) : null;
    if (name) forget(name, type, listener, captureOf(options));
    return remove.call(this, type, listener, options);
  };
  Object.defineProperty(window, '__listenerCalls', { enumerable: false, value: () => ({ ...calls }) });
  Object.defineProperty(window, '__listeners', {
    enumerable: false,
    value: () =>
      Object.fromEntries(
        Object.entries(live).map(([name, byType]) => [
          name,
          Object.fromEntries(
            [...byType]
              .map(([type, listeners]) => [type, [...listeners.values()].reduce((sum, flags) => sum + flags.size, 0)])
              .filter(([, count]) => count > 0),
          ),
        ]),
      ),
  });
}

/** `count` cycles of one widget: a new element, appended to container A, rendered, removed. */
function cycle(page, tag, count) {
  return page.evaluate(
    async ({ tag, count }) => {
      const container = document.getElementById('a');
      for (let i = 0; i < count; i += 1) {
        const element = document.createElement(tag);
        element.setAttribute('group', 'life');
        container.append(element);
        await element.updateComplete;
        if (!element.shadowRoot?.textContent?.trim()) throw new Error(`${tag} rendered nothing`);
        element.remove();
      }
    },
    { tag, count },
  );
}

/** Retained heap: collect garbage (twice, a task apart, so finalizers and weak cells settle), then ask V8. */
async function retainedHeap(page, cdp) {
  await page.evaluate(async () => {
    for (let i = 0; i < 3; i += 1) {
      window.gc();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  });
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

async function openLifecyclePage(browser) {
  const context = await browser.newContext();
  await context.addInitScript(countListeners);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${harness.origin}/test/e2e/pages/lifecycle.html`, { waitUntil: 'networkidle' });
  await page.waitForFunction((tags) => tags.every((tag) => customElements.get(tag)), TAGS);
  return { context, page, errors, cdp: await context.newCDPSession(page) };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * How many instances of `tag`'s class are still alive after queued work has drained. Counted up to three times, a
 * second apart: on a loaded machine one element of the last cycle can still sit in a queued task at the first
 * count (seen once in a full run with three other jobs on two cores). A real leak keeps its elements through every
 * count, so the check still fails on it.
 */
async function liveInstances(cdp, tag) {
  let alive = 0;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 1000));
    alive = await liveInstancesOnce(cdp, tag);
    if (alive === 0) break;
  }
  return alive;
}

/** One count (CDP `Runtime.queryObjects` on the class's prototype). */
async function liveInstancesOnce(cdp, tag) {
  // Let what is already queued run first (a next-frame re-render, a task-scheduled first render, a timer), then
  // collect: an element such a callback still holds is not leaked, and on a loaded machine a few of the last
  // cycles' elements were still queued at the count (2–8 of 1,000). A real leak keeps them after this too.
  await cdp.send('Runtime.evaluate', {
    expression: `(async () => {
      for (let i = 0; i < 2; i += 1) await new Promise((resolve) => { requestAnimationFrame(() => resolve()); setTimeout(resolve, 200); });
      await new Promise((resolve) => setTimeout(resolve, 100));
      for (let i = 0; i < 3; i += 1) { window.gc(); await new Promise((resolve) => setTimeout(resolve, 0)); }
    })()`,
    awaitPromise: true,
  });
  const { result } = await cdp.send('Runtime.evaluate', { expression: `customElements.get(${JSON.stringify(tag)}).prototype` });
  const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: result.objectId });
  const { result: length } = await cdp.send('Runtime.callFunctionOn', { objectId: objects.objectId, functionDeclaration: 'function () { return this.length; }', returnByValue: true });
  await cdp.send('Runtime.releaseObject', { objectId: objects.objectId });
  await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
  return length.value;
}

describe('lifecycle: connect, disconnect, move', () => {
  // One page (one module load) for every case; the control that leaks on purpose runs last on it.
  let shared;
  before(async () => {
    shared = await openLifecyclePage(gcBrowser);
  });
  after(async () => {
    await shared?.context.close();
  });

  for (const tag of TAGS) {
    it(`${tag}: ${CYCLES} connect/disconnect cycles leave no listener and retain < 1 MB`, async (t) => {
      const { page, cdp, errors } = shared;
      const started = Date.now();
      const atStart = await page.evaluate(() => window.__listeners());
      await cycle(page, tag, 1);
      const afterFirst = await page.evaluate(() => window.__listeners());
      await cycle(page, tag, BASELINE_CYCLE - 1);
      const heapAtBaseline = await retainedHeap(page, cdp);
      const callsAtBaseline = await page.evaluate(() => window.__listenerCalls());
      await cycle(page, tag, CYCLES - BASELINE_CYCLE);
      const heapAtEnd = await retainedHeap(page, cdp);
      const afterAll = await page.evaluate(() => window.__listeners());
      const callsAtEnd = await page.evaluate(() => window.__listenerCalls());
      const alive = await liveInstances(cdp, tag);
      const growth = heapAtEnd - heapAtBaseline;
      const net = (counts) => Object.fromEntries(Object.entries(counts).map(([name, byType]) => [name, Object.values(byType).reduce((sum, n) => sum + n, 0)]));
      const adds = Object.fromEntries(Object.keys(callsAtEnd).map((name) => [name, callsAtEnd[name] - callsAtBaseline[name]]));
      t.diagnostic(
        `${tag}: ${CYCLES} cycles in ${((Date.now() - started) / 1000).toFixed(1)} s; retained heap ${kb(heapAtBaseline)} at cycle ${BASELINE_CYCLE}, ` +
          `${kb(heapAtEnd)} at cycle ${CYCLES} (growth ${kb(growth)}); ${alive} instances alive after gc; live listeners (window/document/channel) ` +
          `at start ${JSON.stringify(net(atStart))}, after cycle 1 ${JSON.stringify(net(afterFirst))}, after cycle ${CYCLES} ${JSON.stringify(net(afterAll))}; ` +
          `addEventListener calls in cycles ${BASELINE_CYCLE + 1}–${CYCLES} ${JSON.stringify(adds)}`,
      );
      assert.deepEqual(afterAll, afterFirst, 'no net listener on window, document or the channel since the first cycle');
      assert.deepEqual(afterAll.channel, {}, 'a removed widget keeps no channel subscription');
      assert.equal(alive, 0, 'no removed element stays reachable');
      assert.ok(growth < MAX_GROWTH, `retained heap grew ${kb(growth)} between cycle ${BASELINE_CYCLE} and ${CYCLES}`);
      assert.deepEqual(errors, []);
    });
  }

  it(`the same element of each widget reconnected ${CYCLES} times holds one channel subscription while connected, none after`, async (t) => {
    const { page, errors } = shared;
    const started = Date.now();
    const before = await page.evaluate(() => window.__listeners());
    const counts = await page.evaluate(
      async ({ tags, cycles }) => {
        const container = document.getElementById('a');
        const elements = tags.map((tag) => Object.assign(document.createElement(tag), { id: `again-${tag}` }));
        const channelCount = () => window.__listeners().channel.message ?? 0;
        const whileConnected = new Set();
        for (let i = 0; i < cycles; i += 1) {
          for (const element of elements) container.append(element);
          await Promise.all(elements.map((element) => element.updateComplete));
          whileConnected.add(channelCount());
          for (const element of elements) element.remove();
        }
        await Promise.all(elements.map((element) => element.updateComplete));
        const rendered = elements.every((element) => element.shadowRoot.textContent.trim().length > 0);
        return { whileConnected: [...whileConnected], afterRemoval: channelCount(), rendered };
      },
      { tags: TAGS, cycles: CYCLES },
    );
    t.diagnostic(`${CYCLES} reconnections of the four widgets in ${((Date.now() - started) / 1000).toFixed(1)} s; channel subscriptions ${JSON.stringify(counts)}`);
    assert.deepEqual(counts, { whileConnected: [TAGS.length], afterRemoval: 0, rendered: true });
    assert.deepEqual(await page.evaluate(() => window.__listeners()), before, 'no net listener on window, document or the channel');
    assert.deepEqual(errors, []);
  });

  it('widgets moved to another container (append, then moveBefore) keep their state and their one channel subscription', async () => {
    const { page, errors } = shared;
    try {
      await page.evaluate(async (tags) => {
        const container = document.getElementById('a');
        for (const tag of tags) {
          const element = document.createElement(tag);
          element.id = tag.replace('carepath-', '');
          element.setAttribute('group', 'move');
          if (tag === 'carepath-quiz') element.setAttribute('answering-for', 'self');
          if (tag === 'carepath-schedule') element.setAttribute('tracks', 'morning=09:00 evening=17:30');
          container.append(element);
          await element.updateComplete;
        }
      }, TAGS);
      const quiz = page.locator('#quiz');
      const cost = page.locator('#cost');

      // The quiz mid-way: two questions answered, a third chosen but not yet continued.
      await quiz.locator('button[part="continue"]').click();
      await quiz.locator('fieldset[data-key="safety"] input[type="radio"]').nth(0).check();
      await quiz.locator('button[part="continue"]').click();
      await quiz.locator('fieldset[data-key="withdrawal"] input[type="radio"]').nth(1).check();
      await quiz.locator('button[part="continue"]').click();
      await quiz.locator('fieldset[data-key="medical"] input[type="radio"]').nth(1).check();
      // The estimator: one input committed, another typed and not yet committed; a level chosen; a track picked.
      await cost.locator('input[data-field="weeks"]').fill('8');
      await cost.locator('input[data-field="weeks"]').press('Tab');
      await cost.locator('input[data-field="days-per-week"]').fill('4');
      await page.locator('#levels').locator('button[part="select"]').nth(3).click(); // IOP: the group's own level (a choice in the table moves the estimator and the schedule)
      await page.locator('#schedule').locator('input[name="track"][value="evening"]').check();

      const state = () =>
        page.evaluate(() => {
          const root = (id) => document.getElementById(id).shadowRoot;
          return {
            parents: ['quiz', 'levels', 'cost', 'schedule'].map((id) => document.getElementById(id).parentElement.id).join(''),
            question: root('quiz').querySelector('fieldset[data-key]')?.dataset.key ?? null,
            progress: root('quiz').querySelector('[part="progress"]')?.textContent.replace(/\s+/g, ' ').trim() ?? null,
            checked: [...root('quiz').querySelectorAll('input[type="radio"]')].findIndex((input) => input.checked),
            weeks: root('cost').querySelector('input[data-field="weeks"]').value,
            daysDraft: root('cost').querySelector('input[data-field="days-per-week"]').value,
            days: document.getElementById('cost').estimate?.days ?? null,
            pressed: [...root('levels').querySelectorAll('button[part="select"]')].findIndex((button) => button.getAttribute('aria-pressed') === 'true'),
            track: root('schedule').querySelector('input[name="track"]:checked')?.value ?? null,
            channel: window.__listeners().channel,
          };
        });
      const before = await state();
      const { parents, question, checked, weeks, daysDraft, pressed, track, channel } = before;
      assert.deepEqual(
        { parents, question, checked, weeks, daysDraft, pressed, track, channel },
        { parents: 'aaaa', question: 'medical', checked: 1, weeks: '8', daysDraft: '4', pressed: 3, track: 'evening', channel: { message: 4 } },
        'the state to keep: a question mid-way with its choice, a committed input and a draft, a chosen level, a track',
      );
      const move = (to, how) =>
        page.evaluate(
          async ({ tags, to, how }) => {
            const target = document.getElementById(to);
            for (const tag of tags) {
              const element = document.querySelector(tag);
              if (how === 'moveBefore' && typeof target.moveBefore === 'function') target.moveBefore(element, null);
              else target.append(element);
              await element.updateComplete;
            }
          },
          { tags: TAGS, to, how },
        );

      await move('b', 'append');
      assert.deepEqual(await state(), { ...before, parents: 'bbbb' }, 'after append: every widget shows what it showed before, subscribed once');
      // moveBefore (Chromium 133+) moves without disconnecting the subtree's state; where it is missing, append again.
      await move('a', 'moveBefore');
      assert.deepEqual(await state(), before, 'after moveBefore: the same');

      // The answers given before the moves are still there: Back shows the previous one chosen.
      await quiz.locator('button[part="back"]').click();
      const previous = await page.evaluate(() => {
        const root = document.getElementById('quiz').shadowRoot;
        return [root.querySelector('fieldset[data-key]').dataset.key, [...root.querySelectorAll('input[type="radio"]')].findIndex((input) => input.checked)];
      });
      assert.deepEqual(previous, ['withdrawal', 1]);
      // And the draft still commits after the moves: 8 weeks × 4 days.
      await cost.locator('input[data-field="days-per-week"]').press('Tab');
      assert.equal(await page.evaluate(() => document.getElementById('cost').estimate.days), 32);
      assert.deepEqual(errors, []);
    } finally {
      // Leave the shared page as the control below expects it: no widget connected.
      await page.evaluate(() => document.querySelectorAll('#a > *, #b > *').forEach((element) => element.remove()));
    }
  });

  it('the listener counter, the instance count and the heap reading see a leak (control)', async () => {
    const { page, cdp } = shared;
    const before = await page.evaluate(() => window.__listeners());
    const heapBefore = await retainedHeap(page, cdp);
    const instancesBefore = await liveInstances(cdp, 'carepath-levels');
    await page.evaluate(async () => {
      // Ten listeners nobody removes, three widgets kept in an array after removal, and about 4 MB that stays
      // reachable: 1,024 × 1,024 small integers at 4 bytes each (Chromium compresses pointers), four times the limit,
      // so the reading clears it whatever the noise (1,024 × 256 gave ≈ 1.0 MB and failed under load).
      for (let i = 0; i < 10; i += 1) window.addEventListener('resize', () => {});
      window.__kept = Array.from({ length: 1024 }, (_, i) => new Array(1024).fill(i));
      window.__keptWidgets = [];
      for (let i = 0; i < 3; i += 1) {
        const element = document.createElement('carepath-levels');
        document.getElementById('a').append(element);
        await element.updateComplete;
        element.remove();
        window.__keptWidgets.push(element);
      }
    });
    const heapAfter = await retainedHeap(page, cdp);
    const afterLeak = await page.evaluate(() => window.__listeners());
    assert.equal((afterLeak.window.resize ?? 0) - (before.window.resize ?? 0), 10);
    assert.equal((await liveInstances(cdp, 'carepath-levels')) - instancesBefore, 3);
    assert.ok(heapAfter - heapBefore > MAX_GROWTH, `the heap reading saw ${kb(heapAfter - heapBefore)} retained`);
  });

});
