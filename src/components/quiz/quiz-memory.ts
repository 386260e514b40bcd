/**
 * What the quiz keeps and tells beyond its own screen, under the crisis rule: the answers in the browser tab's
 * session storage (only with `persist="session"`), a crisis answer that sticks until "Start over", and the
 * messages on the page's channel that move the linked widgets (never with `independent`).
 *
 * The crisis rule, in one place for the self-assessment and the path for family and friends alike: the moment a
 * crisis answer is given, the stored answers go, nothing more is saved in this visit, and the linked widgets hear
 * `{ level: null, crisis: true }` at once. Taking the answer back with Back does not undo it.
 */
import { PHQ9_SELF_HARM_ITEM } from '../../core/instruments.js';
import type { CareLevelId } from '../../core/levels.js';
import { publish } from '../../internal/channel.js';
import { SessionAnswers } from '../../internal/session-storage.js';
import type { Answers } from './quiz-model.js';
import type { QuizConfig } from './quiz.fields.js';

/**
 * The one sessionStorage key `persist="session"` writes: `carepath.quiz.v1:<group>`. It holds
 * `{ "answers": { … } }` without the safety answer, PHQ-9 item 9 or any other question with a crisis answer,
 * and is removed when the visitor finishes or starts over.
 */
export const QUIZ_STORAGE_PREFIX = 'carepath.quiz.v1:';

/** Answers never written to storage, whatever `persist` says; more join as the path shows them. */
const NEVER_STORED = ['safety', `phq-9/${PHQ9_SELF_HARM_ITEM}`];

export class QuizMemory {
  readonly #config: () => QuizConfig | undefined;
  readonly #session: SessionAnswers;
  #restored = false;
  #crisis = false;

  constructor(config: () => QuizConfig | undefined) {
    this.#config = config;
    // One key, never a crisis-answer question, stopped for good after a crisis answer.
    this.#session = new SessionAnswers({
      enabled: () => this.#config()?.persist === 'session',
      key: () => `${QUIZ_STORAGE_PREFIX}${this.#config()?.group ?? ''}`,
      sensitive: NEVER_STORED,
    });
  }

  /** A crisis answer was given since the last "Start over": the result stays a crisis even if it was taken back. */
  get crisisDisclosed(): boolean {
    return this.#crisis;
  }

  /**
   * The answers saved earlier in this tab, once, on the first update with `persist="session"` (the core ignores
   * answers that are off the path or invalid; sensitive ones are never read back).
   */
  restore(): Answers | undefined {
    if (this.#restored || this.#config()?.persist !== 'session') return undefined;
    this.#restored = true;
    return this.#session.load();
  }

  /** After an answer: a question with a crisis answer is never stored; a crisis answer itself is disclosed. */
  answered(key: string, answers: Answers, hasCrisisOption: boolean, crisis: boolean): void {
    if (hasCrisisOption) this.#session.protect(key);
    if (crisis) this.disclose();
    else this.#session.save(answers);
  }

  /** A crisis answer: it sticks until Start over, the stored answers go, and the linked widgets hear it now. */
  disclose(): void {
    this.#crisis = true;
    this.#session.stop();
    this.publish(null, true);
  }

  /** The result is shown: the stored copy goes (the widget keeps only the result). */
  finished(): void {
    this.#session.clear();
  }

  /** The answers go (Start over, `reset()`, a change of `answering-for`); `crisisToo` only on Start over and reset. */
  forget(crisisToo: boolean): void {
    if (crisisToo) this.#crisis = false;
    this.#session.clear();
  }

  /** Tells the linked widgets of the group; `independent` keeps the quiz off the page's channel both ways. */
  publish(level: CareLevelId | null, crisis: boolean): void {
    const config = this.#config();
    if (!config || config.independent) return;
    publish({ v: 1, group: config.group, level, crisis, source: 'quiz' });
  }
}
