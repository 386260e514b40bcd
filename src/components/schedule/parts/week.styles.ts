/**
 * The week's styles: the program days as a list, columns once the widget (not the page) is wide enough, and each
 * session with a stripe for its kind. The kind is always written out; the stripe only repeats it, so forced colors
 * and colour-blind visitors lose nothing. The stripe colours are tokens on `.root` (schedule.styles.ts).
 */
import { css } from 'lit';

export const weekStyles = css`
  @layer carepath {
    /* The week: a list of days, columns when the widget is wide. */
    .week,
    .blocks {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .week {
      display: grid;
      gap: var(--_gap);
    }
    .day {
      position: relative;
      min-inline-size: 0;
      padding: 0.75rem;
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) / 1.5);
    }
    .day-name {
      font-size: 1em;
    }
    .day-span {
      margin-block-end: 0.5rem;
      color: var(--_muted);
      font-size: 0.875em;
    }
    .blocks {
      display: grid;
      gap: 0.375rem;
    }
    .block {
      position: relative;
      display: flex;
      flex-direction: column;
      padding-block: 0.375rem;
      padding-inline: 0.625rem 0.5rem;
      border-inline-start: var(--_stripe) solid var(--_kind, var(--_border));
      border-radius: 0.25rem;
      background: var(--_block-bg);
      font-size: 0.875em;
      line-height: 1.35;
    }
    .block-time {
      color: var(--_muted);
      font-variant-numeric: tabular-nums;
    }
    time {
      white-space: nowrap;
    }
    .block-kind,
    .block-title {
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .has-title .block-kind {
      font-weight: 400;
    }
    .kind-group {
      --_kind: var(--_kind-group);
    }
    .kind-individual {
      --_kind: var(--_kind-individual);
    }
    .kind-family {
      --_kind: var(--_kind-family);
    }
    .kind-psychoeducation {
      --_kind: var(--_kind-psychoeducation);
    }
    .kind-skills {
      --_kind: var(--_kind-skills);
    }
    .kind-check-in {
      --_kind: var(--_kind-check-in);
    }
    .kind-break {
      border-inline-start-style: dashed;
      background: var(--_break-bg);
    }
    .kind-break .block-kind {
      font-weight: 400;
      font-style: italic;
    }
    @container (min-width: 42rem) {
      .week {
        grid-auto-flow: column;
        grid-auto-columns: minmax(0, 1fr);
      }
    }


    @media (forced-colors: active) {
      .block {
        border: 1px solid CanvasText;
        border-inline-start-width: var(--_stripe);
      }
      .kind-break {
        border-style: dashed;
      }
    }
  }
`;
