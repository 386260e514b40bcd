/**
 * "Does this fit your week?": the visitor's own work or school hours (in memory only, never stored or sent) and
 * whether each track's week overlaps them. The form opens on request (see `fitOpen` in schedule.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { DAY_IDS, type DayId } from '../../../core/schedule.js';
import { renderErrorSummary, renderFieldError } from '../../../internal/form-fields.js';
import type { Localizer } from '../../../internal/localize.js';
import type { TranslationKey } from '../../../translations/en.js';
import type { BusyEntry, FitResult } from '../schedule.model.js';
import { trackWords } from './tracks.js';

export type BusyField = 'days' | 'from' | 'to';

/** The control a summary link moves focus to: the first day's box for the days, else the time field. */
const FIELD_IDS: Readonly<Record<BusyField, string>> = { days: 'busy-day-mon', from: 'busy-from', to: 'busy-to' };
/** The message beside the field, named by the field's `aria-describedby`. */
const ERROR_ID = 'busy-error';

/** What to fix in the busy-hours form; the words are looked up at render, so they follow a change of language. */
export interface BusyError {
  readonly field: BusyField;
  readonly key: TranslationKey;
  /** A clock time ('HH:MM') shown as an example, formatted at render. */
  readonly example?: string;
}

export interface FitCheckInput {
  readonly open: boolean;
  readonly days: readonly DayId[];
  readonly from: string;
  readonly to: string;
  readonly error: BusyError | undefined;
  readonly entries: readonly BusyEntry[];
  readonly fit: readonly FitResult[] | null;
  readonly onOpen: () => void;
  readonly onDay: (event: Event) => void;
  readonly onTime: (event: Event) => void;
  readonly onAdd: () => void;
  readonly onRemove: (id: number) => void;
  /** A link in the error summary: moves focus to the control with that id. */
  readonly onFollow: (event: Event, id: string) => void;
}

/** "Monday 9:00 AM to 5:00 PM", in the visitor's language. */
export function when(t: Localizer, days: string, start: string, end: string): string {
  return t.term('carepath.schedule.fit.when', { day: days, start: t.time(start), end: t.time(end) });
}

function resultsPart(t: Localizer, fit: readonly FitResult[] | null): TemplateResult {
  if (fit === null) return html`<p class="fit-empty">${t.term('carepath.schedule.fit.empty')}</p>`;
  return html`<ul class="fit-list">
    ${fit.map(({ name, fits, conflicts }) => {
      const track = name === null ? undefined : trackWords(t, name);
      if (fits) {
        const sentence = track === undefined ? t.term('carepath.schedule.fit.planFits') : t.term('carepath.schedule.fit.trackFits', { track });
        return html`<li class="fits"><span class="mark" aria-hidden="true">✓</span> <span>${sentence}</span></li>`;
      }
      const whens = conflicts.map((conflict) => when(t, t.weekday(conflict.day), conflict.start, conflict.end));
      if (whens.length === 1) {
        const at = whens[0] ?? '';
        const sentence =
          track === undefined ? t.term('carepath.schedule.fit.planOverlapsOne', { when: at }) : t.term('carepath.schedule.fit.trackOverlapsOne', { track, when: at });
        return html`<li class="overlaps"><span class="mark" aria-hidden="true">!</span> <span>${sentence}</span></li>`;
      }
      const lead = track === undefined ? t.term('carepath.schedule.fit.planOverlapsMany') : t.term('carepath.schedule.fit.trackOverlapsMany', { track });
      return html`<li class="overlaps">
        <span class="mark" aria-hidden="true">!</span>
        <span>${lead}<ul class="conflicts">${whens.map((text) => html`<li>${text}</li>`)}</ul></span>
      </li>`;
    })}
  </ul>`;
}

function timeField(t: Localizer, field: 'from' | 'to', value: string, input: FitCheckInput, errorMessage: (field: BusyField) => unknown): TemplateResult {
  const wrong = input.error?.field === field;
  return html`<div class="field ${wrong ? 'has-error' : ''}">
    <label for="busy-${field}">${t.term(field === 'from' ? 'carepath.schedule.fit.from' : 'carepath.schedule.fit.to')}</label>
    ${errorMessage(field)}
    <input
      id="busy-${field}"
      type="time"
      .value=${live(value)}
      aria-invalid=${wrong ? 'true' : 'false'}
      aria-describedby=${wrong ? ERROR_ID : nothing}
      @input=${input.onTime}
      @change=${input.onTime}
    />
  </div>`;
}

export function fitCheckPart(t: Localizer, input: FitCheckInput): TemplateResult {
  const { error } = input;
  const heading = html`<h3 id="fit-heading">${t.term('carepath.schedule.fit.heading')}</h3>
    <p class="hint">${t.term('carepath.schedule.fit.hint')}</p>`;
  if (!input.open) {
    return html`<section class="fit-check" part="fit-check" aria-labelledby="fit-heading">
      ${heading}
      <button type="button" class="button secondary open-fit" aria-expanded="false" @click=${input.onOpen}>${t.term('carepath.schedule.fit.open')}</button>
    </section>`;
  }
  // The words are looked up here, at render, so they follow a change of language.
  const message = error ? t.term(error.key, error.example ? { example: t.time(error.example) } : undefined) : '';
  const errorMessage = (field: BusyField) => (error?.field === field ? renderFieldError(ERROR_ID, t.term('carepath.common.errorPrefix'), message) : nothing);
  const daysWrong = error?.field === 'days';
  return html`<section class="fit-check" part="fit-check" aria-labelledby="fit-heading">
    ${heading}
    ${renderErrorSummary({
      title: t.term('carepath.common.errorSummary'),
      errors: error ? [{ id: FIELD_IDS[error.field], message }] : [],
      onFollow: input.onFollow,
      level: 4,
      idPrefix: 'busy-',
    })}
    <fieldset class="busy-days ${daysWrong ? 'has-error' : ''}" aria-describedby=${daysWrong ? ERROR_ID : nothing}>
      <legend>${t.term('carepath.schedule.fit.days')}</legend>
      ${errorMessage('days')}
      <div class="checks">
        ${DAY_IDS.map(
          (day) => html`<label class="check">
            <input type="checkbox" id="busy-day-${day}" name="busy-day" value=${day} .checked=${live(input.days.includes(day))} @change=${input.onDay} />
            <span>${t.weekday(day)}</span>
          </label>`,
        )}
      </div>
    </fieldset>
    <div class="times">
      ${timeField(t, 'from', input.from, input, errorMessage)} ${timeField(t, 'to', input.to, input, errorMessage)}
      <button type="button" class="button add" @click=${input.onAdd}>${t.term('carepath.schedule.fit.add')}</button>
    </div>
    ${input.entries.length > 0
      ? html`<ul class="entries" aria-label=${t.term('carepath.schedule.fit.entries')}>
          ${input.entries.map((entry) => {
            const text = when(t, t.list(entry.days.map((day) => t.weekday(day))), entry.start, entry.end);
            return html`<li class="entry">
              <span>${text}</span>
              <button type="button" class="button quiet" @click=${() => input.onRemove(entry.id)}>
                ${t.term('carepath.schedule.fit.remove')}<span class="visually-hidden"> ${text}</span>
              </button>
            </li>`;
          })}
        </ul>`
      : nothing}
    <div class="fit-results" aria-live="polite">${resultsPart(t, input.fit)}</div>
  </section>`;
}
