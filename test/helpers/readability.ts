/**
 * Readability, sentence by sentence: the Flesch-Kincaid grade level of each English sentence.
 *
 *   grade = 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59
 *
 * (Kincaid, Fishburne, Rogers, Chissom, 1975, "Derivation of new readability formulas … for Navy enlisted
 * personnel".) We measure one sentence at a time, so `sentences` is 1 and a long sentence cannot hide behind a
 * short one. Plain-language target for visitor text: grade 8 or below.
 *
 * How the text is cut and counted (a heuristic; it is deliberately simple and the same for every caller):
 * - Markup first: `<name>words</name>` link markers keep their words; `{placeholder}`s take the value given in
 *   `values`, else the word "some".
 * - Names: each phrase in `names` (agency, program and instrument names, required attributions) is replaced by
 *   one one-syllable word before measuring. A name is not prose the visitor has to parse.
 * - Sentences end at `.`, `!` or `?` followed by a space or the end, and at a line break. Common abbreviations
 *   ("e.g.", "oz.", "U.S.", "a.m.", "Dr.") and decimals ("1.5") do not end a sentence.
 * - Words are the space-separated tokens that hold a letter or a digit. A token with digits but no letters (988,
 *   $300, 4–6, 1-800-487-4889) counts as one word of two syllables; a web address (988lifeline.org) as one word of
 *   three syllables; a hyphenated word counts the syllables of each part.
 * - Syllables: lower-case letters only; a word of three letters or fewer has one; otherwise drop a final silent
 *   "e" / "es" / "ed" (not after l, or a vowel), drop a leading "y", then count groups of one or two vowels
 *   (a e i o u y); at least one. It slightly undercounts words like "needed" and overcounts a few like "area"; over
 *   a sentence the error is well under one grade in our spot checks against hand counts.
 * - Fragments under `minWords` words (default 5) are not graded: for a two- or three-word label or heading the
 *   formula says nothing useful (one long word moves it by ten grades).
 */

export interface SentenceGrade {
  readonly sentence: string;
  readonly words: number;
  readonly syllables: number;
  readonly grade: number;
}

export interface ReadabilityOptions {
  /** Values for `{placeholder}`s (others read as "some"). */
  readonly values?: Readonly<Record<string, string>>;
  /** Names to treat as one short word: agency, program and instrument names, required attributions. */
  readonly names?: readonly string[];
  /** Shorter fragments are not graded (default 5). */
  readonly minWords?: number;
}

export const DEFAULT_MIN_WORDS = 5;

const ABBREVIATIONS = ['e.g.', 'i.e.', 'oz.', 'u.s.', 'a.m.', 'p.m.', 'dr.', 'st.', 'no.', 'vs.', 'etc.', 'fl.'];

/** Syllables in one word, by the heuristic above. */
export function countSyllables(token: string): number {
  if (/\w\.\w/.test(token) && /[a-z]/i.test(token)) return 3; // a web address
  if (!/[a-z]/i.test(token)) return /\d/.test(token) ? 2 : 0;
  if (token.includes('-')) return token.split('-').reduce((sum, part) => sum + (part ? countSyllables(part) : 0), 0);
  const word = token.toLowerCase().replace(/[^a-z]/g, '');
  if (!word) return 0;
  if (word.length <= 3) return 1;
  const trimmed = word.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, (end) => end.charAt(0)).replace(/^y/, '');
  return Math.max(1, trimmed.match(/[aeiouy]{1,2}/g)?.length ?? 1);
}

/** Markup removed, placeholders filled, names shortened. */
export function prepare(text: string, options: ReadabilityOptions = {}): string {
  let plain = text.replace(/<(\w+)>(.*?)<\/\1>/g, '$2').replace(/\{(\w+)\}/g, (_, name: string) => options.values?.[name] ?? 'some');
  // Longest names first, so "SAMHSA National Helpline" goes before "SAMHSA".
  for (const name of [...(options.names ?? [])].sort((a, b) => b.length - a.length)) plain = plain.split(name).join('Name');
  return plain;
}

/** The sentences of a text (see the rules above). */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const line of text.split(/\n+/)) {
    let current = '';
    const tokens = line.split(/\s+/).filter(Boolean);
    for (const [index, token] of tokens.entries()) {
      current = current ? `${current} ${token}` : token;
      const ends = /[.!?]["'”’)]*$/.test(token) && !ABBREVIATIONS.includes(token.toLowerCase().replace(/^[("“]+/, ''));
      if (ends || index === tokens.length - 1) {
        sentences.push(current);
        current = '';
      }
    }
  }
  return sentences;
}

const isWord = (token: string) => /[a-z0-9]/i.test(token);

/** The grade of one sentence. */
export function gradeSentence(sentence: string): SentenceGrade {
  const tokens = sentence.split(/\s+/).filter(isWord);
  const words = tokens.length;
  const syllables = tokens.reduce((sum, token) => sum + countSyllables(token), 0);
  const grade = words === 0 ? 0 : 0.39 * words + 11.8 * (syllables / words) - 15.59;
  return { sentence, words, syllables, grade: Math.round(grade * 10) / 10 };
}

/** Every gradable sentence of a text with its grade. */
export function gradeText(text: string, options: ReadabilityOptions = {}): SentenceGrade[] {
  const minWords = options.minWords ?? DEFAULT_MIN_WORDS;
  return splitSentences(prepare(text, options))
    .map(gradeSentence)
    .filter((graded) => graded.words >= minWords);
}

/** The sentences above `maxGrade` (default 8), for an assertion message that names them. */
export function sentencesAbove(text: string, maxGrade = 8, options: ReadabilityOptions = {}): SentenceGrade[] {
  return gradeText(text, options).filter((graded) => graded.grade > maxGrade);
}
