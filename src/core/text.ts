/** Literal text in each language the core carries. English always; Spanish where a verified source gives it. */
import * as z from 'zod/mini';

export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface LocalizedText {
  readonly en: string;
  readonly es?: string;
}

export const LocalizedTextSchema = z.object({
  en: z.string().check(z.minLength(1)),
  es: z.optional(z.string().check(z.minLength(1))),
});

/** The text in `lang`, else English. Callers that must not fall back (instrument items) check `hasLanguage`. */
export function localize(text: LocalizedText, lang: Language = 'en'): string {
  return (lang === 'es' ? text.es : undefined) ?? text.en;
}
