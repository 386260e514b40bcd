/** The track picker, or the one track's name and start when there is nothing to choose. */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Localizer } from '../../../internal/localize.js';
import type { TranslationKey } from '../../../translations/en.js';

/** Track names we translate; any other name is shown as the partner wrote it. */
const TRACK_KEYS: Readonly<Record<string, TranslationKey>> = {
  morning: 'carepath.schedule.track.morning',
  afternoon: 'carepath.schedule.track.afternoon',
  evening: 'carepath.schedule.track.evening',
  day: 'carepath.schedule.track.day',
  weekend: 'carepath.schedule.track.weekend',
};

export function trackLabel(t: Localizer, name: string): string {
  const key = TRACK_KEYS[name.toLowerCase()];
  return key ? t.term(key) : name;
}

/** A track's name as it reads mid-sentence ("the evening track", "el turno de noche"). */
export function trackWords(t: Localizer, name: string): string {
  return TRACK_KEYS[name.toLowerCase()] ? trackLabel(t, name).toLocaleLowerCase(t.locale) : name;
}

export interface TracksInput {
  readonly tracks: readonly (readonly [string, string])[];
  readonly selected: string | null;
  /** The partner locked `track`: say which it is, offer no choice. */
  readonly locked: boolean;
  readonly onChange: (event: Event) => void;
}

export function tracksPart(t: Localizer, { tracks, selected, locked, onChange }: TracksInput): TemplateResult | typeof nothing {
  if (tracks.length === 0 || selected === null) return nothing;
  // Nothing to choose with one track, or when the partner locked it: say which it is.
  if (locked || tracks.length === 1) {
    const start = tracks.find(([name]) => name === selected)?.[1] ?? '';
    return html`<p class="tracks-fixed" part="tracks">${t.term('carepath.schedule.trackFixed', { track: trackLabel(t, selected), time: t.time(start) })}</p>`;
  }
  return html`<fieldset class="tracks" part="tracks">
    <legend>${t.term('carepath.schedule.tracks')}</legend>
    <div class="segments">
      ${tracks.map(
        ([name, start]) => html`<label class="segment">
          <input type="radio" name="track" value=${name} .checked=${live(name === selected)} @change=${onChange} />
          <span class="segment-text">
            <span class="segment-name">${trackLabel(t, name)}</span>
            <span class="segment-start">${t.term('carepath.schedule.trackStarts', { time: t.time(start) })}</span>
          </span>
        </label>`,
      )}
    </div>
  </fieldset>`;
}
