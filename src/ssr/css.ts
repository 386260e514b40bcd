/**
 * The pre-rendered widgets' stylesheet (`dist/cdn/carepath.css`). A browser widget adopts only its own styles, but
 * one linked file reaches every pre-rendered root, so each widget's rules are scoped to its tag: `.panel` becomes
 * `:host(carepath-quiz) .panel` and `:host([hidden])` becomes `:host(carepath-quiz[hidden])`. Every selector gains
 * the same specificity (one pseudo-class, one type), so the rules keep their order of precedence within a widget.
 * The shared base rules are scoped once to all four tags with `:is()`, which adds that same specificity.
 *
 * A small parser for our own CSS, not a general one: comments, strings, at-rules with blocks (`@layer`, `@media`,
 * `@container`, `@supports` are entered; `@keyframes`, `@font-face` and the like are copied as they are) and
 * statements (`@layer a, b;`). The widgets' styles use no CSS nesting.
 */

/** Splits at top-level commas (outside brackets, parentheses and strings). */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (ch === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((part) => part.trim()).filter(Boolean);
}

/** The index just past the `}` matching the `{` at `open`. */
function blockEnd(css: string, open: number): number {
  let depth = 0;
  let quote = '';
  for (let i = open; i < css.length; i++) {
    const ch = css[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return i + 1;
  }
  throw new SyntaxError('unbalanced braces in a widget stylesheet');
}

/** One selector scoped under `:host(<host>)`; `host` is a compound selector such as `carepath-quiz`. */
export function scopeSelector(selector: string, host: string): string {
  const functional = /^:host\(/.exec(selector);
  if (functional) {
    // `:host(X) rest` → `:host(<host>:is(X)) rest`: find the argument's closing parenthesis.
    let depth = 0;
    for (let i = 5; i < selector.length; i++) {
      if (selector[i] === '(') depth++;
      else if (selector[i] === ')' && --depth === 0) {
        const argument = selector.slice(6, i);
        return `:host(${host}:is(${argument}))${selector.slice(i + 1)}`;
      }
    }
    throw new SyntaxError(`unbalanced :host() in "${selector}"`);
  }
  if (/^:host(?![\w-])/.test(selector)) return `:host(${host})${selector.slice(5)}`;
  return `:host(${host}) ${selector}`;
}

const ENTERED = /^@(layer|media|container|supports)\b/;

/** Scopes every style rule in `css` (recursively inside grouping at-rules). */
export function scopeCss(css: string, host: string): string {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  let out = '';
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    const semicolon = text.indexOf(';', i);
    if (open === -1) {
      out += text.slice(i).trim();
      break;
    }
    const head = text.slice(i, open).trim();
    if (head.startsWith('@') && semicolon !== -1 && semicolon < open) {
      // A statement at-rule (`@layer a, b;`, `@import …;`).
      out += `${text.slice(i, semicolon + 1).trim()}`;
      i = semicolon + 1;
      continue;
    }
    const end = blockEnd(text, open);
    const body = text.slice(open + 1, end - 1);
    if (head.startsWith('@')) {
      out += ENTERED.test(head) ? `${head}{${scopeCss(body, host)}}` : `${head}{${body.trim()}}`;
    } else {
      const selectors = splitTopLevel(head).map((selector) => scopeSelector(selector, host));
      out += `${selectors.join(',')}{${body.trim().replace(/\s*\n\s*/g, ' ')}}`;
    }
    i = end;
  }
  return out;
}

/** One widget's styles, in order, with the shared ones first. */
export interface WidgetStyles {
  readonly tag: string;
  readonly styles: readonly { readonly cssText: string }[];
}

/**
 * The text of `carepath.css`: each style sheet once, scoped to the tags that use it (a sheet several widgets share,
 * like the base tokens, is scoped to all of them with `:is()`), in the order the widgets list them.
 */
export function buildStylesheet(widgets: readonly WidgetStyles[], banner = ''): string {
  const users = new Map<string, string[]>();
  for (const { tag, styles } of widgets) {
    for (const { cssText } of styles) {
      const tags = users.get(cssText) ?? [];
      if (!tags.includes(tag)) tags.push(tag);
      users.set(cssText, tags);
    }
  }
  const chunks: string[] = [];
  for (const [cssText, tags] of users) {
    const host = tags.length === 1 ? tags[0]! : `:is(${tags.join(',')})`;
    chunks.push(scopeCss(cssText, host));
  }
  return `${banner}${chunks.join('\n')}\n`;
}
