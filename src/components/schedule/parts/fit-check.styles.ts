/**
 * The fit check's styles: the days and times form, the visitor's entries, and whether each track fits (a mark and
 * a sentence, the stripe colour only repeating them). Its errors use the shared style (src/internal/form-fields.ts).
 */
import { css } from 'lit';

export const fitCheckStyles = css`
  @layer carepath {
    /* The visitor's own hours. */
    .entries,
    .fit-list {
      margin: 0;
      padding: 0;
      list-style: none;
    }
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
    .busy-days legend {
      padding: 0;
      margin-block-end: 0.5rem;
      font-weight: 600;
    }
    .check input {
      inline-size: 1.25rem;
      block-size: 1.25rem;
      margin: 0;
      flex: none;
      accent-color: var(--_accent);
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
    .button.quiet {
      min-block-size: 2.75rem;
      background: var(--_surface);
      color: var(--_accent);
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

    @media (forced-colors: active) {
      .fits,
      .overlaps {
        border: 1px solid CanvasText;
        border-inline-start-width: var(--_stripe);
      }
    }
  }
`;
