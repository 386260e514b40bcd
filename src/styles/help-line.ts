import { css } from 'lit';

/**
 * Every widget's help line (`src/internal/crisis-line.ts`), appended by the base element to each widget's styles.
 * The same defences as the quiz's crisis styles (`crisis.ts`): no part, fixed colour pairs at 4.5:1 or more (light `#1b2330` and links `#1d5bbf` on
 * `#f3f5f8`; dark `#eef2f7` and `#a8c7ff` on `#1f2630`), `!important` inside the shadow root, a size never below the
 * widget's body text, and a fixed system font (a page font could draw nothing). It sits outside the themed root,
 * so it carries the theme itself (`help-line dark`, `help-line auto`). It steps aside only where the widget shows a
 * crisis panel, which carries the same numbers and more and is itself fixed on screen.
 */
export const helpLineStyles = css`
  .help-line {
    --_hl-bg: #f3f5f8;
    --_hl-text: #1b2330;
    --_hl-link: #1d5bbf;
    --_hl-border: #c9d1dc;
    display: block !important;
    position: static !important;
    visibility: visible !important;
    opacity: 1 !important;
    inline-size: auto !important;
    block-size: auto !important;
    min-block-size: 0 !important;
    max-block-size: none !important;
    overflow: visible !important;
    margin: 0.5rem 0 0 !important;
    padding: 0.5em 0.75em !important;
    border: 1px solid var(--_hl-border) !important;
    border-radius: 0.375rem;
    background: var(--_hl-bg) !important;
    color: var(--_hl-text) !important;
    -webkit-text-fill-color: currentcolor !important;
    font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif !important;
    font-size: max(1em, 1rem, 16px) !important;
    font-style: normal !important;
    font-weight: 400 !important;
    line-height: 1.5 !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-shadow: none !important;
    text-transform: none !important;
    white-space: normal !important;
    filter: none !important;
    transform: none !important;
    clip-path: none !important;
    mask: none !important;
    content-visibility: visible !important;
    forced-color-adjust: auto;
  }
  /* Where the widget shows the quiz's crisis panel (which nothing can hide either), the panel says all this and more. */
  .help-line[data-beside-panel] {
    display: none !important;
  }
  .help-line.dark {
    --_hl-bg: #1f2630;
    --_hl-text: #eef2f7;
    --_hl-link: #a8c7ff;
    --_hl-border: #3b4757;
  }
  @media (prefers-color-scheme: dark) {
    .help-line.auto {
      --_hl-bg: #1f2630;
      --_hl-text: #eef2f7;
      --_hl-link: #a8c7ff;
      --_hl-border: #3b4757;
    }
  }
  .help-line :is(span, a) {
    display: inline !important;
    visibility: visible !important;
    opacity: 1 !important;
    font-size: inherit !important;
    line-height: inherit !important;
    -webkit-text-fill-color: currentcolor !important;
  }
  .help-line span {
    color: inherit !important;
  }
  .help-line a {
    color: var(--_hl-link) !important;
    font-weight: 400 !important;
    text-decoration: underline !important;
    text-underline-offset: 0.15em;
  }
  .help-line .center-line a {
    white-space: nowrap !important;
  }
  .help-line a:focus-visible {
    outline: 3px solid var(--_hl-link) !important;
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .help-line {
      border-color: CanvasText !important;
    }
  }
  @media print {
    .help-line {
      break-inside: avoid;
    }
  }
`;
