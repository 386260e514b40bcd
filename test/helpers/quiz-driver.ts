/**
 * Drives a real <carepath-quiz> through its screens from a test: mount it, answer through the DOM (the radio,
 * then Continue), go Back, continue after a crisis screen, and record its events, channel messages and storage
 * calls. Shared by the quiz's test files.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { CarepathQuiz } from '../../src/components/quiz/quiz.js';
import { subscribe, type ChannelMessage } from '../../src/internal/channel.js';
import { crisisStrings, type CrisisKey } from '../../src/translations/crisis.js';
import { enQuiz } from '../../src/translations/en.js';
import { captureWarnings } from './console.js';

export type Answers = Record<string, string | number | null>;

export const QUIZ_EVENTS = ['carepath-quiz-start', 'carepath-quiz-step', 'carepath-quiz-complete', 'carepath-cta', 'carepath-config-error'] as const;

export const root = (el: CarepathQuiz) => el.shadowRoot as ShadowRoot;
export const $ = <T extends Element = HTMLElement>(el: CarepathQuiz, selector: string) => root(el).querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: CarepathQuiz, selector: string) => Array.from(root(el).querySelectorAll<T>(selector));
/** Text with whitespace squashed (includes visually hidden words). */
export const textOf = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const term = (key: keyof typeof enQuiz | CrisisKey) => ({ ...enQuiz, ...crisisStrings.en })[key].replace(/<(\w+)>(.*?)<\/\1>/g, '$2');

let groupCount = 0;
/** A fresh group per test: the channel replays each group's last message for the whole page. */
export const freshGroup = () => `quiz-test-${(groupCount += 1)}`;

/** Mounts `markup` inside a wrapper `width` px wide (the host is a size container). */
export async function mount(markup: string, width = 1200): Promise<CarepathQuiz> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.style.width = `${width}px`;
  wrapper.innerHTML = markup;
  const el = wrapper.querySelector('carepath-quiz') as CarepathQuiz;
  await el.updateComplete;
  return el;
}

export async function mountQuietly(markup: string, width = 1200): Promise<{ el: CarepathQuiz; warnings: string[] }> {
  let el!: CarepathQuiz;
  const warnings = await captureWarnings(async () => {
    el = await mount(markup, width);
  });
  return { el, warnings };
}

export type ScreenName = 'intro' | 'question' | 'crisis' | 'result';
export function screenOf(el: CarepathQuiz): ScreenName | null {
  if ($(el, '.intro')) return 'intro';
  if ($(el, '.crisis-screen')) return 'crisis';
  if ($(el, '.result')) return 'result';
  if ($(el, 'fieldset[data-key]')) return 'question';
  return null;
}
export const keyOf = (el: CarepathQuiz) => $(el, 'fieldset[data-key]')?.getAttribute('data-key') ?? null;
export const progressOf = (el: CarepathQuiz) => textOf($(el, '[part="progress"]'));
export const active = (el: CarepathQuiz) => root(el).activeElement;
export const radio = (el: CarepathQuiz, value: string | number) => $<HTMLInputElement>(el, `input[name="answer"][value="${value}"]`);

// Element checks compare booleans: on failure, serialising a DOM node (and the host with its schemas) stalls the
// runner instead of failing the test.
export const describeNode = (node: Element | null | undefined) => (node ? node.outerHTML.slice(0, 120) : 'nothing');
export function expectFocus(el: CarepathQuiz, target: Element | null | undefined, message = 'focus'): void {
  expect(active(el) === (target ?? null), `${message}: focus is on ${describeNode(active(el))}`).to.equal(true);
}
export function expectNone(node: Element | null | undefined, message: string): void {
  expect(node == null, `${message}: found ${describeNode(node)}`).to.equal(true);
}

export async function settle(el: CarepathQuiz): Promise<void> {
  await el.updateComplete;
  await el.updateComplete;
}

export async function start(el: CarepathQuiz): Promise<void> {
  ($(el, '.intro [part~="continue"]') as HTMLButtonElement).click();
  await settle(el);
  // answering-for="ask" (the default) asks "Who is this for?" first: these tests answer for themselves.
  if (keyOf(el) === 'who') await choose(el, 'self');
}

/** Answers the current screen by option value through the DOM: the radio, then Continue. */
export async function choose(el: CarepathQuiz, value: string | number): Promise<void> {
  const input = radio(el, value);
  expect(input, `option ${value} on ${keyOf(el)}`).to.exist;
  input?.click();
  ($(el, 'button[type="submit"]') as HTMLButtonElement).click();
  await settle(el);
}

export async function pressContinue(el: CarepathQuiz): Promise<void> {
  ($(el, 'button[type="submit"]') as HTMLButtonElement).click();
  await settle(el);
}

export async function skip(el: CarepathQuiz): Promise<void> {
  const button = $(el, '.skip');
  expect(button, `a Skip button on ${keyOf(el)}`).to.exist;
  button?.click();
  await settle(el);
}

export async function back(el: CarepathQuiz): Promise<void> {
  ($(el, '[part="back"]') as HTMLButtonElement).click();
  await settle(el);
}

export async function continueAfterCrisis(el: CarepathQuiz): Promise<void> {
  expect(screenOf(el)).to.equal('crisis');
  ($(el, '.crisis-screen .actions .button') as HTMLButtonElement).click();
  await settle(el);
}

/**
 * Plays from the current screen until `stop` (a question key or 'crisis') or the result: each question answered
 * from `answers`; safety "no" and items 0 unless given; other context questions skipped; crisis screens continue.
 * Returns the question keys asked, in order.
 */
export async function play(el: CarepathQuiz, answers: Answers = {}, stop?: string): Promise<string[]> {
  const asked: string[] = [];
  if (screenOf(el) === 'intro') await start(el);
  for (let guard = 0; guard < 60; guard += 1) {
    const screen = screenOf(el);
    if (screen === 'crisis') {
      if (stop === 'crisis') return asked;
      await continueAfterCrisis(el);
      continue;
    }
    if (screen !== 'question') return asked;
    const key = keyOf(el) as string;
    if (key === stop) return asked;
    asked.push(key);
    const value = key in answers ? answers[key] : key === 'safety' ? 'no' : key.includes('/') ? 0 : null;
    if (value === null || value === undefined) await skip(el);
    else await choose(el, value);
  }
  throw new Error('the quiz never ended');
}

/** Records the quiz's events (type and detail). */
export function record(el: EventTarget): { type: string; detail: unknown }[] {
  const seen: { type: string; detail: unknown }[] = [];
  for (const type of QUIZ_EVENTS) el.addEventListener(type, (event) => seen.push({ type, detail: (event as CustomEvent).detail }));
  return seen;
}

/** Collects the channel's messages for `group` (the replay of an older one included). */
export function listen(group: string): { messages: ChannelMessage[]; stop: () => void } {
  const messages: ChannelMessage[] = [];
  const stop = subscribe(group, (message) => messages.push(message));
  return { messages, stop };
}

/** Every storage call made while `fn` runs. */
export async function storageCalls(fn: () => Promise<unknown>): Promise<string[]> {
  const calls: string[] = [];
  const proto = Storage.prototype;
  const original = { getItem: proto.getItem, setItem: proto.setItem, removeItem: proto.removeItem, clear: proto.clear };
  proto.getItem = function (this: Storage, key: string) {
    calls.push(`get ${key}`);
    return original.getItem.call(this, key);
  };
  proto.setItem = function (this: Storage, key: string, value: string) {
    calls.push(`set ${key}`);
    return original.setItem.call(this, key, value);
  };
  proto.removeItem = function (this: Storage, key: string) {
    calls.push(`remove ${key}`);
    return original.removeItem.call(this, key);
  };
  proto.clear = function (this: Storage) {
    calls.push('clear');
    return original.clear.call(this);
  };
  try {
    await fn();
  } finally {
    Object.assign(proto, original);
  }
  return calls;
}

