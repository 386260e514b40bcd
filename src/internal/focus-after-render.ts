/**
 * Moving focus after a render, one way for every widget. A visitor's action often replaces the element that had
 * focus (a "Continue" that shows the next question, an "Add" that fails, a "Remove" whose row goes away); the
 * keyboard and the screen reader must land somewhere sensible on the new screen, and only once it is drawn.
 *
 * A request names its target (a selector inside the widget, an element, or a function that finds one) and, when
 * that target may be gone, what to try next. It runs once, after the host's next update. It never takes focus:
 * - for the first render (nothing was on screen for the visitor to act on, so the page caused that update);
 * - when the page, not the visitor, changed something (call `cancel()` there, e.g. when an attribute resets a flow);
 * - when focus has meanwhile gone to something else on the page (the visitor moved on while a slow part loaded).
 *
 * ```ts
 * #focus = new FocusAfterRender(this);
 * // in a visitor's handler:
 * this.#focus.request('[data-focus]');
 * this.#focus.request((root) => root.querySelectorAll('.entry button')[index], { fallback: 'button.add' });
 * ```
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment; readonly hasUpdated: boolean };

/** A selector inside the widget's render root, an element, or a function that finds one once the render is done. */
export type FocusTarget = string | Element | ((root: ParentNode) => Element | null | undefined);

export interface FocusOptions {
  /** Tried in order when the target is not on screen after the render. */
  readonly fallback?: FocusTarget | readonly FocusTarget[];
  /** Select the text of an `<input>` or `<textarea>` as well (a copy fallback). */
  readonly select?: boolean;
}

interface Pending {
  readonly targets: readonly FocusTarget[];
  readonly select: boolean;
}

/** The element that holds focus on the page, at the document's level (a shadow host stands for its whole tree). */
function pageFocus(): Element | null {
  const active = document.activeElement;
  return active === document.body || active === document.documentElement ? null : active;
}

/** Whether `node` is `ancestor` or inside it, crossing shadow roots upwards. */
function within(node: Node | null, ancestor: Node): boolean {
  for (let current = node; current; current = current instanceof ShadowRoot ? current.host : current.parentNode) {
    if (current === ancestor) return true;
  }
  return false;
}

export class FocusAfterRender implements ReactiveController {
  readonly #host: Host;
  #pending: Pending | null = null;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  /** Whether a request waits for the next render. */
  get pending(): boolean {
    return this.#pending !== null;
  }

  /**
   * Moves focus to `target` after the next render (a later request replaces an earlier one). Does nothing before
   * the widget's first render.
   */
  request(target: FocusTarget, options: FocusOptions = {}): void {
    if (!this.#host.hasUpdated) return;
    const fallback = options.fallback === undefined ? [] : Array.isArray(options.fallback) ? options.fallback : [options.fallback as FocusTarget];
    this.#pending = { targets: [target, ...fallback], select: options.select ?? false };
    this.#host.requestUpdate();
  }

  /** Drops a waiting request: the page, not the visitor, changed what is on screen. */
  cancel(): void {
    this.#pending = null;
  }

  hostDisconnected(): void {
    this.#pending = null;
  }

  hostUpdated(): void {
    const pending = this.#pending;
    if (!pending) return;
    this.#pending = null;
    // Focus elsewhere on the page (not in this widget, nor in a widget or page part around it) stays there.
    const active = pageFocus();
    if (active && !within(this.#host, active)) return;
    const root = this.#host.renderRoot;
    for (const target of pending.targets) {
      const element = typeof target === 'string' ? root.querySelector(target) : typeof target === 'function' ? target(root) : target;
      if (!(element instanceof HTMLElement || element instanceof SVGElement) || !within(element, this.#host)) continue;
      element.focus();
      if (pending.select && (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)) element.select();
      return;
    }
  }
}
