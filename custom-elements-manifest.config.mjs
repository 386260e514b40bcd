// The Custom Elements Manifest (`dist/custom-elements.json`), from the components' JSDoc. Run through
// `scripts/manifest.mjs` (`writeManifest()`), or by hand:
//   node node_modules/@custom-elements-manifest/analyzer/cem.js analyze --config custom-elements-manifest.config.mjs
// The analyzer's Lit support reads the decorators; the two plugins below turn its view of `src/` into the
// published package's: `define()` calls become tag definitions, private members go, and module paths name the
// shipped JavaScript (`dist/classes.js`, `dist/<widget>.js`), never TypeScript that is not in the package.
import { readFileSync } from 'node:fs';

const schemaPackage = JSON.parse(readFileSync(new URL('./node_modules/custom-elements-manifest/package.json', import.meta.url), 'utf8'));

/**
 * Where each analysed source module ships, or `undefined` for modules with nothing public (the styles). The
 * classes are bundled into `dist/classes.js` (registers nothing); `dist/<widget>.js` registers one tag.
 */
export function publishedPath(sourcePath) {
  const path = sourcePath.replace(/^\.?\//, '').replace(/\.js$/, '.ts');
  if (path === 'src/internal/carepath-element.ts') return 'dist/classes.js';
  const match = /^src\/components\/([a-z]+)\/(define|[a-z]+)\.ts$/.exec(path);
  if (!match) return undefined;
  if (match[2] === 'define') return `dist/${match[1]}.js`;
  return match[2] === match[1] ? 'dist/classes.js' : undefined;
}

/** Our guard `define('carepath-x', Class)` (src/internal/define.ts) is what registers a tag, not `customElements.define`. */
function defineCallsPlugin() {
  return {
    name: 'carepath-define-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'define') return;
      const [tag, klass] = node.arguments;
      if (!tag || !klass || !ts.isStringLiteral(tag) || !ts.isIdentifier(klass)) return;
      moduleDoc.exports = [...(moduleDoc.exports ?? []), { kind: 'custom-element-definition', name: tag.text, declaration: { name: klass.text } }];
    },
  };
}

/**
 * Field tables (`src/internal/fields.ts`): a widget that declares its fields once with
 * `const X_FIELDS = defineFields({ weeks: field.integer({ min: 1, max: 52, doc: '…' }), … })` and
 * `static override properties = propertiesOf(X_FIELDS)` has no decorators for the analyzer to read, so this plugin
 * reads the table's literal text and writes each field into the class: a public property with its type, doc and
 * default, and (unless JSON-only) its kebab-case attribute. The `properties` static itself is Lit plumbing and goes.
 */
export function fieldTablesPlugin() {
  const tables = new Map(); // table name → [{ name, attribute, type, description, default }]
  const constants = new Map(); // `const X = ['a', 'b'] as const` → ['a', 'b']
  const users = new Map(); // class name → the table its `static properties = propertiesOf(X)` names
  const kebab = (name) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  const textOf = (ts, node) => (node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined);
  const unwrapAs = (ts, node) => (node && (ts.isAsExpression(node) || ts.isSatisfiesExpression?.(node)) ? unwrapAs(ts, node.expression) : node);
  const optionsOf = (ts, node) => {
    const options = {};
    if (!node || !ts.isObjectLiteralExpression(node)) return options;
    for (const property of node.properties) {
      if (!ts.isPropertyAssignment(property) || !property.name) continue;
      options[property.name.getText()] = property.initializer;
    }
    return options;
  };
  const typeOf = (ts, builder, args) => {
    const values = (node) => {
      const literal = unwrapAs(ts, node);
      if (literal && ts.isArrayLiteralExpression(literal)) return literal.elements.map((element) => textOf(ts, element)).filter(Boolean);
      if (literal && ts.isIdentifier(literal)) return constants.get(literal.text);
      return undefined;
    };
    const union = (node) => values(node)?.map((value) => `'${value}'`).join(' | ') ?? 'string';
    switch (builder) {
      case 'money': case 'number': case 'integer': case 'percent': return 'number';
      case 'boolean': return 'boolean';
      case 'text': case 'url': return 'string';
      case 'oneOf': return union(args[0]);
      case 'list': return `(${union(args[0])})[]`;
      case 'pairs': return 'Record<string, string>';
      case 'json': return 'object';
      default: return 'unknown';
    }
  };
  return {
    name: 'carepath-field-tables',
    analyzePhase({ ts, node }) {
      if (ts.isPropertyDeclaration(node) && node.name.getText() === 'properties' && node.initializer && ts.isClassDeclaration(node.parent) && node.parent.name) {
        const match = /^propertiesOf\((\w+)\)$/.exec(node.initializer.getText());
        if (match) users.set(node.parent.name.text, match[1]);
        return;
      }
      if (!ts.isVariableDeclaration(node) || !ts.isIdentifier(node.name) || !node.initializer) return;
      const init = unwrapAs(ts, node.initializer);
      if (ts.isArrayLiteralExpression(init) && init.elements.every((element) => textOf(ts, element) !== undefined)) {
        constants.set(node.name.text, init.elements.map((element) => textOf(ts, element)));
        return;
      }
      if (!ts.isCallExpression(init) || init.expression.getText() !== 'defineFields') return;
      const [table] = init.arguments;
      if (!table || !ts.isObjectLiteralExpression(table)) return;
      const fields = [];
      for (const property of table.properties) {
        if (!ts.isPropertyAssignment(property) || !ts.isCallExpression(property.initializer)) continue;
        const call = property.initializer;
        const builder = ts.isPropertyAccessExpression(call.expression) ? call.expression.name.text : undefined;
        const name = property.name.getText();
        const args = [...call.arguments];
        const options = optionsOf(ts, args.findLast((arg) => ts.isObjectLiteralExpression(arg)));
        const attributeNode = options.attribute;
        const attribute = builder === 'json' || attributeNode?.kind === ts.SyntaxKind.FalseKeyword ? undefined : (textOf(ts, attributeNode) ?? kebab(name));
        const fallback = builder === 'boolean' ? 'false' : options.default?.getText();
        fields.push({ name, attribute, type: textOf(ts, options.type) ?? typeOf(ts, builder, args), description: textOf(ts, options.doc) ?? '', default: fallback });
      }
      tables.set(node.name.text, fields);
    },
    packageLinkPhase({ customElementsManifest: manifest }) {
      for (const mod of manifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          const table = users.get(declaration.name);
          if (!table) continue;
          const fields = tables.get(table);
          if (!fields) throw new Error(`custom-elements.json: ${declaration.name} uses propertiesOf(${table}), but no defineFields table of that name was found`);
          declaration.members = (declaration.members ?? []).filter((member) => !(member.static && member.name === 'properties') && !fields.some((entry) => entry.name === member.name && !member.static));
          declaration.attributes = (declaration.attributes ?? []).filter((attribute) => !fields.some((entry) => entry.name === attribute.fieldName));
          for (const entry of fields) {
            const type = { text: `${entry.type} | undefined` };
            declaration.members.push({
              kind: 'field',
              name: entry.name,
              type,
              description: entry.description,
              ...(entry.default === undefined ? {} : { default: entry.default }),
              ...(entry.attribute ? { attribute: entry.attribute } : {}),
            });
            if (entry.attribute) {
              declaration.attributes.push({ name: entry.attribute, type, description: entry.description, ...(entry.default === undefined ? {} : { default: entry.default }), fieldName: entry.name });
            }
          }
        }
      }
    },
  };
}

/** Rewrites every `{ module }` reference that points into src/ to the published file. */
function rewriteReferences(value) {
  if (Array.isArray(value)) {
    value.forEach(rewriteReferences);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  if (typeof value.module === 'string' && /^\/?src\//.test(value.module)) {
    const published = publishedPath(value.module);
    if (!published) throw new Error(`custom-elements.json: ${value.name ?? '?'} refers to ${value.module}, which is not published`);
    value.module = published;
  }
  Object.values(value).forEach(rewriteReferences);
}

/**
 * The published package's view: classes only (constants such as `LEVEL_COLUMNS` are not exported by any entry),
 * no private or static members (`#x`, TypeScript `private`, the base's static plumbing), paths of shipped files, and the schema version the file is
 * validated against (the `custom-elements-manifest` package's).
 */
function publicApiPlugin() {
  return {
    name: 'carepath-public-api',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const classModule = new Map();
      for (const mod of manifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          // Static members (`widget`, `configShape`, `configFields`, `translations`, `carepathVersion`, `styles`) are the
          // base element's plumbing, not something a page uses; listed, Storybook showed them as if they were properties.
          declaration.members = declaration.members?.filter((member) => member.privacy !== 'private' && !member.name.startsWith('#') && !member.static);
          if (declaration.members?.length === 0) delete declaration.members;
          const published = publishedPath(mod.path);
          if (published) classModule.set(declaration.name, published);
        }
      }

      const modules = new Map();
      const moduleFor = (path) => {
        if (!modules.has(path)) modules.set(path, { kind: 'javascript-module', path, declarations: [], exports: [] });
        return modules.get(path);
      };
      const addExport = (mod, entry) => {
        if (!mod.exports.some((other) => other.kind === entry.kind && other.name === entry.name)) mod.exports.push(entry);
      };
      for (const mod of manifest.modules) {
        const path = publishedPath(mod.path);
        if (!path) continue;
        const target = moduleFor(path);
        for (const declaration of mod.declarations ?? []) {
          if (declaration.kind === 'class' && mod.exports?.some((entry) => entry.kind === 'js' && entry.declaration?.name === declaration.name)) {
            target.declarations.push(declaration);
          }
        }
        for (const entry of mod.exports ?? []) {
          const className = entry.declaration?.name;
          if (!classModule.has(className)) continue;
          const declaration = { name: className, module: classModule.get(className) };
          if (entry.kind === 'custom-element-definition') {
            addExport(target, { kind: 'custom-element-definition', name: entry.name, declaration });
            // The widget entry (src/<widget>.ts) also re-exports the class it registers.
            addExport(target, { kind: 'js', name: className, declaration });
          } else if (entry.kind === 'js' && entry.name === className) {
            addExport(target, { kind: 'js', name: className, declaration });
          }
        }
      }

      manifest.modules = [...modules.values()]
        .map((mod) => (mod.declarations.length > 0 ? mod : { kind: mod.kind, path: mod.path, exports: mod.exports }))
        .sort((a, b) => (a.path === 'dist/classes.js' ? -1 : b.path === 'dist/classes.js' ? 1 : a.path.localeCompare(b.path)));
      rewriteReferences(manifest.modules);
      manifest.schemaVersion = schemaPackage.version;
      if (!manifest.readme) delete manifest.readme;
    },
  };
}

export default {
  globs: ['src/components/**/*.ts', 'src/internal/carepath-element.ts'],
  outdir: 'dist',
  litelement: true,
  // Never let the analyzer rewrite package.json: `customElements` is set there by hand.
  packagejson: false,
  plugins: [defineCallsPlugin(), fieldTablesPlugin(), publicApiPlugin()],
};
