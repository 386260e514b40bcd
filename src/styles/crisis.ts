/**
 * Fixed styles for the quiz's crisis help: the crisis line, the crisis panel, the safety boxes, the SAMHSA line
 * and the "not a diagnosis" disclaimer.
 *
 * A page must not be able to hide, shrink or recolour them, by any route it has into the widget:
 * - `::part()`: none of these blocks, nor anything inside them, carries a part.
 * - theme tokens (`--carepath-*`): not read here. The colours are fixed pairs, one for the light theme and one
 *   for the dark, each at least 4.5:1 (WCAG AA for body text; measured in the tests). The private custom
 *   properties are set on the blocks themselves, so a value inherited from the page never reaches them.
 * - inherited styles (a page's `::part(base)` or a rule on the tag: colour, `-webkit-text-fill-color`, font size,
 *   line height, letter spacing, visibility): each is set again on the blocks. Sizes never drop below the
 *   widget's body text (1em), the reader's root size (1rem) or 16px, whichever is largest.
 * - `!important` inside the shadow root wins over every page rule, `!important` or not (the cascade gives
 *   the inner context the last word for important declarations), and over the widget's own rules above.
 * Unlayered on purpose: these must not tie with the `carepath` layer. The only way left to hide them is to hide
 * the whole widget, which a page is free to do. Every widget's help line has its own file, `help-line.ts`, so the
 * table, the estimator and the schedule do not carry these.
 */
import { css } from 'lit';

export const crisisStyles = css`
  .crisis-line,
  .crisis-panel,
  .resource,
  .samhsa,
  .disclaimer {
    /* Neutral block (light theme). */
    --_cr-bg: #f3f5f8;
    --_cr-text: #1b2330;
    --_cr-detail: #3d4757;
    --_cr-link: #1d5bbf;
    --_cr-border: #1d5bbf;
    --_cr-action-bg: #ffffff;
    display: block !important;
    visibility: visible !important;
    opacity: 1 !important;
    max-inline-size: var(--carepath-quiz-max-width, 42rem);
    margin: 0;
    padding-block: 0.75em;
    padding-inline: 1em;
    border-radius: 0.25rem;
    background: var(--_cr-bg) !important;
    color: var(--_cr-text) !important;
    -webkit-text-fill-color: currentcolor !important;
    font-size: max(1em, 1rem, 16px) !important;
    font-style: normal;
    font-weight: 400;
    line-height: 1.5 !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-indent: 0 !important;
    text-shadow: none !important;
    text-transform: none !important;
    filter: none !important;
    transform: none !important;
    clip-path: none !important;
    forced-color-adjust: auto;
  }
  /* The crisis panel and an urgent box: the calm blue highlight (light theme). */
  .crisis-panel,
  .resource.urgent {
    --_cr-bg: #e6effc;
  }
  .crisis-line {
    margin-block-end: 0;
    border-inline-start: 4px solid var(--_cr-border) !important;
  }
  .crisis-panel {
    display: grid !important;
    gap: 0.75em;
    padding: 1em;
    border: 3px solid var(--_cr-border) !important;
    border-radius: 0.5rem;
  }
  .resource {
    display: grid !important;
    gap: 0.375em;
    border-inline-start: 4px solid var(--_cr-border) !important;
  }
  .resource.urgent {
    border: 3px solid var(--_cr-border) !important;
    border-inline-start-width: 6px !important;
  }
  .disclaimer {
    border-block-start: 1px solid var(--_cr-detail) !important;
  }

  /* Dark theme: the same blocks, their own fixed pair. */
  .root.dark :is(.crisis-line, .crisis-panel, .resource, .samhsa, .disclaimer) {
    --_cr-bg: #1f2630;
    --_cr-text: #eef2f7;
    --_cr-detail: #c9d3df;
    --_cr-link: #a8c7ff;
    --_cr-border: #a8c7ff;
    --_cr-action-bg: #0f1620;
  }
  .root.dark :is(.crisis-panel, .resource.urgent) {
    --_cr-bg: #1c2d4a;
  }
  @media (prefers-color-scheme: dark) {
    .root.auto :is(.crisis-line, .crisis-panel, .resource, .samhsa, .disclaimer) {
      --_cr-bg: #1f2630;
      --_cr-text: #eef2f7;
      --_cr-detail: #c9d3df;
      --_cr-link: #a8c7ff;
      --_cr-border: #a8c7ff;
      --_cr-action-bg: #0f1620;
    }
    .root.auto :is(.crisis-panel, .resource.urgent) {
      --_cr-bg: #1c2d4a;
    }
  }

  /* Everything inside: the block's colour and size, never a theme's. */
  :is(.crisis-line, .crisis-panel, .resource, .samhsa, .disclaimer) :is(p, li, span, ul, ol, h2, h3) {
    visibility: visible !important;
    opacity: 1 !important;
    color: inherit !important;
    font-size: inherit !important;
    line-height: inherit !important;
    margin: 0;
  }
  :is(.crisis-line, .crisis-panel, .resource, .samhsa, .disclaimer) :is(h2, h3) {
    font-size: max(1.125em, 18px) !important;
    line-height: 1.3 !important;
    font-weight: 700;
  }
  .crisis-panel h2 {
    font-size: max(1.375em, 22px) !important;
  }
  :is(.crisis-line, .crisis-panel, .resource, .samhsa, .disclaimer) a {
    visibility: visible !important;
    opacity: 1 !important;
    color: var(--_cr-link) !important;
    font-size: inherit !important;
    font-weight: 600;
    text-decoration: underline !important;
    text-underline-offset: 0.15em;
  }
  .resource ol {
    padding-inline-start: 1.5em;
  }
  .emergency {
    font-weight: 700;
  }

  /* The crisis panel's ways to reach someone: large targets, numbers written out. */
  .help-actions {
    display: grid !important;
    gap: 0.5em;
    padding: 0 !important;
    list-style: none;
  }
  .crisis-panel a.help-action,
  .crisis-panel .help-action {
    display: flex !important;
    flex-direction: column;
    justify-content: center;
    min-block-size: 3rem;
    padding-block: 0.5em;
    padding-inline: 1em;
    border: 2px solid var(--_cr-border) !important;
    border-radius: 0.5rem;
    background: var(--_cr-action-bg) !important;
    color: var(--_cr-text) !important;
    font-weight: 400;
    text-decoration: none !important;
  }
  .crisis-panel .help-action.static {
    border-style: dashed !important;
  }
  .crisis-panel .action-label {
    font-size: max(1.125em, 18px) !important;
    font-weight: 700;
  }
  .crisis-panel a.help-action .action-label {
    color: var(--_cr-link) !important;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .crisis-panel .action-detail {
    color: var(--_cr-detail) !important;
  }
  .crisis-heading:focus {
    outline: none;
  }

  @media (forced-colors: active) {
    .crisis-line,
    .crisis-panel,
    .resource,
    .crisis-panel .help-action {
      border-color: CanvasText !important;
    }
  }
  @media print {
    .crisis-line,
    .crisis-panel,
    .resource {
      break-inside: avoid;
    }
  }
`;

