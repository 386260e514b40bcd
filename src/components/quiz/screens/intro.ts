/** The quiz's intro: the partner's heading and lead (or ours), then what to expect — adults, length, skipping, privacy, "not a diagnosis". */
import { html, nothing, type TemplateResult } from 'lit';
import type { QuizLength } from '../../../core/flow.js';
import type { QuizSay } from '../quiz-text.js';
import { renderCrisisLine } from './crisis.js';

export interface IntroView {
  readonly heading: string | undefined;
  readonly lead: string | undefined;
  readonly length: QuizLength;
  /** `persist="session"`: say what the tab keeps. */
  readonly session: boolean;
}

export function renderIntro(say: QuizSay, view: IntroView, onStart: () => void): TemplateResult {
  const { length } = view;
  const extra = length.maxQuestions - length.questions;
  return html`${renderCrisisLine(say.lang)}
    <div class="screen intro" part="intro">
      <h2 class="heading" part="heading" id="intro-heading" tabindex="-1" data-focus>${view.heading ?? say.t('carepath.quiz.heading')}</h2>
      <p class="lead">${view.lead ?? say.t('carepath.quiz.intro')}</p>
      <ul class="facts">
        <li>${say.term('carepath.quiz.forAdults')}</li>
        <li>
          ${say.term('carepath.quiz.length', { questions: say.number(length.questions), minutes: say.number(length.minutes) })}
          ${extra > 0 ? say.term('carepath.quiz.lengthMore', { extra: say.number(extra) }) : nothing}
        </li>
        <li>${say.term('carepath.quiz.skipNote')}</li>
        <li>
          ${say.term('carepath.quiz.privacy')}
          ${view.session ? say.term('carepath.quiz.privacySession') : nothing}
        </li>
        <li>${say.term('carepath.quiz.notDiagnosis')}</li>
      </ul>
      <div class="actions">
        <button type="button" class="button primary" part="continue" @click=${onStart}>${say.t('carepath.quiz.start')}</button>
      </div>
    </div>`;
}
