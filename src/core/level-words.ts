/**
 * A level's name and its hours range as words, the same in every widget.
 *
 * The name is the catalog's label with its abbreviation, as the comparison table of levels names them
 * ("Partial hospitalization (PHP)", "Intensive outpatient (IOP)", "Outpatient"): the abbreviation is what centers
 * and insurers print, so a visitor who met "IOP" elsewhere recognises it. `inline` is the same name for the middle
 * of a sentence ("a sample intensive outpatient (IOP) week"): only the first letter changes.
 */
import { getCareLevel, type CareLevelId, type HoursRange } from './levels.js';
import { localize as pick, type Language } from './text.js';

export const LEVEL_NAME_FORMS = ['title', 'inline'] as const;
export type LevelNameForm = (typeof LEVEL_NAME_FORMS)[number];

/** "Intensive outpatient (IOP)" (`title`, the default) or "intensive outpatient (IOP)" (`inline`). */
export function levelName(level: CareLevelId, lang: Language = 'en', form: LevelNameForm = 'title'): string {
  const entry = getCareLevel(level);
  const label = pick(entry.label, lang);
  const name = entry.abbreviation ? `${label} (${pick(entry.abbreviation, lang)})` : label;
  return form === 'inline' ? name.charAt(0).toLocaleLowerCase(lang) + name.slice(1) : name;
}

/**
 * A weekly-hours range (`min` inclusive, `below` exclusive) as words: "9 to under 20", "under 9", "20 or more"
 * (Spanish "de 9 a menos de 20", "menos de 9", "20 o más"). IOP is 9–19 hours a week for adults (ASAM 3rd ed.):
 * 19.5 hours is still IOP, so the words say "under 20", never "9–20".
 */
export function hoursRangePhrase(range: HoursRange, lang: Language = 'en'): string {
  if (lang === 'es') {
    if (range.below === null) return `${range.min} o más`;
    return range.min === 0 ? `menos de ${range.below}` : `de ${range.min} a menos de ${range.below}`;
  }
  if (range.below === null) return `${range.min} or more`;
  return range.min === 0 ? `under ${range.below}` : `${range.min} to under ${range.below}`;
}
