/**
 * The page-level channel that links widgets. It lives on `globalThis[Symbol.for('carepath.channel.v1')]` so every
 * copy of the library shares it, and it is created on first use, never at import. Its message is a versioned public
 * contract — `{ v: 1, group, level, crisis, source? }` — and never carries answers, scores or reasons. The last
 * message per group is replayed to late subscribers; last writer wins for the level.
 *
 * `source` ('quiz' | 'table') says who published; readers ignore unknown fields and read a missing or unknown source
 * as unknown. A crisis sticks per group: once a group has seen `crisis: true`, it stays in crisis until a
 * `{ level: null, crisis: false }` ("Start over"). A late subscriber to a group in crisis first receives
 * `{ v: 1, group, level: null, crisis: true }`, then the last message, so it holds still too.
 */
import { CARE_LEVEL_IDS, type CareLevelId } from '../core/levels.js';

export type ChannelSource = 'quiz' | 'table';

export interface ChannelMessage {
  readonly v: 1;
  readonly group: string;
  readonly level: CareLevelId | null;
  readonly crisis: boolean;
  /** Who published: the quiz's answers or a visitor's choice in a table. Missing means unknown. */
  readonly source?: ChannelSource;
}

interface ChannelState {
  readonly target: EventTarget;
  readonly last: Map<string, ChannelMessage>;
  /** Groups in crisis. Added lazily: older copies of the library created `{ target, last }` only. */
  crisis?: Set<string>;
}

const KEY = Symbol.for('carepath.channel.v1');
const EVENT = 'message';
const SOURCES: readonly unknown[] = ['quiz', 'table'];

function channel(): ChannelState {
  const store = globalThis as unknown as Record<symbol, ChannelState | undefined>;
  let state = store[KEY];
  if (!state) {
    state = { target: new EventTarget(), last: new Map(), crisis: new Set() };
    Object.defineProperty(globalThis, KEY, { value: state, configurable: false, enumerable: false, writable: false });
  }
  return state;
}

/** The set of groups in crisis, created on the shared state when an older copy made it without one. */
function crisisGroups(state: ChannelState): Set<string> {
  if (!(state.crisis instanceof Set)) {
    try {
      state.crisis = new Set();
    } catch {
      // A frozen state from elsewhere: keep a private set for this copy.
      return localCrisis;
    }
  }
  return state.crisis;
}
const localCrisis = new Set<string>();

/** Whether `value` is a message of this contract (another copy, or a page script, may have sent anything). */
export function isChannelMessage(value: unknown): value is ChannelMessage {
  if (value === null || typeof value !== 'object') return false;
  const message = value as Record<string, unknown>;
  return (
    message.v === 1 &&
    typeof message.group === 'string' &&
    (message.level === null || (CARE_LEVEL_IDS as readonly unknown[]).includes(message.level)) &&
    typeof message.crisis === 'boolean'
  );
}

/** The message's source when it is one this contract knows; anything else reads as unknown. */
export function sourceOf(message: ChannelMessage): ChannelSource | undefined {
  return SOURCES.includes(message.source) ? message.source : undefined;
}

/** Records what a message says about its group's crisis (a crisis sticks until `{ level: null, crisis: false }`). */
function noteCrisis(state: ChannelState, message: ChannelMessage): void {
  const groups = crisisGroups(state);
  if (message.crisis) groups.add(message.group);
  else if (message.level === null) groups.delete(message.group);
}

/** Whether this page's channel holds `group` in crisis. */
export function inCrisis(group: string): boolean {
  return crisisGroups(channel()).has(group);
}

export function publish(message: ChannelMessage): void {
  // Copy only the contract's fields, so nothing else can ride along to other widgets.
  const source = sourceOf(message);
  const clean: ChannelMessage = source
    ? { v: 1, group: message.group, level: message.level, crisis: message.crisis, source }
    : { v: 1, group: message.group, level: message.level, crisis: message.crisis };
  const state = channel();
  state.last.set(clean.group, clean);
  noteCrisis(state, clean);
  state.target.dispatchEvent(new CustomEvent(EVENT, { detail: clean }));
}

/**
 * Calls `listener` with each valid message for `group`, first replaying the group's crisis (when the last message is
 * not itself a crisis) and the last message; returns the unsubscribe.
 */
export function subscribe(group: string, listener: (message: ChannelMessage) => void): () => void {
  const state = channel();
  const handler = (event: Event) => {
    const detail: unknown = (event as CustomEvent<unknown>).detail;
    if (!isChannelMessage(detail)) return;
    // Messages from older copies of the library did not go through this copy's `publish`: note them here too.
    noteCrisis(state, detail);
    if (detail.group === group) listener(detail);
  };
  state.target.addEventListener(EVENT, handler);
  const last = state.last.get(group);
  if (crisisGroups(state).has(group) && !(isChannelMessage(last) && last.crisis)) {
    listener({ v: 1, group, level: null, crisis: true });
  }
  if (isChannelMessage(last)) listener(last);
  return () => state.target.removeEventListener(EVENT, handler);
}
