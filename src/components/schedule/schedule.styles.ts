/**
 * `<carepath-schedule>` styles, in the `carepath` layer so a partner's rules win ties. Logical properties only
 * (RTL for free). A session's kind is always written out; its stripe colour only repeats it, so forced colors
 * and colour-blind visitors lose nothing. Days become columns when the widget (not the page) is wide enough.
 */
import { css } from 'lit';

export const scheduleStyles = css`
  @layer carepath {
    .root {
      --_gap: var(--carepath-schedule-gap, 0.75rem);
      --_block-bg: var(--carepath-schedule-block-background, var(--_surface-alt));
      --_break-bg: var(--carepath-schedule-break-background, transparent);
      --_stripe: var(--carepath-schedule-stripe-width, 0.375rem);
      /* Stripe colours: a second cue beside the kind's name, never the only one. */
      --_kind-group: var(--_accent);
      --_kind-individual: #7a3db8;
      --_kind-family: #1f7a4d;
      --_kind-psychoeducation: #a4520a;
      --_kind-skills: #0e7480;
      --_kind-check-in: #5b6472;
      color-scheme: light;
    }
    .root.dark {
      --_kind-individual: #c9a4f5;
      --_kind-family: #7fd4a8;
      --_kind-psychoeducation: #ffb870;
      --_kind-skills: #6fd3dc;
      --_kind-check-in: #a9b3c1;
      color-scheme: dark;
    }
    @media (prefers-color-scheme: dark) {
      .root.auto {
        --_kind-individual: #c9a4f5;
        --_kind-family: #7fd4a8;
        --_kind-psychoeducation: #ffb870;
        --_kind-skills: #6fd3dc;
        --_kind-check-in: #a9b3c1;
        color-scheme: dark;
      }
    }

    .schedule {
      display: grid;
      gap: var(--_space);
      padding: var(--_space);
    }
    h2,
    h3,
    p {
      margin: 0;
    }
    .title {
      font-size: 1.25em;
      line-height: 1.3;
    }
    .sample,
    .hint {
      color: var(--_muted);
      font-size: 0.9375em;
    }

    /* Tracks: native radios drawn as large segments. */
    .tracks {
      margin: 0;
      padding: 0;
      border: 0;
      min-inline-size: 0;
    }
    .tracks legend,
    .busy-days legend {
      padding: 0;
      margin-block-end: 0.5rem;
      font-weight: 600;
    }
    .segments {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .segment {
      display: flex;
      align-items: center;
      gap: 0.625rem;
      min-block-size: 2.75rem;
      padding-block: 0.5rem;
      padding-inline: 0.75rem 1rem;
      border: 2px solid var(--_border);
      border-radius: calc(var(--_radius) / 1.5);
      background: var(--_surface);
      cursor: pointer;
    }
    .segment:has(input:checked) {
      border-color: var(--_accent);
      background: var(--_highlight);
    }
    .segment input,
    .check input {
      inline-size: 1.25rem;
      block-size: 1.25rem;
      margin: 0;
      flex: none;
      accent-color: var(--_accent);
    }
    .segment-text {
      display: flex;
      flex-direction: column;
      line-height: 1.25;
    }
    .segment-name {
      font-weight: 600;
    }
    .segment-start {
      color: var(--_muted);
      font-size: 0.875em;
    }
    .tracks-fixed {
      font-weight: 600;
    }

    /* Summary: two figures and a sentence. */
    .summary {
      display: grid;
      gap: 0.5rem;
    }
    .stats {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_gap);
      margin: 0;
    }
    .stat {
      display: flex;
      flex: 1 1 6rem;
      /* The label comes first for screen readers; the figure shows on top. Reversed, flex-end is the top. */
      flex-direction: column-reverse;
      justify-content: flex-end;
      max-inline-size: 10rem;
      padding-block: 0.5rem;
      padding-inline: 0.875rem;
      border-radius: calc(var(--_radius) / 1.5);
      background: var(--_surface-alt);
    }
    .stat dt {
      color: var(--_muted);
      font-size: 0.875em;
    }
    .stat dd {
      margin: 0;
      font-size: 1.75em;
      font-weight: 700;
      line-height: 1.2;
      font-variant-numeric: tabular-nums;
    }

    /* The week: a list of days, columns when the widget is wide. */
    .week,
    .blocks,
    .entries,
    .fit-list {
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

    /* The visitor's own hours. */
    .fit-check {
      display: grid;
      gap: 0.75rem;
      padding-block-start: var(--_space);
      border-block-start: 1px solid var(--_border);
    }
    .fit-check h3 {
      font-size: 1.125em;
    }
    .open-fit {
      justify-self: start;
    }
    /* Zero specificity, so the shared error bar (.has-error) shows on the days as on any field. */
    :where(.busy-days) {
      margin: 0;
      padding: 0;
      border: 0;
      min-inline-size: 0;
    }
    .checks {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
    }
    .check {
      display: inline-flex;
      align-items: center;
      gap: 0.5rem;
      min-block-size: 2.75rem;
      cursor: pointer;
    }
    .times {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: 0.75rem;
    }
    .field {
      display: grid;
      gap: 0.25rem;
    }
    .field label {
      font-weight: 600;
    }
    input[type='time'] {
      padding-inline: 0.5rem;
    }
    .button {
      display: inline-block;
    }
    .button.quiet {
      background: var(--_surface);
      color: var(--_accent);
    }
    .button.quiet {
      min-block-size: 2.75rem;
      padding-inline: 0.75rem;
      border-color: var(--_border);
      font-weight: 400;
    }
    .entries {
      display: grid;
      gap: 0.375rem;
    }
    .entry {
      position: relative;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem 1rem;
      padding-block: 0.25rem;
      padding-inline: 0.75rem 0.25rem;
      border-radius: 0.5rem;
      background: var(--_surface-alt);
    }
    .fit-list {
      display: grid;
      gap: 0.5rem;
    }
    .fits,
    .overlaps {
      display: flex;
      align-items: baseline;
      gap: 0.5rem;
      padding-block: 0.5rem;
      padding-inline: 0.75rem;
      border-inline-start: 4px solid var(--_border);
      border-radius: 0.25rem;
      background: var(--_surface-alt);
    }
    .fits {
      border-inline-start-color: var(--_kind-family);
    }
    .overlaps {
      border-inline-start-color: var(--_warning);
    }
    .mark {
      flex: none;
      font-weight: 700;
    }
    .conflicts {
      margin-block: 0.25rem 0;
      padding-inline-start: 1.25em;
    }
    .fit-empty {
      color: var(--_muted);
    }

    .download {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
    }

    /* The 24-hour levels. */
    .note {
      display: grid;
      gap: 0.375rem;
      padding: var(--_space);
      border-inline-start: 4px solid var(--_accent);
      border-radius: 0.25rem;
      background: var(--_surface-alt);
    }
    .note-heading {
      font-weight: 700;
    }

    @media (forced-colors: active) {
      .block,
      .fits,
      .overlaps,
      .note {
        border: 1px solid CanvasText;
        border-inline-start-width: var(--_stripe);
      }
      .kind-break {
        border-style: dashed;
      }
      .segment:has(input:checked) {
        border-color: Highlight;
      }
    }
  }
`;
