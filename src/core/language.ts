/** Picking a language from the core's bilingual text. */
import { localize as pick, type Language, type LocalizedText } from './text.js';

/** The text in `lang`, else English: `inLanguage(getCareLevel('iop').label, 'es')` → "Tratamiento ambulatorio intensivo". */
export function inLanguage(text: LocalizedText, lang: Language = 'en'): string {
  return pick(text, lang);
}

/**
 * The text in `lang`, else English.
 * @deprecated Use `inLanguage` (same behaviour; the name says what it does and does not clash with a widget's
 * `localize` helper). `localize` stays as an alias.
 */
export const localize: (text: LocalizedText, lang?: Language) => string = inLanguage;
