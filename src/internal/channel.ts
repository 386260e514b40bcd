/**
 * The page-level channel that links widgets (DESIGN "Linking widgets"). It lives on
 * `globalThis[Symbol.for('carepath.channel.v1')]` so every copy of the library shares it, and it is created on
 * first use, never at import. Its message is a versioned public contract — `{ v: 1, group, level, crisis }` —
 * and never carries answers, scores or reasons. The last message per group is replayed to late subscribers;
 * last writer wins.
 */
import { CARE_LEVEL_IDS, type CareLevelId } from '../core/levels.js';

export interface ChannelMessage {
  readonly v: 1;
  readonly group: string;
  readonly level: CareLevelId | null;
  readonly crisis: boolean;
}

interface ChannelState {
  readonly target: EventTarget;
  readonly last: Map<string, ChannelMessage>;
}

const KEY = Symbol.for('carepath.channel.v1');
const EVENT = 'message';

function channel(): ChannelState {
  const store = globalThis as unknown as Record<symbol, ChannelState | undefined>;
  let state = store[KEY];
  if (!state) {
    state = { target: new EventTarget(), last: new Map() };
    Object.defineProperty(globalThis, KEY, { value: state, configurable: false, enumerable: false, writable: false });
  }
  return state;
}

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

export function publish(message: ChannelMessage): void {
  // Copy only the contract's fields, so nothing else can ride along to other widgets.
  const clean: ChannelMessage = { v: 1, group: message.group, level: message.level, crisis: message.crisis };
  const state = channel();
  state.last.set(clean.group, clean);
  state.target.dispatchEvent(new CustomEvent(EVENT, { detail: clean }));
}

/** Calls `listener` with each valid message for `group`, first replaying the last one; returns the unsubscribe. */
export function subscribe(group: string, listener: (message: ChannelMessage) => void): () => void {
  const state = channel();
  const handler = (event: Event) => {
    const detail: unknown = (event as CustomEvent<unknown>).detail;
    if (isChannelMessage(detail) && detail.group === group) listener(detail);
  };
  state.target.addEventListener(EVENT, handler);
  const last = state.last.get(group);
  if (isChannelMessage(last)) listener(last);
  return () => state.target.removeEventListener(EVENT, handler);
}
