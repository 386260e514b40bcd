/**
 * One rule for "does a channel message move me?", shared by the table (`highlight`), the estimator and the schedule
 * (`level`). The base element feeds it every message of the widget's group (none while `independent`) and resets it
 * when the group changes; a widget asks it which level to show.
 *
 * Precedence: the visitor's own input › the channel's suggestion › the configuration (property/attribute › JSON
 * child › default, already resolved). `locked` leaves only the configuration. While the group is in crisis the
 * channel suggests nothing, so every linked widget shows its configured state (the visitor's own input stays: it
 * is theirs, not a suggestion): the quiz is leading the visitor to help, not to a program or a price. A crisis
 * sticks until a message with `level: null, crisis: false` ("Start over"), whoever sends it, so with two quizzes in
 * one group a level from the second does not undo the first one's crisis. A change that comes from the channel is
 * never announced with an event: events are for what the visitor does.
 */
import type { CareLevelId } from '../core/levels.js';
import { sourceOf, type ChannelMessage, type ChannelSource } from './channel.js';

/** Where the level shown comes from: the visitor, the channel (with its publisher, when known) or the configuration. */
export type LevelOrigin = 'visitor' | 'channel' | 'config';

export interface LevelChoice<L extends string = CareLevelId> {
  readonly level: L;
  readonly origin: LevelOrigin;
  /** Who published a channel suggestion: `quiz`, `table`, or undefined when unknown (an older copy, a page script). */
  readonly source?: ChannelSource | undefined;
}

export interface ResolveOptions<L extends string> {
  /** What the visitor picked in this widget, if anything. */
  readonly visitor?: L | undefined;
  /** The configured value (property/attribute › JSON child › default), or undefined for none. */
  readonly configured: L | undefined;
  /** `locked` names this field: only the configuration counts. */
  readonly locked: boolean;
  /** Whether this widget can show a suggested level (the table only highlights a level it shows). */
  readonly accepts?: (level: CareLevelId) => boolean;
}

export class LevelSuggestion {
  #crisis = false;
  #level: CareLevelId | null = null;
  #source: ChannelSource | undefined;

  /** Whether the group is in crisis (from a crisis message until `level: null, crisis: false`). */
  get crisis(): boolean {
    return this.#crisis;
  }

  /** The channel's suggestion in effect: none in a crisis, none after "Start over". */
  get suggested(): { readonly level: CareLevelId; readonly source: ChannelSource | undefined } | undefined {
    return this.#crisis || this.#level === null ? undefined : { level: this.#level, source: this.#source };
  }

  /** Takes one message of the widget's group. */
  receive(message: ChannelMessage): void {
    if (message.crisis) this.#crisis = true;
    else if (message.level === null) this.#crisis = false;
    this.#level = message.level;
    this.#source = sourceOf(message);
  }

  /** Forgets the group (a new group, `independent`, or disconnected). */
  reset(): void {
    this.#crisis = false;
    this.#level = null;
    this.#source = undefined;
  }

  /** The level to show, and where it comes from; undefined when nothing is chosen, suggested or configured. */
  resolve<L extends string>({ visitor, configured, locked, accepts }: ResolveOptions<L>): LevelChoice<L> | undefined {
    if (!locked && visitor !== undefined) return { level: visitor, origin: 'visitor' };
    const suggested = locked ? undefined : this.suggested;
    if (suggested && (accepts?.(suggested.level) ?? true)) return { level: suggested.level as string as L, origin: 'channel', source: suggested.source };
    return configured === undefined ? undefined : { level: configured, origin: 'config' };
  }
}
