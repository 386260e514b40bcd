// A Vite plugin for browser bundles: minifies the CSS inside Lit's css`…` templates, which JS minifiers leave
// untouched (about a third of a widget's stylesheet is whitespace and comments). Only templates without `${…}`
// are touched, and only whitespace and comments are removed, never anything that could change a selector.
export function minifyCssLiterals() {
  return {
    name: 'carepath:minify-css-literals',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      const out = code.replace(/\bcss`([^`$]*)`/g, (_, body) => `css\`${minifyCss(body)}\``);
      return out === code ? null : { code: out, map: null };
    },
  };
}

/** Quoted strings (`content: ' , '`) pass through untouched; only the CSS between them is squeezed. */
export function minifyCss(css) {
  return css
    .split(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(/\/\*[\s\S]*?\*\//g, '')
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,])\s*/g, '$1')
            .replace(/;}/g, '}'),
    )
    .join('')
    .trim();
}
