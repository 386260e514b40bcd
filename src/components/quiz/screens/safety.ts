/**
 * The safety boxes of the result: severe withdrawal first, then what the answers call for — the withdrawal
 * caution, the questions that were skipped, the overdose risk after time away, naloxone, and the domestic-violence
 * hotline. Which boxes show is read from the answers the core scored; the wording is fixed crisis text.
 *
 * - Withdrawal severe: medically supervised withdrawal comes first; a seizure, hallucinations, severe confusion or
 *   chest pain means call 911. Mild: stopping suddenly after heavy daily use can be dangerous.
 * - Withdrawal or health question skipped: say which, keep the withdrawal caution, never the "low-need" wording.
 * - History "recently left a hospital or residential program": the body loses tolerance, so an old amount can
 *   kill (Strang, BMJ 2003; Binswanger, NEJM 2007); the same after jail or prison.
 * - That answer, or a positive CAGE-AID: naloxone (Narcan) is sold without a prescription (FDA, March 29, 2023);
 *   if someone will not wake up or is barely breathing, call 911, give naloxone, stay with them.
 * - Home "Not safe" (not "others there drink or use"): the National Domestic Violence Hotline.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AssessmentInput } from '../../../core/recommend.js';
import type { ScoreResult } from '../../../core/score.js';
import type { Language } from '../../../core/text.js';
import type { CrisisKey } from '../../../translations/crisis.js';
import { crisisText, plainText, richText } from '../../../internal/help-text.js';

export interface SafetyFacts {
  readonly withdrawal: AssessmentInput['withdrawal'];
  readonly withdrawalSkipped: boolean;
  readonly medicalSkipped: boolean;
  /** Home answered "Not safe": the domestic-violence hotline. */
  readonly unsafeHome: boolean;
  /** History "recently left a hospital or residential program". */
  readonly afterInpatient: boolean;
  /** The naloxone steps: after inpatient, or a positive CAGE-AID. */
  readonly naloxone: boolean;
}

/** What the result's safety boxes need, read from the scored answers (a skipped question is absent). */
export function safetyFacts(input: AssessmentInput, results: readonly ScoreResult[]): SafetyFacts {
  const afterInpatient = input.history === 'after-inpatient';
  return {
    withdrawal: input.withdrawal,
    withdrawalSkipped: input.withdrawal === undefined,
    medicalSkipped: input.medical === undefined,
    unsafeHome: input.home === 'unsafe',
    afterInpatient,
    naloxone: afterInpatient || results.some((result) => result.id === 'cage-aid' && result.positive),
  };
}

export const anySkipped = (facts: SafetyFacts): boolean => facts.withdrawalSkipped || facts.medicalSkipped;

/** Severe withdrawal leads the result, before the level. */
export function renderWithdrawalFirst(lang: Language, facts: SafetyFacts): TemplateResult | typeof nothing {
  if (facts.withdrawal !== 'severe') return nothing;
  return html`<div class="resource urgent" data-resource="withdrawal">
    <h3>${crisisText(lang, 'carepath.quiz.withdrawal.heading')}</h3>
    <p>${crisisText(lang, 'carepath.quiz.withdrawal.lead')} ${crisisText(lang, 'carepath.quiz.withdrawal.caution')}</p>
    <p class="emergency">${richText(lang, 'carepath.quiz.withdrawal.emergency')}</p>
  </div>`;
}

const NALOXONE_STEPS: readonly CrisisKey[] = ['carepath.quiz.naloxone.step1', 'carepath.quiz.naloxone.step2', 'carepath.quiz.naloxone.step3'];

/** The boxes after the level sentence. */
export function renderSafetyResources(lang: Language, facts: SafetyFacts): TemplateResult {
  const t = (key: CrisisKey) => crisisText(lang, key);
  return html`${facts.unsafeHome
      ? html`<div class="resource" data-resource="dv">
          <h3>${t('carepath.quiz.dv.heading')}</h3>
          <p>${richText(lang, 'carepath.quiz.dv.text')}</p>
        </div>`
      : nothing}
    ${facts.withdrawal === 'mild'
      ? html`<div class="resource" data-resource="withdrawal-caution">
          <h3>${t('carepath.quiz.withdrawal.cautionHeading')}</h3>
          <p>${t('carepath.quiz.withdrawal.caution')}</p>
        </div>`
      : nothing}
    ${anySkipped(facts)
      ? html`<div class="resource" data-resource="skipped">
          <p>
            ${facts.withdrawalSkipped ? t('carepath.quiz.skipped.withdrawal') : nothing} ${facts.medicalSkipped ? t('carepath.quiz.skipped.medical') : nothing}
            ${t('carepath.quiz.skipped.note')}
          </p>
          ${facts.withdrawalSkipped ? html`<p>${t('carepath.quiz.skipped.caution')}</p>` : nothing}
        </div>`
      : nothing}
    ${facts.afterInpatient
      ? html`<div class="resource" data-resource="overdose">
          <h3>${t('carepath.quiz.overdose.heading')}</h3>
          <p>${t('carepath.quiz.overdose.text')}</p>
        </div>`
      : nothing}
    ${facts.naloxone
      ? html`<div class="resource" data-resource="naloxone">
          <h3>${t('carepath.quiz.naloxone.heading')}</h3>
          <p>${t('carepath.quiz.naloxone.text')}</p>
          <p>${t('carepath.quiz.naloxone.steps')}</p>
          <ol>
            ${NALOXONE_STEPS.map((key) => html`<li>${richText(lang, key)}</li>`)}
          </ol>
        </div>`
      : nothing}`;
}

/** The same boxes as plain lines (for "Copy as plain text"), in screen order; `first` is the severe box. */
export function safetyLines(lang: Language, facts: SafetyFacts): { readonly first: string[]; readonly after: string[] } {
  const t = (key: CrisisKey) => crisisText(lang, key);
  const first =
    facts.withdrawal === 'severe'
      ? [t('carepath.quiz.withdrawal.heading'), t('carepath.quiz.withdrawal.lead'), t('carepath.quiz.withdrawal.caution'), plainText(lang, 'carepath.quiz.withdrawal.emergency'), '']
      : [];
  const after: string[] = [];
  if (facts.unsafeHome) after.push('', t('carepath.quiz.dv.heading'), plainText(lang, 'carepath.quiz.dv.text'));
  if (facts.withdrawal === 'mild') after.push('', t('carepath.quiz.withdrawal.cautionHeading'), t('carepath.quiz.withdrawal.caution'));
  if (anySkipped(facts)) {
    after.push('');
    if (facts.withdrawalSkipped) after.push(t('carepath.quiz.skipped.withdrawal'));
    if (facts.medicalSkipped) after.push(t('carepath.quiz.skipped.medical'));
    after.push(t('carepath.quiz.skipped.note'));
    if (facts.withdrawalSkipped) after.push(t('carepath.quiz.skipped.caution'));
  }
  if (facts.afterInpatient) after.push('', t('carepath.quiz.overdose.heading'), t('carepath.quiz.overdose.text'));
  if (facts.naloxone) {
    after.push('', t('carepath.quiz.naloxone.heading'), t('carepath.quiz.naloxone.text'), t('carepath.quiz.naloxone.steps'));
    NALOXONE_STEPS.forEach((key, index) => after.push(`${index + 1}. ${plainText(lang, key)}`));
  }
  return { first, after };
}
