/**
 * What the quiz hands the lazily loaded family screens (lazy/): Lit's template tag and directive, the path's fixed
 * words, and the small template pieces its safety screens share, which ship in the main file. The lazy file
 * imports nothing at run time (types only), so one copy of it serves every main CDN file, each with Lit inlined.
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { FAMILY_UI } from '../../../core/family.js';
import { renderNextSteps } from '../screens/next-steps.js';
import { renderFamilyCrisisPanel } from './crisis.js';
import { backButton, heading, nextButton, progressLine, rich, say, type FamilyContext } from './parts.js';

export interface FamilyKit {
  readonly html: typeof html;
  readonly nothing: typeof nothing;
  readonly live: typeof live;
  readonly ui: typeof FAMILY_UI;
  readonly say: typeof say;
  readonly rich: typeof rich;
  readonly backButton: typeof backButton;
  readonly heading: typeof heading;
  readonly nextButton: typeof nextButton;
  readonly progressLine: typeof progressLine;
  readonly renderFamilyCrisisPanel: typeof renderFamilyCrisisPanel;
  readonly renderNextSteps: typeof renderNextSteps;
}

export const FAMILY_KIT: FamilyKit = { html, nothing, live, ui: FAMILY_UI, say, rich, backButton, heading, nextButton, progressLine, renderFamilyCrisisPanel, renderNextSteps };

/** Every lazily loaded screen gets the usual context and the kit. */
export interface FamilyLazyContext extends FamilyContext {
  readonly kit: FamilyKit;
}
