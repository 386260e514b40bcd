/**
 * Opt-in storage of a visitor's unfinished answers in the browser tab's sessionStorage (`persist="session"`),
 * shared by the widgets that keep answers. The rules are the privacy promise, so they live here once:
 * - nothing is read or written unless the partner opted in (`enabled()`), and then under one key;
 * - keys marked sensitive (a safety answer, PHQ-9 item 9, any question that offers a crisis answer) are never
 *   written and never read back;
 * - `clear()` removes the key (on completion and on "Start over");
 * - `stop()` (a crisis answer) removes it and saves nothing more for as long as this store lives.
 * A blocked or full storage only loses the resume: the widget goes on in memory.
 */

/** One stored answer: an option's value or index, or `null` for a skipped optional question. */
export type StoredAnswer = string | number | null;
export type StoredAnswers = Readonly<Record<string, StoredAnswer>>;

export interface SessionAnswersOptions {
  /** Whether the partner opted in; read at each call, so a changed setting applies at once. */
  readonly enabled: () => boolean;
  /** The one sessionStorage key (e.g. `carepath.quiz.v1:<group>`). */
  readonly key: () => string;
  /** Keys that are never stored, whatever else is said. */
  readonly sensitive?: readonly string[];
}

function isAnswerRecord(value: unknown): value is Record<string, StoredAnswer> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  return Object.values(value).every((answer) => answer === null || typeof answer === 'string' || (typeof answer === 'number' && Number.isInteger(answer)));
}

export class SessionAnswers {
  readonly #options: SessionAnswersOptions;
  readonly #sensitive: Set<string>;
  #stopped = false;

  constructor(options: SessionAnswersOptions) {
    this.#options = options;
    this.#sensitive = new Set(options.sensitive ?? []);
  }

  /** Never store `key` (a question that offers a crisis answer, once it is seen). */
  protect(key: string): void {
    this.#sensitive.add(key);
  }

  /** Whether saving has stopped for good (after a crisis answer). */
  get stopped(): boolean {
    return this.#stopped;
  }

  /** The stored answers without the sensitive ones, or `undefined` when off, absent or unreadable. */
  load(): Record<string, StoredAnswer> | undefined {
    const storage = this.#storage();
    if (!storage) return undefined;
    try {
      const parsed: unknown = JSON.parse(storage.getItem(this.#options.key()) ?? 'null');
      const answers = (parsed as { answers?: unknown } | null)?.answers;
      if (!isAnswerRecord(answers)) return undefined;
      return this.#kept(answers);
    } catch {
      return undefined; // unreadable: start fresh
    }
  }

  /** Writes `{ "answers": … }` without the sensitive answers (or removes the key when nothing is left). */
  save(answers: StoredAnswers): void {
    const storage = this.#storage();
    if (!storage || this.#stopped) return;
    const kept = this.#kept(answers);
    try {
      if (Object.keys(kept).length === 0) storage.removeItem(this.#options.key());
      else storage.setItem(this.#options.key(), JSON.stringify({ answers: kept }));
    } catch {
      // A full or blocked storage only loses the resume.
    }
  }

  clear(): void {
    try {
      this.#storage()?.removeItem(this.#options.key());
    } catch {
      // nothing to clear
    }
  }

  /** A crisis answer: the stored answers go now, and nothing more is saved while this store lives. */
  stop(): void {
    this.#stopped = true;
    this.clear();
  }

  #kept(answers: StoredAnswers): Record<string, StoredAnswer> {
    return Object.fromEntries(Object.entries(answers).filter(([key]) => !this.#sensitive.has(key)));
  }

  #storage(): Storage | undefined {
    if (!this.#options.enabled()) return undefined;
    try {
      return window.sessionStorage;
    } catch {
      return undefined; // storage blocked by the browser: stay in memory
    }
  }
}
