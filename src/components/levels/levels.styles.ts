/**
 * Styles of `<carepath-levels>`. Both views are in the DOM under `layout="auto"` and a container query on the host
 * shows one: the table once the host is wide enough for its columns, else the cards. Logical properties only
 * (RTL); emphasis is a border and a text badge, never colour alone; forced colours keep the dots and the border.
 */
import { css } from 'lit';
import { baseStyles } from '../../styles/tokens.js';

export const levelsStyles = [
  baseStyles,
  css`
    @layer carepath {
      .levels {
        --_hl: var(--carepath-levels-highlight-color, var(--_accent));
        --_hl-bg: var(--carepath-levels-highlight-background, var(--_highlight));
        --_scale: var(--carepath-levels-scale-color, var(--_text));
        display: grid;
        /* minmax(0, …): a forced table must scroll inside its region, not stretch the grid past the host. */
        grid-template-columns: minmax(0, 1fr);
        gap: var(--_space);
        --_pad: clamp(0.75rem, 4cqi, var(--_space));
        padding: var(--_pad);
        overflow-wrap: break-word;
      }
      .heading {
        margin: 0;
        font-size: 1.25rem;
        line-height: 1.3;
        font-weight: 700;
      }
      .note {
        margin: 0.25rem 0 0;
        color: var(--_muted);
        font-size: 0.875rem;
        font-weight: 400;
      }

      /* Which view shows. */
      .layout-auto .table-view {
        display: none;
      }
      @container (min-width: 36rem) {
        .layout-auto.span-s .table-view {
          display: block;
        }
        .layout-auto.span-s .card-view {
          display: none;
        }
      }
      @container (min-width: 48rem) {
        .layout-auto.span-m .table-view {
          display: block;
        }
        .layout-auto.span-m .card-view {
          display: none;
        }
      }
      /* All columns: the table's narrowest (min-content) layout is about 60.3rem with the host's padding in
         system-ui or DejaVu Sans, 57rem in Atkinson Hyperlegible; below 62rem the cards show instead. */
      @container (min-width: 62rem) {
        .layout-auto.span-l .table-view {
          display: block;
        }
        .layout-auto.span-l .card-view {
          display: none;
        }
      }

      /* Table. */
      .scroller {
        /* Positioned, so the visually hidden texts inside scroll with it instead of widening the page. */
        position: relative;
        overflow-x: auto;
        border-radius: calc(var(--_radius) / 2);
      }
      .scroller table {
        min-inline-size: var(--carepath-levels-table-min-width, 48rem);
      }
      .scroller td {
        min-inline-size: 7.5rem;
      }
      /* The caption spans the whole (wide) table: keep its text in view, as wide as the region, while it scrolls. */
      .scroller caption > * {
        position: sticky;
        inset-inline-start: 0;
        max-inline-size: calc(100cqi - 2 * var(--_pad));
      }
      table {
        inline-size: 100%;
        border-collapse: collapse;
        font-size: 0.9375rem;
      }
      caption {
        text-align: start;
        padding-block-end: 0.75rem;
      }
      th,
      td {
        padding: var(--carepath-levels-cell-padding, 0.625rem 0.5rem);
        text-align: start;
        vertical-align: top;
        border-block-end: 1px solid var(--_border);
      }
      thead th {
        background: var(--_surface-alt);
        font-size: 0.875rem;
        font-weight: 700;
        vertical-align: bottom;
      }
      tbody th {
        font-weight: 700;
        min-inline-size: 8rem;
      }
      td[data-column='fit'] {
        /* 12rem made the automatic table wider than its box up to about 1,230 px, cutting off "Choose". */
        min-inline-size: 10rem;
      }
      /* Emphasis changes no sizes (no layout shift when a quiz's suggestion arrives): an outline round the row,
         and a start bar that every row header reserves. */
      tr > :first-child {
        border-inline-start: 6px solid transparent;
      }
      tr.is-highlight {
        outline: 3px solid var(--_hl);
        outline-offset: -3px;
      }
      tr.is-highlight > * {
        background: var(--_hl-bg);
      }
      tr.is-highlight > th {
        border-inline-start-color: var(--_hl);
      }
      .choose {
        vertical-align: middle;
      }

      /* Cards. */
      .card-view {
        display: grid;
        gap: 0.75rem;
      }
      .cards {
        display: grid;
        gap: 0.75rem;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .card {
        display: grid;
        gap: 0.75rem;
        padding: 0.875rem clamp(0.75rem, 4cqi, 1rem);
        border: 1px solid var(--_border);
        border-radius: calc(var(--_radius) * 0.75);
        background: var(--_surface);
      }
      .card.is-highlight {
        border: 3px solid var(--_hl);
        border-inline-start-width: 8px;
        background: var(--_hl-bg);
      }
      .card-title {
        margin: 0;
        font-size: 1.125rem;
        line-height: 1.3;
      }
      dl {
        display: grid;
        gap: 0.625rem;
        margin: 0;
      }
      dt {
        color: var(--_muted);
        font-size: 0.875rem;
        font-weight: 700;
      }
      dd {
        margin: 0;
      }
      @container (min-width: 32rem) {
        .pair {
          display: grid;
          grid-template-columns: minmax(7rem, 11rem) 1fr;
          gap: 1rem;
        }
      }

      /* Level names, badges, ratings. */
      .level-name {
        display: block;
      }
      .badge {
        display: inline-block;
        margin-block-start: 0.25rem;
        padding: 0.0625rem 0.5rem;
        border: 1px solid transparent;
        border-radius: 999px;
        background: var(--_hl);
        color: var(--_on-accent);
        font-size: 0.8125rem;
        font-weight: 700;
        line-height: 1.5;
      }
      .rating {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.125rem 0.5rem;
      }
      .scale {
        display: inline-flex;
        gap: 0.1875rem;
      }
      .dot {
        inline-size: 0.6875rem;
        block-size: 0.6875rem;
        border: 2px solid var(--_scale);
        border-radius: 50%;
      }
      .dot.on {
        background: var(--_scale);
      }
      .extra {
        display: block;
        margin-block-start: 0.25rem;
      }

      /* The "Choose" buttons: 44 px targets, pressed state by fill and a check mark, not colour alone. */
      .select {
        display: inline-flex;
        align-items: center;
        justify-content: center;
        gap: 0.375rem;
        min-block-size: 2.75rem;
        min-inline-size: 6.5rem;
        padding: 0.375rem 0.875rem;
        border: 2px solid var(--_accent);
        border-radius: 0.5rem;
        background: var(--_surface);
        color: var(--_accent);
        font: inherit;
        font-size: 0.9375rem;
        font-weight: 700;
        cursor: pointer;
      }
      .card .select {
        justify-self: start;
      }
      .select[aria-pressed='true'] {
        background: var(--_accent);
        color: var(--_on-accent);
      }
      .select[aria-pressed='false'] .check {
        display: none;
      }
      .select[aria-pressed='true'] .check::before {
        content: '✓';
      }

      /* Call to action and footnote. */
      .cta-row {
        margin: 0;
      }
      .cta {
        display: inline-flex;
        align-items: center;
        min-block-size: 2.75rem;
        padding: 0.5rem 1.25rem;
        border: 2px solid transparent; /* drawn in forced colours, where the fill is not */
        border-radius: 0.5rem;
        background: var(--_accent);
        color: var(--_on-accent);
        font-weight: 700;
        text-decoration: none; /* a filled button: the fill and the border in forced colours mark it */
      }
      .footnote {
        color: var(--_muted);
        font-size: 0.875rem;
      }
      .footnote p {
        margin: 0 0 0.5rem;
      }
      .sources-title {
        font-weight: 700;
      }
      .sources {
        margin: 0;
        padding-inline-start: 1.25em;
      }

      @media (forced-colors: active) {
        .dot {
          forced-color-adjust: none;
          border-color: CanvasText;
          background: Canvas;
        }
        .dot.on {
          background: CanvasText;
        }
        tr > :first-child {
          border-inline-start-color: Canvas;
        }
        tr.is-highlight {
          outline-color: Highlight;
        }
        tr.is-highlight > th,
        .card.is-highlight {
          border-color: Highlight;
        }
        .badge {
          border-color: CanvasText;
        }
        .select[aria-pressed='true'] {
          forced-color-adjust: none;
          border-color: Highlight;
          background: Highlight;
          color: HighlightText;
        }
      }
    }
  `,
];
