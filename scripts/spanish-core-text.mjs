// Spanish core text in the lazily loaded language file, for the browser bundles only (the CDN files and what
// `npm run size` measures). The core keeps its bilingual literals `{ en: '…', es: '…' }` in source, and the npm
// entry `carepath/core` ships them as written (synchronous, both languages). In a browser bundle this plugin:
// - gives every long enough Spanish string literal of the files below an id (its index in one table built from
//   all of them, in a fixed order, so every bundle of one build agrees on it);
// - rewrites the literal as a getter, `get es() { return coreSpanish(id) }`, so the frozen catalogs keep their shape
//   and read the text once it is in (undefined, so English, before; a Spanish widget waits for the file anyway);
// - appends the table to the Spanish strings module (`CORE_TEXT_ES`), which ships as the lazy `carepath-es.js`.
// Kept in the main file: the crisis text (src/translations/crisis.ts), the family path's safety, crisis and overdose
// screens and its shared UI words (src/core/family.ts moves only its "Who is this for?" question and its intro) and
// the quiz's safety question (the context question with id 'safety'), so help never waits for a download.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

/** The core files whose Spanish moves, in table order. */
export const CORE_TEXT_FILES = ['src/core/instruments.ts', 'src/core/levels.ts', 'src/core/flow.ts', 'src/core/family.ts'];
/**
 * Files where only some top-level declarations move: in the family path, the "Who is this for?" question and the
 * path's intro. Its safety question, crisis and overdose screens and the shared UI words (which the crisis screens
 * use) stay in both languages in the main file.
 */
const ONLY = { 'src/core/family.ts': ['WHO_QUESTION', 'FAMILY_INTRO'] };
/** Shorter Spanish stays inline: a getter costs about as many bytes. */
const MIN_LENGTH = 16;
const SPANISH_MODULE = 'src/translations/es.ts';
const REGISTRY = 'src/internal/core-spanish.ts';

/** Whether `node` sits inside an object literal with `id: 'safety'`. */
function insideSafety(node) {
  for (let at = node.parent; at; at = at.parent) {
    if (!ts.isObjectLiteralExpression(at)) continue;
    const safety = at.properties.some(
      (p) => ts.isPropertyAssignment(p) && p.name.getText() === 'id' && ts.isStringLiteral(p.initializer) && p.initializer.text === 'safety',
    );
    if (safety) return true;
  }
  return false;
}

/** The name of the top-level `const` that `node` sits in, if any. */
function declarationName(node) {
  for (let at = node.parent; at; at = at.parent) if (ts.isVariableDeclaration(at) && ts.isSourceFile(at.parent?.parent?.parent)) return at.name.getText();
  return undefined;
}

/** The Spanish literals of one file that move: [start, end, text] of each `es: '…'` property, in source order. */
export function spanishLiterals(fileName, code) {
  const only = Object.entries(ONLY).find(([file]) => fileName.endsWith(file))?.[1];
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found = [];
  const visit = (node) => {
    if (
      ts.isPropertyAssignment(node) &&
      node.name.getText(source) === 'es' &&
      (ts.isStringLiteral(node.initializer) || ts.isNoSubstitutionTemplateLiteral(node.initializer)) &&
      node.initializer.text.length >= MIN_LENGTH &&
      ts.isObjectLiteralExpression(node.parent) &&
      node.parent.properties.some((p) => ts.isPropertyAssignment(p) && p.name.getText(source) === 'en') &&
      !insideSafety(node) &&
      (only === undefined || only.includes(declarationName(node)))
    ) {
      found.push([node.getStart(source), node.getEnd(), node.initializer.text]);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The Vite plugin; `root` ends with a slash. */
export function spanishCoreText(root) {
  const offsets = new Map();
  const table = [];
  for (const file of CORE_TEXT_FILES) {
    const code = readFileSync(`${root}${file}`, 'utf8');
    offsets.set(`${root}${file}`, { start: table.length, code });
    for (const [, , text] of spanishLiterals(file, code)) table.push(text);
  }
  return {
    name: 'carepath:spanish-core-text',
    enforce: 'pre',
    transform(code, id) {
      if (id === `${root}${SPANISH_MODULE}`) {
        return { code: `${code}\n/** Spanish core text by id (scripts/spanish-core-text.mjs). */\nexport const CORE_TEXT_ES = ${JSON.stringify(table)};\n`, map: null };
      }
      const file = offsets.get(id);
      if (!file) return null;
      if (code !== file.code) throw new Error(`carepath:spanish-core-text: ${id} changed while building, or another plugin ran first`);
      let out = code;
      const literals = spanishLiterals(id, code);
      for (let i = literals.length - 1; i >= 0; i--) {
        const [start, end] = literals[i];
        out = `${out.slice(0, start)}get es() { return coreSpanish(${file.start + i}); }${out.slice(end)}`;
      }
      return { code: `import { coreSpanish } from '${root}${REGISTRY}';\n${out}`, map: null };
    },
  };
}
