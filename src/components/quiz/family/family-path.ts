/**
 * The quiz's path for family and friends, as a controller: "Who is this for?", then the family screens. It keeps
 * its own place and what was checked (in memory only: nothing here is ever written to storage), decides nothing
 * clinical (the order and the crisis rule come from the core's `family.ts`), and tells the quiz only three things:
 * a crisis answer was given (publish `{ level: null, crisis: true }` at once), a question screen is shown (the step
 * event), and the last screen is shown (the complete event, with no score, band or level).
 *
 * The long-form screens and their text (lazy/family-content.ts) are loaded when the visitor enters the path; "Who
 * is this for?", the path's intro, the safety question and the crisis and overdose screens are in the main file, so
 * help never waits for a download. If the lazy file fails, one console warning, and a screen that keeps the crisis
 * line, Back and "Try again": nothing checked is lost.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import {
  FAMILY_QUESTION_SCREENS,
  isFamilyCrisis,
  nextFamilyScreen,
  screenGroup,
  type AnsweringFor,
  type FamilySafetyAnswer,
  type FamilyScreen,
  type WhoAnswer,
} from '../../../core/family.js';
import { levelName } from '../../../core/level-words.js';
import { careLevels } from '../../../core/levels.js';
import { localize, type Language } from '../../../core/text.js';
import type { FocusAfterRender } from '../../../internal/focus-after-render.js';
import type { FormFields } from '../../../internal/form-fields.js';
import { renderSafety, renderWho } from './choice.js';
import { renderFamilyCrisis, type FamilyCrisisKind } from './crisis.js';
import { renderFamilyIntro, renderOverdose } from './info.js';
import { importFamilyContent, type FamilyContent } from './family-load.js';
import { FAMILY_KIT } from './kit.js';
import type { FamilyCta } from './lazy/levels.js';
import { renderLoading } from './loading.js';
import type { FamilyContext } from './parts.js';

type Content = FamilyContent;

/** Where the lazy part comes from (family-load.ts; a test may replace `load` to see a failure). */
export const familyContentLoader = { load: importFamilyContent };

let warned = false;

/** What the path needs from the quiz that hosts it. */
export interface FamilyPathHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface FamilyPathOptions {
  /** The `answering-for` value in effect. */
  readonly answeringFor: () => AnsweringFor;
  readonly lang: () => Language;
  /** The quiz's crisis line, shown on every screen but the crisis screens. */
  readonly crisisLine: () => TemplateResult;
  /** A center's own 24/7 line for the crisis panel (after 988), if the partner set one. */
  readonly centerLine?: () => TemplateResult | typeof nothing;
  /** More ways to reach help for the end of the crisis panel (the quiz's own list), if any. */
  readonly moreHelp?: () => TemplateResult | typeof nothing;
  /** A partner's heading and intro (shown as written), for the path's intro when it is the widget's first screen. */
  readonly intro: () => { readonly heading?: string | undefined; readonly lead?: string | undefined };
  /** The partner's calls to action for the last screen (never shown in a crisis). */
  readonly ctas: () => readonly FamilyCta[];
  /** The visitor pressed Start on the path's own intro (`answering-for="someone-else"`). */
  readonly onStart: () => void;
  /** The visitor chose "Me": the scored quiz begins. */
  readonly onSelf: () => void;
  /** Back from the first screen: the quiz's intro. */
  readonly onExit: () => void;
  /** A crisis answer was given: publish `{ level: null, crisis: true }` now. */
  readonly onCrisis: () => void;
  /** A question screen is shown (1-based, of a fixed six). */
  readonly onStep: (index: number, total: number) => void;
  /** The last screen is shown. */
  readonly onComplete: (crisis: boolean) => void;
  readonly onCta: (cta: FamilyCta) => void;
  readonly onStartOver: () => void;
  /** The quiz's focus mover: the path's headings take focus when its screen changes. */
  readonly focus: FocusAfterRender;
  /** The quiz's form fields: the shared error summary, which takes focus when shown. */
  readonly fields: FormFields;
}

type View = 'off' | 'who' | FamilyScreen;
/** Views in the main bundle: everything else needs the long-form text. */
const SHORT_VIEWS: readonly View[] = ['off', 'who', 'intro', 'safety', 'crisis', 'overdose'];

export class FamilyPath implements ReactiveController {
  readonly #host: FamilyPathHost;
  readonly #options: FamilyPathOptions;
  #view: View = 'off';
  #history: View[] = [];
  #who: WhoAnswer | undefined;
  #safety: FamilySafetyAnswer | undefined;
  #selection: string | undefined;
  #error = false;
  #checked = new Set<string>();
  /** The most serious crisis answer given in this visit: it sticks until Start over. */
  #crisis: FamilyCrisisKind | null = null;
  #content: Content | null = null;
  #loading: Promise<void> | null = null;
  #loadFailed = false;

  constructor(host: FamilyPathHost, options: FamilyPathOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Whether the path (or "Who is this for?") is on screen instead of the scored quiz. */
  get active(): boolean {
    return this.#view !== 'off' || this.#options.answeringFor() === 'someone-else';
  }

  /** The crisis answer given on this path, if any (it sticks until Start over). */
  get crisis(): FamilyCrisisKind | null {
    return this.#crisis;
  }

  /** The items checked so far (memory only). */
  get checked(): ReadonlySet<string> {
    return this.#checked;
  }

  /** After Start on the quiz's intro: true when the path takes over ("Who is this for?"). */
  interceptStart(): boolean {
    if (this.#options.answeringFor() !== 'ask') return false;
    this.#history = [];
    this.#selection = this.#who;
    this.#show('who');
    return true;
  }

  /** Back from the scored quiz's first question: to "Who is this for?" when it was asked. */
  backToWho(): boolean {
    if (this.#options.answeringFor() !== 'ask' || this.#who !== 'self') return false;
    this.#history = [];
    this.#selection = this.#who;
    this.#show('who');
    return true;
  }

  /** Forget everything: Start over or `reset()`. */
  reset(): void {
    this.leave();
    this.#crisis = null;
    this.#host.requestUpdate();
  }

  /**
   * Back to the start, forgetting the visitor's place and answers, but not a crisis answer given: that sticks
   * until Start over (a change of `answering-for` is the page's doing, not the visitor's).
   */
  leave(): void {
    this.#view = 'off';
    this.#history = [];
    this.#who = undefined;
    this.#safety = undefined;
    this.#selection = undefined;
    this.#error = false;
    this.#checked = new Set();
  }

  /** Before each render: a long-form screen whose text is not here yet starts loading it (render only reads). */
  hostUpdate(): void {
    if (!this.#content && !this.#loading && !this.#loadFailed && !SHORT_VIEWS.includes(this.#view)) this.#load();
  }

  // ---------------------------------------------------------------------------------------------------------
  // Navigation

  #show(view: View, push = false): void {
    if (push && this.#view !== 'off') this.#history.push(this.#view);
    this.#view = view;
    this.#error = false;
    this.#options.focus.request('[data-focus]');
    if (view === 'safety') this.#selection = this.#safety;
    if (view === 'who') this.#selection = this.#who;
    const index = FAMILY_QUESTION_SCREENS.indexOf(view as FamilyScreen);
    if (index >= 0) this.#options.onStep(index + 1, FAMILY_QUESTION_SCREENS.length);
    if (view === 'levels') this.#options.onComplete(this.#crisis !== null);
    this.#host.requestUpdate();
  }

  #next(from: FamilyScreen): void {
    const next = nextFamilyScreen(from, { safety: this.#safety ?? null, checked: [...this.#checked] });
    if (next) this.#show(next, true);
  }

  #back = (): void => {
    const previous = this.#history.pop();
    if (previous) {
      this.#show(previous);
      return;
    }
    if (this.#view === 'who' || this.#options.answeringFor() !== 'ask') {
      this.#view = 'off';
      this.#options.onExit();
      this.#host.requestUpdate();
      return;
    }
    this.#selection = this.#who;
    this.#show('who');
  };

  #enterPath(first: FamilyScreen): void {
    this.#load();
    this.#show(first, this.#view === 'who');
  }

  #load(): void {
    if (this.#content || this.#loading) return;
    this.#loadFailed = false;
    this.#loading = familyContentLoader
      .load()
      .then((content) => {
        this.#content = content;
        // The visitor waited on the loading screen: the screen they asked for takes focus once it is drawn.
        if (!SHORT_VIEWS.includes(this.#view)) this.#options.focus.request('[data-focus]');
      })
      .catch((error: unknown) => {
        this.#loadFailed = true;
        if (!warned) console.warn('carepath: the next part of the path for family and friends (carepath-family-content.js) did not load.', error);
        warned = true;
      })
      .finally(() => {
        this.#loading = null;
        this.#host.requestUpdate();
      });
  }

  // ---------------------------------------------------------------------------------------------------------
  // Rendering

  render(): TemplateResult {
    const view = this.#view === 'off' && this.#options.answeringFor() === 'someone-else' ? 'intro' : this.#view;
    if (view === 'off') return html``;
    const lang = this.#options.lang();
    const ctx: FamilyContext = {
      lang,
      crisisLine: this.#options.crisisLine(),
      centerLine: this.#options.centerLine?.() ?? nothing,
      moreHelp: this.#options.moreHelp?.() ?? nothing,
    };
    const reading = { onBack: this.#back, onNext: () => this.#next(view as FamilyScreen) };
    switch (view) {
      case 'who':
        return renderWho(ctx, { selected: this.#selection as WhoAnswer | undefined, error: this.#error }, {
          onSelect: (value) => (this.#selection = value),
          onSubmit: this.#submitWho,
          onBack: this.#back,
          onFollow: this.#follow,
        });
      case 'intro': {
        const first = this.#options.answeringFor() === 'someone-else';
        const partner = first ? this.#options.intro() : {};
        return renderFamilyIntro(ctx, { heading: partner.heading, lead: partner.lead, first }, {
          onBack: this.#back,
          onNext: () => {
            if (first && this.#view === 'off') {
              this.#options.onStart();
              this.#view = 'intro';
            }
            this.#load();
            this.#next('intro');
          },
        });
      }
      case 'safety':
        return renderSafety(ctx, { selected: this.#selection as FamilySafetyAnswer | undefined, error: this.#error }, {
          onSelect: (value) => (this.#selection = value),
          onSubmit: this.#submitSafety,
          onBack: this.#back,
          onFollow: this.#follow,
        }, { number: 1, total: FAMILY_QUESTION_SCREENS.length });
      case 'crisis':
        return renderFamilyCrisis(ctx, this.#safety === 'yes' ? 'yes' : 'unsure', { onBack: this.#back, onContinue: () => this.#next('crisis') });
      case 'overdose':
        return renderOverdose(ctx, reading);
      default:
        return this.#renderLong(ctx, view, reading);
    }
  }

  #renderLong(base: FamilyContext, view: FamilyScreen, reading: { onBack: () => void; onNext: () => void }): TemplateResult {
    const content = this.#content;
    if (!content) {
      return renderLoading(base, this.#loadFailed, { onBack: this.#back, onRetry: () => this.#load() });
    }
    const ctx = { ...base, kit: FAMILY_KIT };
    const { lang } = ctx;
    const group = screenGroup(view);
    if (group) {
      const number = FAMILY_QUESTION_SCREENS.indexOf(view) + 1;
      return content.renderChecklist(ctx, content.familyCheckGroup(group), { checked: this.#checked }, {
        onToggle: (id, on) => {
          if (on) this.#checked.add(id);
          else this.#checked.delete(id);
          this.#host.requestUpdate();
        },
        onSubmit: reading.onNext,
        onBack: this.#back,
      }, { number, total: FAMILY_QUESTION_SCREENS.length });
    }
    switch (view) {
      case 'seen':
        return content.renderSeen(ctx, content.FAMILY_SEEN_HEADING, content.familyFollowUps(this.#checked).map((id) => content.FAMILY_NOTES[id]), reading);
      case 'help':
        return content.renderHelp(ctx, content.FAMILY_HELP, reading);
      case 'talk':
        return content.renderTalk(ctx, content.FAMILY_TALK, reading);
      case 'support':
        return content.renderSupport(ctx, content.FAMILY_SUPPORT, reading);
      case 'teen':
        return content.renderTeen(ctx, content.FAMILY_TEEN, reading);
      default: {
        // Each level named as the table of levels names it (the core's levelName), none suggested.
        const levels = careLevels.map((level) => ({ id: level.id, name: levelName(level.id, lang), text: `${localize(level.setting, lang)}. ${localize(level.hours, lang)}.` }));
        return content.renderLevels(ctx, content.FAMILY_LEVELS, { levels, crisis: this.#crisis, ctas: this.#options.ctas() }, {
          onBack: this.#back,
          onCta: this.#options.onCta,
          onStartOver: this.#options.onStartOver,
        });
      }
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // Answers

  #submitWho = (): void => {
    const choice = this.#selection as WhoAnswer | undefined;
    if (!choice) {
      this.#fail();
      return;
    }
    this.#who = choice;
    if (choice === 'self') {
      this.#view = 'off';
      this.#options.onSelf();
      this.#host.requestUpdate();
      return;
    }
    this.#enterPath('intro');
  };

  #submitSafety = (): void => {
    const answer = this.#selection as FamilySafetyAnswer | undefined;
    if (!answer) {
      this.#fail();
      return;
    }
    this.#safety = answer;
    // A crisis answer sticks for the visit: taking it back does not take back the help (or the channel's hold).
    if (isFamilyCrisis(answer)) {
      this.#crisis = answer === 'yes' || this.#crisis === 'yes' ? 'yes' : 'unsure';
      this.#options.onCrisis();
    }
    this.#next('safety');
  };

  #follow = (event: Event, id: string): void => this.#options.fields.focus(event, id);

  #fail(): void {
    this.#error = true;
    this.#options.fields.showErrors();
    this.#host.requestUpdate();
  }
}

