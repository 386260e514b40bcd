/**
 * How attribute text becomes a candidate value: lists are space-separated tokens, pairs are `name=value` tokens,
 * booleans are presence ("false" also means off), numbers are decimals as people write them ("300", "$300",
 * "1,500", "20%"). And how a misspelt attribute name is recognised for a "did you mean".
 */
/** `json`: rich data with no attribute — set through the JSON child or the JS property only. */
export const ATTRIBUTE_KINDS = ['string', 'number', 'boolean', 'list', 'pairs', 'json'] as const;
export type AttributeKind = (typeof ATTRIBUTE_KINDS)[number];

/** Marks attribute text that cannot be read as its kind at all (a pair without "="). */
export const UNREADABLE = Symbol('unreadable');

export function readAttribute(kind: AttributeKind, raw: string): unknown {
  switch (kind) {
    case 'string':
    case 'json':
      return raw;
    case 'boolean':
      return raw.trim().toLowerCase() !== 'false';
    case 'number':
      return readNumber(raw);
    case 'list':
      return raw.trim().split(/\s+/).filter(Boolean);
    case 'pairs': {
      const entries: [string, string][] = [];
      for (const token of raw.trim().split(/\s+/).filter(Boolean)) {
        const at = token.indexOf('=');
        if (at <= 0) return UNREADABLE;
        entries.push([token.slice(0, at), token.slice(at + 1)]);
      }
      return Object.fromEntries(entries);
    }
  }
}

/**
 * A number as people write it — in an attribute or in a widget's own input: "300", "$300", "$1,500.50", "20 %",
 * "−5" → 300, 300, 1500.5, 20, -5. Spaces are ignored, a "$" may lead (after an optional minus), a "%" may trail,
 * and commas must group thousands ("1,500", not "1,50"). Anything else — "", "0x10", "1e3", "eight", "1.500,00"
 * — stays text, so the widget reports it instead of guessing (`Number('')` is 0 and `Number('0x10')` is 16).
 */
export function readNumber(raw: string): number | string {
  const bare = raw.replace(/\s+/g, '').replace(/^[-\u2212]/, '-').replace(/^(-?)\$/, '$1').replace(/%$/, '');
  if (!/^-?(\d{1,3}(,\d{3})+|\d+)?(\.\d*)?$/.test(bare) || !/\d/.test(bare)) return raw;
  return Number(bare.replace(/,/g, ''));
}

/** Attributes any element may carry, which are never a misspelling of ours. */
const GLOBAL_ATTRIBUTE = /^(aria-.*|data-.*|on.*|class|id|style|slot|part|exportparts|lang|dir|hidden|inert|title|tabindex|role|translate|autofocus|nonce|is|itemprop|itemscope|itemtype|itemid|itemref|accesskey|draggable|spellcheck|contenteditable|enterkeyhint|inputmode|popover)$/;

const squash = (name: string) => name.toLowerCase().replace(/[-_\s]/g, '');

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j] ?? 0;
      row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}

/**
 * The known attribute an unknown one most likely meant (`daily_rate`, `dailyrate`, `daly-rate` → `daily-rate`),
 * or undefined when it looks like nothing of ours (or is a global HTML attribute).
 */
export function suggestAttribute(unknown: string, known: readonly string[]): string | undefined {
  const name = unknown.toLowerCase();
  if (known.includes(name) || GLOBAL_ATTRIBUTE.test(name)) return undefined;
  const squashed = squash(name);
  const exact = known.find((candidate) => squash(candidate) === squashed);
  if (exact) return exact;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(squashed, squash(candidate));
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  // Two edits for longer names, one for short ones: "dyas" → "days", but "foo" is nobody's typo.
  return best !== undefined && bestDistance <= (squashed.length > 5 ? 2 : 1) ? best : undefined;
}
