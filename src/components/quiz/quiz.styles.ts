/**
 * Styles of `<carepath-quiz>`, in the `carepath` layer so a partner's rules win ties. Logical properties only
 * (RTL for free). One question per screen with large native radios (GOV.UK / NHS); the crisis line and panel are
 * calm and prominent, never alarming in colour alone. Errors take the shared form-field style (form-fields.ts).
 * Printing keeps the result and the help numbers and drops the buttons. The widget lists its sheets in order:
 * the shared base, the shared form fields and fixed crisis styles, then these and the family path's.
 */
import { css } from 'lit';

export const quizStyles = css`
  @layer carepath {
    .root {
      /* Deprecated quiz-only names for the shared error colour: they still win when a page sets them. */
      --_error: var(--carepath-quiz-error-color, var(--carepath-color-error, #b3261e));
      --_option-bg: var(--carepath-quiz-option-background, var(--_surface));
      --_option-selected-bg: var(--carepath-quiz-option-selected-background, var(--_highlight));
    }
    .root.dark {
      --_error: var(--carepath-quiz-error-color-dark, var(--carepath-color-error-dark, #ffb4ab));
    }
    @media (prefers-color-scheme: dark) {
      .root.auto {
        --_error: var(--carepath-quiz-error-color-dark, var(--carepath-color-error-dark, #ffb4ab));
      }
    }

    .quiz {
      /* Positioned, so the visually hidden live region stays inside the widget. */
      position: relative;
      --_pad: clamp(0.75rem, 4cqi, var(--_space));
      padding: var(--_pad);
      overflow-wrap: break-word;
    }
    .screen {
      display: grid;
      gap: var(--_space);
      max-inline-size: var(--carepath-quiz-max-width, 42rem);
      margin-block-start: var(--_space);
    }
    /* The crisis screen has no crisis line above it (its panel says the same), so no space to keep from one. */
    .crisis-screen {
      margin-block-start: 0;
    }
    h2,
    h3,
    p,
    ul {
      margin: 0;
    }
    .heading {
      font-size: 1.375rem;
      line-height: 1.3;
      font-weight: 700;
    }
    /* Headings take focus only so screen readers start there; the keyboard never tabs to them. */
    .heading:focus {
      outline: none;
    }
    h3 {
      font-size: 1.125rem;
      line-height: 1.35;
    }
    .lead,
    .level {
      font-size: 1.125rem;
    }
    .hint,
    .source {
      color: var(--_muted);
    }
    .source {
      font-size: 0.875rem;
    }
    ul {
      padding-inline-start: 1.25em;
    }
    ul[role='list'] {
      list-style: none;
      padding: 0;
    }
    .facts {
      display: grid;
      gap: 0.375rem;
    }
    a {
      color: var(--_accent);
      text-underline-offset: 0.15em;
    }

    /* Buttons: one primary per screen; Back looks like a link. */
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.75rem;
    }
    .back {
      justify-self: start;
      display: inline-flex;
      align-items: center;
      gap: 0.375rem;
      min-block-size: 2.75rem;
      padding-block: 0.25rem;
      padding-inline: 0;
      border: 0;
      background: none;
      color: var(--_accent);
      font: inherit;
      text-decoration: underline;
      text-underline-offset: 0.15em;
      cursor: pointer;
    }
    .back-arrow {
      inline-size: 0.5rem;
      block-size: 0.5rem;
      border-block-end: 2px solid currentColor;
      border-inline-start: 2px solid currentColor;
      transform: rotate(45deg);
    }
    :host(:dir(rtl)) .back-arrow {
      transform: rotate(-135deg);
    }

    /* The question. */
    form {
      display: grid;
      gap: var(--_space);
    }
    /* Flex, not grid: WebKit keeps a legend's first width in a grid fieldset when the container narrows later. */
    fieldset {
      display: flex;
      flex-direction: column;
      gap: 0.75rem;
      min-inline-size: 0;
      margin: 0;
      padding: 0;
      border: 0;
    }
    legend {
      padding: 0;
      margin-block-end: 0.75rem;
    }
    .question-heading {
      display: flex;
      flex-direction: column;
      gap: 0.375rem;
    }
    .progress {
      color: var(--_muted);
      font-size: 1rem;
      font-weight: 400;
    }
    .stem {
      font-size: 1.0625rem;
      font-weight: 400;
    }
    .options {
      display: grid;
      gap: 0.5rem;
    }
    .option {
      display: flex;
      align-items: center;
      gap: 0.75rem;
      min-block-size: 3rem;
      padding-block: 0.625rem;
      padding-inline: 0.875rem;
      border: 2px solid var(--_border);
      border-radius: 0.5rem;
      background: var(--_option-bg);
      cursor: pointer;
    }
    .option:hover {
      border-color: var(--_muted);
    }
    .option:has(input:checked) {
      border-color: var(--_accent);
      background: var(--_option-selected-bg);
    }
    .option input {
      flex: none;
      inline-size: 1.5rem;
      block-size: 1.5rem;
      margin: 0;
      accent-color: var(--_accent);
    }
    .note {
      display: grid;
      gap: 0.25rem;
      padding-block: 0.625rem;
      padding-inline: 0.875rem;
      border-inline-start: 4px solid var(--_border);
      background: var(--_surface-alt);
      font-size: 0.9375rem;
    }
    .note-title {
      font-weight: 700;
    }

    /* The result. */
    .result h3 {
      margin-block-start: 0.25rem;
    }
    .level {
      font-weight: 600;
    }
    .reasons,
    .screens {
      display: grid;
      gap: 0.375rem;
    }
    .screen-name {
      font-weight: 700;
    }
    .screen-title {
      display: block;
      color: var(--_muted);
      font-size: 0.875rem;
    }
    .score {
      color: var(--_muted);
    }
    .next-steps,
    .save,
    .start-over {
      display: grid;
      justify-items: start;
      gap: 0.5rem;
    }
    .copy-status:empty {
      display: none;
    }
    .copy-fallback {
      display: grid;
      gap: 0.25rem;
    }
    .copy-fallback label {
      font-weight: 600;
    }
    textarea {
      inline-size: 100%;
      padding: 0.5rem;
      border: 2px solid var(--_muted);
      border-radius: 0.375rem;
      background: var(--_surface);
      color: var(--_text);
      font: inherit;
      font-size: 0.875rem;
    }

    @media (forced-colors: active) {
      .note,
      .option {
        border-color: CanvasText;
      }
      .option:has(input:checked) {
        border-color: Highlight;
        outline: 2px solid Highlight;
      }
      .error-summary,
      .form-group.has-error {
        border-color: Mark;
      }
      .button,
      .back {
        border: 2px solid ButtonText;
      }
    }

    @media print {
      .root {
        color: #000;
        background: #fff;
      }
      button,
      .button,
      .actions,
      .back,
      .save,
      .start-over,
      .next-steps,
      .live {
        display: none !important;
      }
      a {
        color: inherit;
      }
    }
  }
`;
