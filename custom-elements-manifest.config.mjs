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
 * no private members (`#x` and TypeScript `private`), paths of shipped files, and the schema version the file is
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
          declaration.members = declaration.members?.filter((member) => member.privacy !== 'private' && !member.name.startsWith('#'));
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
  plugins: [defineCallsPlugin(), publicApiPlugin()],
};
