/**
 * Styles of `<carepath-levels>`. Under `layout="auto"` the view follows the host's width: the table (levels as columns,
 * attributes as rows) once the host is wide enough for its levels, else the cards. Logical properties only
 * (RTL); emphasis is a border and a text badge, never colour alone; forced colours keep the dots and the border.
 */
import { css } from 'lit';

export const levelsStyles = css`
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

    /* Which view shows, when both are built (pre-rendered markup, printing; a client-rendered widget builds only
       the one its container shows, at the same widths: TABLE_FROM_REM in shown-view.ts, checked by a test). The levels are the table's columns, so
       the width it needs grows with their number. With five levels and every attribute its narrowest layout is
       about 46rem (with the host's padding, in system-ui, DejaVu Sans or Atkinson Hyperlegible): it shows from
       50rem, a usual content column. */
    .both .table-view {
      display: none;
    }
    @container (min-width: 30rem) {
      .both.span-few .table-view {
        display: block;
      }
      .both.span-few .card-view {
        display: none;
      }
    }
    @container (min-width: 40rem) {
      .both.span-three .table-view {
        display: block;
      }
      .both.span-three .card-view {
        display: none;
      }
    }
    @container (min-width: 50rem) {
      .both.span-many .table-view {
        display: block;
      }
      .both.span-many .card-view {
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
    /* The caption spans the whole (wide) table: keep its text in view, as wide as the region, while it scrolls. */
    .scroller caption > * {
      position: sticky;
      inset-inline-start: 0;
      max-inline-size: calc(100cqi - 2 * var(--_pad));
    }
    /* While it scrolls, the row headers stay in view, so each figure keeps its meaning. */
    .scroller tbody th {
      position: sticky;
      inset-inline-start: 0;
      z-index: 1;
      background: var(--_surface);
    }
    table {
      inline-size: 100%;
      /* separate: each level's column draws its own side borders, so emphasis changes no sizes. */
      border-collapse: separate;
      border-spacing: 0;
      table-layout: auto;
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
      font-size: 1rem;
      line-height: 1.3;
      font-weight: 700;
      vertical-align: bottom;
    }
    .levels-1 .level {
      inline-size: 85%;
    }
    .levels-2 .level {
      inline-size: 42.5%;
    }
    .levels-3 .level {
      inline-size: 28.3%;
    }
    .levels-4 .level {
      inline-size: 21.25%;
    }
    .levels-5 .level {
      inline-size: 17%;
    }
    .corner {
      border-block-end-color: var(--_border);
    }
    /* Equal level columns beside a narrower row-header column (the table's automatic layout still grows a
       column whose words need more room, and the container query keeps that inside the box). */
    tbody th {
      inline-size: 15%;
      color: var(--_muted);
      font-size: 0.875rem;
      font-weight: 700;
    }
    .choose-row > * {
      border-block-end: 0;
      vertical-align: middle;
    }
    /* The emphasised level's column: a frame drawn over its cells, so it changes no sizes (no layout shift when a
       quiz's suggestion arrives) and the row lines stay whole. */
    table .is-highlight {
      position: relative;
      background: var(--_hl-bg);
    }
    table .is-highlight::after {
      content: '';
      position: absolute;
      inset: 0;
      border-inline: 3px solid var(--_hl);
      pointer-events: none;
    }
    th.is-highlight::after {
      border-block-start: 3px solid var(--_hl);
    }
    .choose-row > .is-highlight::after {
      border-block-end: 3px solid var(--_hl);
    }
    .choose .select {
      inline-size: 100%;
      min-inline-size: 0;
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
      table .is-highlight::after,
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
`;
