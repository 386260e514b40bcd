/**
 * `<carepath-schedule>` styles, in the `carepath` layer so a partner's rules win ties: the widget's tokens and frame,
 * the track picker, the summary, the download and the 24-hour note. The week (parts/week.styles.ts) and the fit
 * check (parts/fit-check.styles.ts) have their own files. Logical properties only (RTL for free).
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
    .tracks legend {
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
    .segment input {
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

    .button {
      display: inline-block;
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
      .note {
        border: 1px solid CanvasText;
        border-inline-start-width: var(--_stripe);
      }
      .segment:has(input:checked) {
        border-color: Highlight;
      }
    }
  }
`;
