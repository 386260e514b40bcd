/**
 * The family path's few styles of its own (it reuses the quiz's screen, question, option, help-action, resource
 * and button styles). Same layer as the quiz's, logical properties only.
 */
import { css } from 'lit';

export const familyStyles = css`
  @layer carepath {
    .family-steps,
    .family-list {
      display: grid;
      gap: 0.5rem;
      margin: 0;
      padding-inline-start: 1.5em;
    }
    .family-resources,
    .family-level-list {
      display: grid;
      gap: 0.75rem;
    }
    .family-level-list li {
      display: grid;
      gap: 0.25rem;
      padding-block: 0.5rem;
      border-block-end: 1px solid var(--_border);
    }
    .family-level-list li:last-child {
      border-block-end: 0;
    }
    .family-crisis h3 {
      margin-block-start: 0.25rem;
    }
  }
`;
