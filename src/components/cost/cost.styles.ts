/**
 * `<carepath-cost>` styles, in the `carepath` layer so a partner's rules win ties. Logical properties only (RTL for
 * free). The form and the results sit side by side once the widget itself (a container query, not the window) is
 * wide enough, and stack below that. The visitor's share is solid and the plan's hatched, each named in a table,
 * so the bar and the chart never rely on colour alone — and in forced colors they stay solid vs hatched.
 */
import { css } from 'lit';

export const costStyles = css`
  @layer carepath {
    .root {
      --_cost-you: var(--carepath-cost-accent, var(--_accent));
      --_cost-plan: var(--carepath-cost-plan-color, var(--_muted));
      --_cost-plan-bg: var(--carepath-cost-plan-background, var(--_surface-alt));
      --_gap: var(--carepath-cost-gap, 1rem);
      --_chart-height: var(--carepath-cost-chart-height, 9rem);
      color-scheme: light;
    }
    .root.dark {
      color-scheme: dark;
    }
    @media (prefers-color-scheme: dark) {
      .root.auto {
        color-scheme: dark;
      }
    }

    .cost {
      display: grid;
      gap: var(--_space);
      padding: clamp(0.75rem, 4cqi, var(--_space));
      overflow-wrap: break-word;
    }
    h2,
    h3,
    h4,
    p {
      margin: 0;
    }
    h2 {
      font-size: 1.25em;
      line-height: 1.3;
    }
    h3 {
      font-size: 1.125em;
      line-height: 1.3;
    }
    h4 {
      font-size: 1em;
    }
    .intro {
      display: grid;
      gap: 0.25rem;
    }
    .lede,
    .hint {
      color: var(--_muted);
      font-size: 0.9375em;
    }

    /* A phone-sized container: the result first, then the form. Wider: the form, and the result beside it, in view
       (sticky) while the lower fields are edited. */
    .layout {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: calc(var(--_space) * 1.5);
      align-items: start;
    }
    @container (min-width: 40rem) {
      .layout {
        grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      }
      .layout > .form {
        grid-column: 1;
        grid-row: 1;
      }
      .layout > .results {
        position: sticky;
        inset-block-start: var(--carepath-cost-sticky-top, 0.5rem);
        grid-column: 2;
        grid-row: 1;
      }
    }

    /* The form: native controls, large targets, one column. */
    .form {
      display: grid;
      gap: calc(var(--_space) * 1.25);
      min-inline-size: 0;
    }
    /* Flex, not grid: WebKit keeps a legend's first width in a grid fieldset when the container narrows later. */
    .group,
    .choices {
      display: flex;
      flex-direction: column;
      gap: var(--_gap);
      min-inline-size: 0;
      margin: 0;
      padding: 0;
      border: 0;
    }
    .group > legend {
      margin-block-end: 0.75rem;
      padding: 0;
      font-size: 1.125em;
      font-weight: 700;
    }
    .choices {
      gap: 0.125rem;
    }
    .choices > legend {
      margin-block-end: 0.25rem;
      padding: 0;
    }
    /* "How will you pay?" opens the second half of the form, so it reads as that half's heading. */
    .choices.coverage > legend {
      margin-block-end: 0.5rem;
      font-size: 1.125em;
      font-weight: 700;
    }
    .field {
      display: grid;
      gap: 0.25rem;
      min-inline-size: 0;
    }
    fieldset.field {
      display: flex;
      flex-direction: column;
    }
    .field > label:not(.choice),
    .choices > legend,
    .fixed-label {
      font-weight: 600;
    }
    .choice {
      display: flex;
      align-items: flex-start;
      gap: 0.625rem;
      min-block-size: 2.75rem;
      padding-block: 0.5rem;
      font-weight: 400;
      cursor: pointer;
    }
    .choice input {
      flex: none;
      inline-size: 1.25rem;
      block-size: 1.25rem;
      margin: 0.125rem 0 0;
      accent-color: var(--_accent);
    }
    select {
      inline-size: 100%;
      max-inline-size: 26rem;
    }
    .control {
      display: flex;
      align-items: stretch;
      max-inline-size: 13rem;
    }
    .control.count {
      max-inline-size: 6rem;
    }
    .control.percent {
      max-inline-size: 8rem;
    }
    .control input {
      flex: 1 1 auto;
      inline-size: 100%;
      min-inline-size: 0;
      font-variant-numeric: tabular-nums;
    }
    .affix {
      display: flex;
      flex: none;
      align-items: center;
      padding-inline: 0.625rem;
      border: 2px solid var(--_muted);
      background: var(--_surface-alt);
      font-weight: 600;
      white-space: nowrap;
    }
    .prefix {
      border-inline-end: 0;
      border-start-start-radius: 0.375rem;
      border-end-start-radius: 0.375rem;
    }
    .prefix + input {
      border-start-start-radius: 0;
      border-end-start-radius: 0;
    }
    .suffix {
      border-inline-start: 0;
      border-start-end-radius: 0.375rem;
      border-end-end-radius: 0.375rem;
    }
    .control.percent input {
      border-start-end-radius: 0;
      border-end-end-radius: 0;
    }
    .note-inline {
      padding-block: 0.5rem;
      padding-inline: 0.75rem;
      border-inline-start: 4px solid var(--_accent);
      border-radius: 0.25rem;
      background: var(--_highlight);
      font-size: 0.9375em;
    }
    .fixed-value {
      font-size: 1.0625em;
    }

    /* The results. */
    .results {
      display: grid;
      gap: var(--_space);
      min-inline-size: 0;
      padding: clamp(0.75rem, 3cqi, var(--_space));
      /* Invisible, until forced colors drop the background: then it still frames the results. */
      border: 1px solid transparent;
      border-radius: var(--_radius);
      background: var(--_surface-alt);
    }
    .figures {
      display: grid;
      gap: 0.75rem;
    }
    .lead {
      display: flex;
      flex-direction: column;
    }
    .lead-label {
      font-weight: 600;
    }
    .lead-value {
      font-size: 2.25em;
      font-weight: 700;
      line-height: 1.15;
    }
    .figure-list {
      display: grid;
      margin: 0;
    }
    .figure-list dd {
      margin: 0;
    }
    .figure {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 0 1rem;
      padding-block: 0.375rem;
      border-block-end: 1px solid var(--_border);
    }
    .figure-value {
      font-weight: 700;
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    .figure .figure-value {
      /* When a long label wraps the value to its own line, it stays at the end. */
      margin-inline-start: auto;
    }
    .sentence {
      display: block;
    }
    .cap.is-reached {
      font-weight: 600;
    }
    .stale {
      padding-block: 0.5rem;
      padding-inline: 0.75rem;
      border-inline-start: 4px solid var(--_warning);
      border-radius: 0.25rem;
      background: var(--_surface);
    }
    .prompt {
      display: block;
      font-weight: 600;
    }

    /* "More plan details": a native disclosure, as large as a button. */
    .more {
      border-block: 1px solid var(--_border);
    }
    .more > summary {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      min-block-size: 2.75rem;
      padding-block: 0.5rem;
      color: var(--_accent);
      font-size: 1.0625em;
      font-weight: 700;
      cursor: pointer;
      list-style: none;
    }
    .more > summary::-webkit-details-marker {
      display: none;
    }
    /* A chevron that turns when the fold opens (borders, so forced colors keep it). */
    .more > summary::before {
      content: '';
      flex: none;
      inline-size: 0.5rem;
      block-size: 0.5rem;
      margin-inline: 0.125rem 0.25rem;
      border-block-end: 2px solid currentcolor;
      border-inline-end: 2px solid currentcolor;
      transform: rotate(-45deg);
    }
    .more[open] > summary::before {
      transform: rotate(45deg);
    }
    :host(:dir(rtl)) .more:not([open]) > summary::before {
      transform: rotate(135deg);
    }
    .more-fields {
      padding-block: 0.5rem var(--_space);
    }
    .breakdown {
      display: grid;
      gap: var(--_space);
      max-inline-size: 40rem;
    }

    /* The 24-hour levels. */
    .note {
      display: grid;
      gap: 0.375rem;
      padding: var(--_space);
      border-inline-start: 4px solid var(--_accent);
      border-radius: 0.25rem;
    }

    .about {
      display: grid;
      gap: 0.5rem;
      padding-block-start: var(--_space);
      border-block-start: 1px solid var(--_border);
      font-size: 0.9375em;
    }
    .about h3 {
      font-size: 1em;
    }
    .about ul {
      margin: 0;
      padding-inline-start: 1.25em;
    }
  }
`;
