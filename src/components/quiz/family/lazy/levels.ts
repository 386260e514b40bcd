/**
 * The path's last screen: the levels of care to read about — all five, none suggested, each named as the table of
 * levels names it — then the partner's calls to action (never in a crisis: a crisis shows help only, with the
 * crisis panel first) and Start over. Lazily loaded: Lit and the shared pieces come in the kit (../kit.ts).
 */
import type { TemplateResult } from 'lit';
import type { FAMILY_LEVELS } from '../../../../core/family-content.js';
import type { CareLevelId } from '../../../../core/levels.js';
import type { CallToAction } from '../../screens/next-steps.js';
import type { FamilyCrisisKind } from '../crisis.js';
import type { FamilyLazyContext } from '../kit.js';

/** The partner's calls to action, as the self-assessment's result shows them. */
export type FamilyCta = CallToAction;

/** One level as the screen lists it, in the visitor's language. */
export interface FamilyLevelRow {
  readonly id: CareLevelId;
  /** "Intensive outpatient (IOP)": the core's `levelName`. */
  readonly name: string;
  /** Where and how much: "Live at home and go to a program 3 to 5 days a week. 9 to under 20 hours a week." */
  readonly text: string;
}

export interface LevelsState {
  readonly levels: readonly FamilyLevelRow[];
  /** The crisis answer given in this visit (it sticks until Start over), or null. */
  readonly crisis: FamilyCrisisKind | null;
  /** The partner's calls to action; not shown in a crisis. */
  readonly ctas: readonly FamilyCta[];
}

export interface LevelsHandlers {
  readonly onBack: () => void;
  readonly onCta: (cta: FamilyCta) => void;
  readonly onStartOver: () => void;
}

export function renderLevels(ctx: FamilyLazyContext, content: typeof FAMILY_LEVELS, state: LevelsState, handlers: LevelsHandlers): TemplateResult {
  const { lang, kit } = ctx;
  const { html, nothing, say, ui } = kit;
  const crisis = state.crisis;
  // No `result` part here: the crisis panel sits inside, and no page rule on a part may reach it.
  return html`${crisis ? nothing : ctx.crisisLine}
    <div class="screen family-levels">
    ${kit.backButton(lang, handlers.onBack)} ${crisis ? kit.renderFamilyCrisisPanel(lang, crisis, true, ctx) : nothing}
    ${crisis ? html`<h2 class="heading" part="heading" id="family-heading" tabindex="-1">${say(content.heading, lang)}</h2>` : kit.heading(say(content.heading, lang))}
    <p class="lead">${say(content.lead, lang)}</p>
    <ul class="family-level-list" role="list">
      ${state.levels.map(
        (level) => html`<li data-level-id=${level.id}>
          <h3>${level.name}</h3>
          <p>${level.text}</p>
        </li>`,
      )}
    </ul>
    ${crisis ? nothing : kit.renderNextSteps(say(content.nextSteps, lang), state.ctas, handlers.onCta)}
    <div class="start-over">
      <button type="button" class="button secondary" aria-describedby="family-start-over-hint" @click=${handlers.onStartOver}>${say(ui.startOver, lang)}</button>
      <p class="hint" id="family-start-over-hint">${say(ui.startOverHint, lang)}</p>
    </div>
  </div>`;
}
