/**
 * Form fields and their errors, one way for every widget (the GOV.UK Design System's pattern, which the quiz
 * followed first): an error summary at the top of the form (`role="alert"`, a heading, a link to each field that
 * moves focus to it), the message beside the field saying what to do, and one error style — a thick bar at the
 * field's inline start, a thicker border on the control, the message in bold — in `--carepath-color-error`
 * (`--carepath-color-error-dark` in the dark theme). Colour is never the only sign: the word "Error:" (visually
 * hidden) starts each message, and in forced colors the bar and borders use the system's `CanvasText` (the one
 * colour every forced palette sets against `Canvas` at high contrast; `Mark` is yellow even on a white canvas, about
 * 1.1:1) while the browser picks the text colours.
 *
 * When the visitor commits an invalid value (a `change`, or "Continue" with nothing chosen), call `showErrors()`:
 * after the next render, focus moves to the summary, so a screen reader reads it and the keyboard starts there.
 *
 * ```ts
 * #fields = new FormFields(this);
 * // in a handler: if (model.errors.length > 0) this.#fields.showErrors();
 * // in render:
 * renderErrorSummary({ title, errors: [{ id: 'field-weeks', message }], onFollow: (event, id) => this.#fields.focus(event, id) })
 * ```
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { FocusAfterRender } from './focus-after-render.js';

type Host = ConstructorParameters<typeof FocusAfterRender>[0];

/** One problem, for the summary: the id of the control to focus, and what to do ("Enter the number of weeks, like 8."). */
export interface FieldError {
  readonly id: string;
  readonly message: string;
}

export class FormFields {
  readonly #host: Host;
  readonly #focus: FocusAfterRender;

  /** `focus`: the widget's own focus mover, when it has one, so that the last request wins. */
  constructor(host: Host, focus: FocusAfterRender = new FocusAfterRender(host)) {
    this.#host = host;
    this.#focus = focus;
  }

  /** The visitor committed a value that leaves the form with errors: the summary takes focus after the next render. */
  showErrors(): void {
    this.#focus.request('[data-error-summary]');
  }

  /**
   * A summary link: fragment links do not reach into a shadow root, so the link moves focus itself (opening a
   * closed `<details>` around the field first).
   */
  focus(event: Event, id: string): void {
    event.preventDefault();
    const target = this.#host.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
    const fold = target?.closest('details');
    if (fold && !fold.open) fold.open = true;
    target?.focus();
  }
}

export interface ErrorSummaryOptions {
  /** "There is a problem". */
  readonly title: string;
  readonly errors: readonly FieldError[];
  /** Moves focus to the field (usually `formFields.focus`). */
  readonly onFollow: (event: Event, id: string) => void;
  /** The heading's level in the widget's outline (default 3). */
  readonly level?: 2 | 3 | 4;
  /** Distinguishes the summary's heading id when a widget shows more than one form. */
  readonly idPrefix?: string;
}

/** The error summary: `role="alert"`, focusable from script only, a link to each field with the problem. */
export function renderErrorSummary(options: ErrorSummaryOptions): TemplateResult | typeof nothing {
  if (options.errors.length === 0) return nothing;
  const titleId = `${options.idPrefix ?? ''}error-summary-title`;
  const title =
    options.level === 2
      ? html`<h2 class="error-title" id=${titleId}>${options.title}</h2>`
      : options.level === 4
        ? html`<h4 class="error-title" id=${titleId}>${options.title}</h4>`
        : html`<h3 class="error-title" id=${titleId}>${options.title}</h3>`;
  return html`<div class="error-summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby=${titleId} data-error-summary>
    ${title}
    <ul>
      ${options.errors.map((error) => html`<li><a href="#${error.id}" @click=${(event: Event) => options.onFollow(event, error.id)}>${error.message}</a></li>`)}
    </ul>
  </div>`;
}

/** The message beside a field: `id` goes in the control's `aria-describedby`; `prefix` is "Error:", read but not shown. */
export function renderFieldError(id: string, prefix: string, message: string): TemplateResult {
  return html`<p class="error-message" id=${id}><span class="visually-hidden">${prefix} </span>${message}</p>`;
}

/**
 * The one error style. Put `has-error` on the field's wrapper and `aria-invalid="true"` on its control; the
 * `--_error` colour comes from the shared tokens (`--carepath-color-error`).
 */
export const formFieldStyles = css`
  @layer carepath {
    .error-summary {
      display: grid;
      gap: 0.5rem;
      padding: var(--_space);
      border: 4px solid var(--_error);
      border-radius: 0.25rem;
    }
    .error-summary:focus {
      outline: none;
    }
    .error-summary:focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    .error-title {
      margin: 0;
      font-size: 1.125em;
      line-height: 1.3;
    }
    .error-summary ul {
      display: grid;
      gap: 0.375rem;
      margin: 0;
      padding-inline-start: 1.25em;
    }
    .error-summary a {
      color: var(--_error);
      font-weight: 700;
      text-underline-offset: 0.15em;
    }
    .has-error {
      padding-inline-start: 0.875rem;
      border-inline-start: 4px solid var(--_error);
    }
    .has-error :is(input, select, textarea)[aria-invalid='true'] {
      border-width: 3px;
      border-color: var(--_error);
    }
    .error-message {
      margin: 0;
      color: var(--_error);
      font-weight: 700;
    }
    @media (forced-colors: active) {
      .error-summary,
      .has-error,
      .has-error :is(input, select, textarea)[aria-invalid='true'] {
        border-color: CanvasText;
      }
    }
  }
`;
