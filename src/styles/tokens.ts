/**
 * Design tokens in three tiers (global `--carepath-*` → component `--carepath-<widget>-*` → private `--_*`) and
 * the resets every widget shares. One brand colour is enough: `--carepath-color-accent` alone also gives the
 * highlight (12% of it over the surface), the focus ring (the accent itself) and the dark theme's accent (the
 * accent mixed half with white) and highlight (15% over the dark surface), each derived with `color-mix()`; any
 * of them can still be set on its own. Component CSS sits in the `carepath` cascade layer so a partner's own rules
 * win ties. The widget inherits from the page only what it should (font family, direction); every other inherited
 * text property is reset on `.root` (docs/reference/theming.md lists them). Not on `:host`: a page's rule on the
 * tag — even `* { line-height: 3 !important }` — beats `:host`, but no page rule reaches inside the shadow root.
 */
import { css } from 'lit';

export const baseStyles = css`
  @layer carepath {
    :host {
      display: block;
      container-type: inline-size;
      font-family: var(--carepath-font-family, inherit);
    }
    :host([hidden]) {
      display: none;
    }
    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }
    .root {
      --_surface: var(--carepath-color-surface, #ffffff);
      --_surface-alt: var(--carepath-color-surface-alt, #f3f5f8);
      --_text: var(--carepath-color-text, #1b2330);
      --_muted: var(--carepath-color-muted, #4a5568);
      --_border: var(--carepath-color-border, #c9d1dc);
      --_accent: var(--carepath-color-accent, #1d5bbf);
      --_on-accent: var(--carepath-color-on-accent, #ffffff);
      --_highlight: var(--carepath-color-highlight, color-mix(in srgb, var(--_accent) 12%, var(--_surface)));
      --_focus: var(--carepath-color-focus, var(--_accent));
      --_warning: var(--carepath-color-warning, #8a4b00);
      --_error: var(--carepath-color-error, #b3261e);
      --_radius: var(--carepath-radius, 0.75rem);
      --_space: var(--carepath-space, 1rem);
      color: var(--_text);
      -webkit-text-fill-color: currentcolor;
      background: var(--_surface);
      border-radius: var(--_radius);
      color-scheme: light;
      accent-color: auto;
      caret-color: auto;
      font-size: var(--carepath-font-size, 1rem);
      font-size-adjust: none;
      font-style: normal;
      font-weight: 400;
      font-variant: normal;
      font-stretch: normal;
      font-feature-settings: normal;
      line-height: 1.5;
      letter-spacing: normal;
      word-spacing: normal;
      text-transform: none;
      text-align: start;
      text-indent: 0;
      text-shadow: none;
      white-space: normal;
      word-break: normal;
      overflow-wrap: break-word;
      hyphens: manual;
      writing-mode: horizontal-tb;
      visibility: visible;
      cursor: auto;
    }
    .root.dark {
      color-scheme: dark;
      --_surface: var(--carepath-color-surface-dark, #151a21);
      --_surface-alt: var(--carepath-color-surface-alt-dark, #1f2630);
      --_text: var(--carepath-color-text-dark, #e8edf4);
      --_muted: var(--carepath-color-muted-dark, #b3bdca);
      --_border: var(--carepath-color-border-dark, #3b4757);
      --_accent: var(--carepath-color-accent-dark, color-mix(in srgb, var(--carepath-color-accent, #1d5bbf) 50%, #ffffff));
      --_on-accent: var(--carepath-color-on-accent-dark, #0b1220);
      --_highlight: var(--carepath-color-highlight-dark, color-mix(in srgb, var(--_accent) 15%, var(--_surface)));
      --_focus: var(--carepath-color-focus-dark, var(--_accent));
      --_warning: var(--carepath-color-warning-dark, #ffc46b);
      --_error: var(--carepath-color-error-dark, #ffb4ab);
    }
    @media (prefers-color-scheme: dark) {
      .root.auto {
        color-scheme: dark;
        --_surface: var(--carepath-color-surface-dark, #151a21);
        --_surface-alt: var(--carepath-color-surface-alt-dark, #1f2630);
        --_text: var(--carepath-color-text-dark, #e8edf4);
        --_muted: var(--carepath-color-muted-dark, #b3bdca);
        --_border: var(--carepath-color-border-dark, #3b4757);
        --_accent: var(--carepath-color-accent-dark, color-mix(in srgb, var(--carepath-color-accent, #1d5bbf) 50%, #ffffff));
        --_on-accent: var(--carepath-color-on-accent-dark, #0b1220);
        --_highlight: var(--carepath-color-highlight-dark, color-mix(in srgb, var(--_accent) 15%, var(--_surface)));
        --_focus: var(--carepath-color-focus-dark, var(--_accent));
        --_warning: var(--carepath-color-warning-dark, #ffc46b);
        --_error: var(--carepath-color-error-dark, #ffb4ab);
      }
    }
    :focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    /* The shared controls: one primary-button look and one text-field look for every widget. */
    .button {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      min-block-size: 2.75rem;
      padding-block: 0.5rem;
      padding-inline: 1.25rem;
      border: 2px solid var(--_accent);
      border-radius: 0.5rem;
      background: var(--_accent);
      color: var(--_on-accent);
      font: inherit;
      font-weight: 600;
      text-align: center;
      text-decoration: none;
      cursor: pointer;
    }
    .button.secondary {
      background: var(--_surface);
      color: var(--_accent);
    }
    select,
    input[type='text'],
    input[type='time'] {
      min-block-size: 2.75rem;
      padding-block: 0.25rem;
      padding-inline: 0.625rem;
      border: 2px solid var(--_muted);
      border-radius: 0.375rem;
      background: var(--_surface);
      color: var(--_text);
      font: inherit;
    }
    .notice {
      margin: 0;
      padding: var(--_space);
      color: var(--_muted);
    }
    .debug {
      margin-block-start: var(--_space);
      padding: calc(var(--_space) / 2) var(--_space);
      border: 2px dashed var(--_warning);
      border-radius: calc(var(--_radius) / 2);
      color: var(--_text);
      font-size: 0.875em;
    }
    .debug ul {
      margin: 0;
      padding-inline-start: 1.25em;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    @media (prefers-reduced-motion: reduce) {
      *,
      *::before,
      *::after {
        transition: none !important;
        animation: none !important;
      }
    }
  }
`;
