// Plain Node, after the build: dist/custom-elements.json is valid against the manifest's published JSON
// Schema and says what the code does: the four tags, each widget's attributes and properties (the same fields as
// its zod schema), its events (docs/reference/events.md), its parts and custom properties (the ones its template and styles
// use) and its readable state. Each check is a function returning the problems it finds, so the last tests can
// show that every check fails on a manifest broken in the way it looks for.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
// ajv 6 (draft-07, the schema's draft) is in node_modules through ESLint, not as a direct dependency.
import Ajv from 'ajv';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const manifest = JSON.parse(read('dist/custom-elements.json'));
const schema = JSON.parse(read('node_modules/custom-elements-manifest/schema.json'));
const schemaVersion = JSON.parse(read('node_modules/custom-elements-manifest/package.json')).version;
const classes = await import('../../dist/classes.js');

const COMMON_ATTRIBUTES = ['theme', 'group', 'independent', 'debug', 'data-layer', 'locked'];

/** The public names, events and readable state, widget by widget. */
const EXPECTED = {
  quiz: {
    className: 'CarepathQuiz',
    events: ['carepath-quiz-start', 'carepath-quiz-step', 'carepath-quiz-complete', 'carepath-cta', 'carepath-config-error'],
    json: ['customInstruments', 'strings'],
    state: { result: 'field', reset: 'method', configIssues: 'field' },
  },
  levels: {
    className: 'CarepathLevels',
    events: ['carepath-level-select', 'carepath-cta', 'carepath-config-error'],
    json: ['overrides'],
    state: { selected: 'field', configIssues: 'field' },
  },
  cost: {
    className: 'CarepathCost',
    events: ['carepath-estimate', 'carepath-config-error'],
    json: ['rates'],
    state: { estimate: 'field', configIssues: 'field' },
  },
  schedule: {
    className: 'CarepathSchedule',
    events: ['carepath-track-change', 'carepath-calendar-download', 'carepath-config-error'],
    json: ['blocks', 'blocksByDay'],
    state: { plan: 'field', configIssues: 'field' },
  },
};
const WIDGETS = Object.keys(EXPECTED);

const sorted = (items) => [...items].sort();
const described = (item) => typeof item?.description === 'string' && item.description.trim().length > 0;
const declarationsOf = (doc) => doc.modules.flatMap((mod) => mod.declarations ?? []);
const elementOf = (doc, tag) => declarationsOf(doc).find((declaration) => declaration.tagName === tag);

// ── the published JSON Schema ────────────────────────────────────────────────────────────────────────────────────

const ajv = new Ajv({ allErrors: true });
ajv.addSchema(schema, 'cem');
const validator = (definition) => ajv.getSchema(definition ? `cem#/definitions/${definition}` : 'cem');

/**
 * The whole file against the schema's root, and then each part against its own definition: the root's
 * `declarations` are an `anyOf` whose plain `ClassDeclaration` branch has no `additionalProperties: false`, so a
 * broken attribute, event or part would otherwise pass as an ordinary class's unknown key.
 */
function schemaProblems(doc) {
  const problems = [];
  const check = (definition, value, where) => {
    const validate = validator(definition);
    if (!validate(value)) problems.push(`${where}: ${ajv.errorsText(validate.errors, { dataVar: definition ?? 'manifest' })}`);
  };
  check(undefined, doc, 'manifest');
  if (problems.length > 0) return problems;
  if (doc.schemaVersion !== schemaVersion) problems.push(`schemaVersion is ${doc.schemaVersion}, validated against ${schemaVersion}`);
  if (!Array.isArray(doc.modules) || doc.modules.length === 0) problems.push('no modules');
  for (const mod of doc.modules) {
    check('JavaScriptModule', mod, mod.path);
    for (const declaration of mod.declarations ?? []) {
      check(declaration.customElement ? 'CustomElementDeclaration' : 'ClassDeclaration', declaration, `${mod.path} ${declaration.name}`);
      for (const member of declaration.members ?? []) check(member.kind === 'method' ? 'ClassMethod' : 'ClassField', member, `${declaration.name}.${member.name}`);
    }
    for (const entry of mod.exports ?? []) check(entry.kind === 'custom-element-definition' ? 'CustomElementExport' : 'JavaScriptExport', entry, `${mod.path} export ${entry.name}`);
  }
  return problems;
}

/** Paths name shipped files, exports exist there, and every reference leads to a declaration in the manifest. */
async function pathProblems(doc) {
  const problems = [];
  const declared = new Map(doc.modules.flatMap((mod) => (mod.declarations ?? []).map((declaration) => [`${mod.path}#${declaration.name}`, declaration])));
  const resolves = (reference) => reference.package !== undefined || declared.has(`${reference.module}#${reference.name}`);
  for (const mod of doc.modules) {
    if (!/^dist\/[\w/-]+\.js$/.test(mod.path) || !existsSync(new URL(mod.path, root))) {
      problems.push(`module ${mod.path} is not a built file`);
      continue;
    }
    const built = await import(new URL(mod.path, root).href);
    for (const entry of mod.exports ?? []) {
      if (entry.kind === 'js' && !(entry.name in built)) problems.push(`${mod.path} does not export ${entry.name}`);
      if (!resolves(entry.declaration)) problems.push(`${mod.path} export ${entry.name} → unknown ${entry.declaration.module}#${entry.declaration.name}`);
    }
    for (const declaration of mod.declarations ?? []) {
      if (declaration.superclass && !resolves(declaration.superclass)) problems.push(`${declaration.name}'s superclass does not resolve`);
      for (const kind of ['attributes', 'members', 'events', 'cssParts', 'cssProperties']) {
        for (const item of declaration[kind] ?? []) {
          if (item.inheritedFrom && !resolves(item.inheritedFrom)) problems.push(`${declaration.name} ${kind} ${item.name}: inheritedFrom does not resolve`);
        }
      }
    }
  }
  return problems;
}

// ── what each widget's declaration must say ──────────────────────────────────────────────────────────────────────

/** Exactly the four tags, each a described custom element defined once by its own entry. */
function tagProblems(doc) {
  const problems = [];
  const elements = declarationsOf(doc).filter((declaration) => declaration.customElement);
  const tags = elements.flatMap((declaration) => (declaration.tagName ? [declaration.tagName] : []));
  const expectedTags = WIDGETS.map((widget) => `carepath-${widget}`);
  if (JSON.stringify(sorted(tags)) !== JSON.stringify(sorted(expectedTags))) problems.push(`tags ${sorted(tags).join(' ')}`);
  // The abstract base is a custom-element class too (it has Lit properties), but it is never registered.
  for (const declaration of elements.filter((other) => !other.tagName && other.name !== 'CarepathElement')) problems.push(`${declaration.name} has no tagName`);
  const definitions = doc.modules.flatMap((mod) => (mod.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition').map((entry) => ({ ...entry, path: mod.path })));
  for (const widget of WIDGETS) {
    const tag = `carepath-${widget}`;
    const declaration = elementOf(doc, tag);
    if (!declaration) continue;
    if (declaration.name !== EXPECTED[widget].className) problems.push(`${tag} is ${declaration.name}`);
    if (declaration.customElement !== true) problems.push(`${tag} is not marked customElement`);
    if (typeof declaration.summary !== 'string' || declaration.summary.trim() === '') problems.push(`${tag} has no summary`);
    if (!described(declaration)) problems.push(`${tag} has no description`);
    const defined = definitions.filter((entry) => entry.name === tag);
    if (defined.length !== 1 || defined[0].path !== `dist/${widget}.js` || defined[0].declaration.name !== declaration.name) {
      problems.push(`${tag} is defined by ${JSON.stringify(defined.map((entry) => `${entry.path}:${entry.declaration.name}`))}`);
    }
  }
  return problems;
}

/** Attributes and properties against the class's `configFields` and zod `configShape`. */
function fieldProblems(declaration, widgetClass, json) {
  const problems = [];
  const fields = Object.entries(widgetClass.configFields);
  const attributeFields = fields.filter(([, field]) => field.kind !== 'json');
  const jsonFields = fields.filter(([, field]) => field.kind === 'json').map(([name]) => name);
  const attributes = declaration.attributes ?? [];
  const members = declaration.members ?? [];

  const names = sorted(attributes.map((attribute) => attribute.name));
  const expected = sorted(attributeFields.map(([, field]) => field.attribute));
  if (JSON.stringify(names) !== JSON.stringify(expected)) problems.push(`attributes ${names.join(' ')} ≠ configFields ${expected.join(' ')}`);
  for (const common of COMMON_ATTRIBUTES) if (!names.includes(common)) problems.push(`common attribute ${common} is missing`);
  if (JSON.stringify(sorted(jsonFields)) !== JSON.stringify(sorted(json))) problems.push(`json fields ${jsonFields.join(' ')} ≠ ${json.join(' ')}`);

  // The zod schema, the attributes' fields and the json fields are one set of names.
  const documentedFields = [...attributes.map((attribute) => attribute.fieldName), ...json];
  if (JSON.stringify(sorted(documentedFields)) !== JSON.stringify(sorted(Object.keys(widgetClass.configShape)))) {
    problems.push(`attribute fields + json fields ${sorted(documentedFields).join(' ')} ≠ zod ${sorted(Object.keys(widgetClass.configShape)).join(' ')}`);
  }

  for (const attribute of attributes) {
    const field = widgetClass.configFields[attribute.fieldName];
    if (!attribute.fieldName) problems.push(`attribute ${attribute.name} has no fieldName`);
    else if (field?.attribute !== attribute.name) problems.push(`attribute ${attribute.name}'s fieldName ${attribute.fieldName} is not its field`);
    if (!described(attribute)) problems.push(`attribute ${attribute.name} has no description`);
    const type = attribute.type?.text ?? '';
    if (field?.kind === 'boolean' && !/\bboolean\b/.test(type)) problems.push(`attribute ${attribute.name} is boolean, documented as ${type}`);
    if (field?.kind === 'number' && !/\bnumber\b/.test(type)) problems.push(`attribute ${attribute.name} is a number, documented as ${type}`);
  }

  for (const [name, field] of fields) {
    const member = members.find((candidate) => candidate.name === name && candidate.kind === 'field' && !candidate.static);
    if (!member) {
      problems.push(`property ${name} is not a member`);
      continue;
    }
    if (member.privacy && member.privacy !== 'public') problems.push(`property ${name} is ${member.privacy}`);
    if (!described(member)) problems.push(`property ${name} has no description`);
    if (field.kind === 'json') {
      if (member.attribute !== undefined) problems.push(`json property ${name} has attribute ${member.attribute}`);
      if (attributes.some((attribute) => attribute.fieldName === name || attribute.name === field.attribute)) problems.push(`json property ${name} is documented as an attribute`);
    } else if (member.attribute !== field.attribute) {
      problems.push(`property ${name} names attribute ${member.attribute}, not ${field.attribute}`);
    }
  }

  // Everything a page author or a subclass can reach is documented; nothing private is published.
  for (const member of members) {
    if (member.privacy === 'private' || member.name.startsWith('#')) problems.push(`private member ${member.name} is published`);
    else if (member.static) problems.push(`static member ${member.name} is published (the base's plumbing; Storybook would list it as a property)`);
    else if (!described(member)) problems.push(`member ${member.name} has no description`);
  }
  return problems;
}

/** The widget's events equal the published list and the events its code dispatches, each described and typed. */
function eventProblems(declaration, expectedEvents, dispatched) {
  const problems = [];
  const events = declaration.events ?? [];
  const names = sorted(events.map((event) => event.name));
  if (JSON.stringify(names) !== JSON.stringify(sorted(expectedEvents))) problems.push(`events ${names.join(' ')} ≠ expected ${sorted(expectedEvents).join(' ')}`);
  if (JSON.stringify(names) !== JSON.stringify(sorted(dispatched.map(([type]) => type)))) problems.push(`events ${names.join(' ')} ≠ dispatched ${sorted(dispatched.map(([type]) => type)).join(' ')}`);
  for (const event of events) {
    if (!described(event)) problems.push(`event ${event.name} has no description`);
    const className = dispatched.find(([type]) => type === event.name)?.[1];
    if (className && event.type?.text !== className) problems.push(`event ${event.name} has type ${event.type?.text}, dispatched as ${className}`);
  }
  return problems;
}

/** `part` names in the template ↔ `cssParts`, `--carepath-*` properties in the styles ↔ `cssProperties`, slots ↔ `slots`. */
function styleProblems(declaration, source) {
  const problems = [];
  const compare = (what, documented, used) => {
    for (const name of used) if (!documented.includes(name)) problems.push(`${what} ${name} is used but not documented`);
    for (const name of documented) if (!used.includes(name)) problems.push(`${what} ${name} is documented but not used`);
  };
  compare('part', (declaration.cssParts ?? []).map((part) => part.name), source.parts);
  compare('custom property', (declaration.cssProperties ?? []).map((property) => property.name), source.cssProperties);
  compare('slot', (declaration.slots ?? []).map((slot) => slot.name), source.slots);
  for (const kind of ['cssParts', 'cssProperties', 'slots']) {
    for (const item of declaration[kind] ?? []) if (!described(item)) problems.push(`${kind} ${item.name} has no description`);
  }
  return problems;
}

/** The readable state the docs name: public, described, read-only getters (and `quiz.reset()`). */
function stateProblems(declaration, state) {
  const problems = [];
  for (const [name, kind] of Object.entries(state)) {
    const member = (declaration.members ?? []).find((candidate) => candidate.name === name && !candidate.static);
    if (!member) problems.push(`${name} is not documented`);
    else if (member.kind !== kind) problems.push(`${name} is a ${member.kind}, not a ${kind}`);
    else if (member.privacy && member.privacy !== 'public') problems.push(`${name} is ${member.privacy}`);
    else if (!described(member)) problems.push(`${name} has no description`);
    else if (kind === 'field' && (member.readonly !== true || member.attribute !== undefined)) problems.push(`${name} is not a read-only property`);
  }
  return problems;
}

// ── what the source uses ─────────────────────────────────────────────────────────────────────────────────────────

/** Source text without its block comments, so a name that only a comment mentions does not count as used. */
const code = (path) => read(path).replace(/\/\*[\s\S]*?\*\//g, '');
const baseSource = code('src/internal/carepath-element.ts');
const tokensSource = code('src/styles/tokens.ts');

/** Literal part names: `part="a b"`, and the quoted values inside `part=${…}`. */
function partsIn(text) {
  const names = [];
  for (const [, value] of text.matchAll(/\bpart="([^"]*)"/g)) names.push(...value.split(/\s+/));
  for (const [, expression] of text.matchAll(/\bpart=\$\{([^}]*)\}/g)) {
    // The values a conditional yields (`a ? 'x' : 'y'`), not the strings it compares with (`kind === 'primary'`).
    for (const [, single, double] of expression.matchAll(/(?:^|[?:])\s*(?:'([^']*)'|"([^"]*)")/g)) names.push(...(single ?? double).split(/\s+/));
  }
  return [...new Set(names.filter(Boolean))];
}

function sourceOf(widget) {
  // A widget's class file and the template files beside it (its field table, parts, screens), and its styles.
  const files = readdirSync(new URL(`src/components/${widget}/`, root), { recursive: true }).map(String).filter((file) => file.endsWith('.ts')).sort();
  const widgetSource = files.filter((file) => !file.endsWith('.styles.ts')).map((file) => code(`src/components/${widget}/${file}`)).join('\n');
  const styles = files.filter((file) => file.endsWith('.styles.ts')).map((file) => code(`src/components/${widget}/${file}`)).join('\n');
  // Shared template helpers the widget imports from src/internal/ (an error summary, a crisis line) render its parts too.
  const shared = [...new Set([...widgetSource.matchAll(/internal\/([\w-]+)\.js'/g)].map(([, name]) => name))]
    .filter((name) => name !== 'carepath-element')
    .map((name) => code(`src/internal/${name}.ts`))
    .join('\n');
  const own = new RegExp(`--carepath-${widget}-[a-z0-9-]+`, 'g');
  // Global tokens: `--carepath-*` that belong to no widget, from the shared styles every widget includes.
  const global = [...tokensSource.matchAll(/var\((--carepath-[a-z0-9-]+)/g)].map(([, name]) => name).filter((name) => !WIDGETS.some((other) => name.startsWith(`--carepath-${other}-`)));
  const dispatched = [...new Set([...`${widgetSource}\n${baseSource}`.matchAll(/new (Carepath\w+Event)\(/g)].map(([, name]) => name))].map((name) => [classes[name]?.type, name]);
  return {
    parts: partsIn(`${widgetSource}\n${shared}\n${baseSource}`),
    cssProperties: [...new Set([...`${widgetSource}\n${styles}`.matchAll(own)].map(([name]) => name).concat(global))],
    slots: [...`${widgetSource}\n${baseSource}`.matchAll(/<slot\b([^>]*)>/g)].map(([, attributes]) => /\bname="([^"]*)"/.exec(attributes)?.[1] ?? ''),
    dispatched,
  };
}

// ── the tests ────────────────────────────────────────────────────────────────────────────────────────────────────

describe('dist/custom-elements.json', () => {
  it('validates against the published schema (custom-elements-manifest/schema.json), part by part', () => {
    assert.match(manifest.schemaVersion, /^\d+\.\d+\.\d+$/);
    assert.deepEqual(schemaProblems(manifest), []);
  });

  it('names only built files, their real exports, and declarations it contains', async () => {
    assert.deepEqual(await pathProblems(manifest), []);
  });

  it('declares exactly carepath-quiz, carepath-levels, carepath-cost and carepath-schedule, each described', () => {
    assert.deepEqual(tagProblems(manifest), []);
  });
});

for (const widget of WIDGETS) {
  const tag = `carepath-${widget}`;
  const expected = EXPECTED[widget];
  const widgetClass = classes[expected.className];

  describe(`<${tag}> in the manifest`, () => {
    const declaration = elementOf(manifest, tag);
    const source = sourceOf(widget);

    it('documents every attribute and property, as in configFields and the zod schema', () => {
      assert.ok(declaration, `${tag} is declared`);
      assert.equal(widgetClass?.widget, widget);
      assert.deepEqual(fieldProblems(declaration, widgetClass, expected.json), []);
    });

    it(`lists the events it is documented to fire: ${expected.events.join(', ')}`, () => {
      assert.deepEqual(eventProblems(declaration, expected.events, source.dispatched), []);
    });

    it('documents each part, custom property and slot its template and styles use, and no other', () => {
      assert.ok(source.parts.includes('base') && source.cssProperties.length > 0, 'the source scan finds parts and properties');
      assert.deepEqual(styleProblems(declaration, source), []);
    });

    it(`documents its readable state: ${Object.keys(expected.state).join(', ')}`, () => {
      assert.deepEqual(stateProblems(declaration, expected.state), []);
    });
  });
}

describe('the manifest checks fail on a broken manifest', () => {
  const broken = (change) => {
    const copy = structuredClone(manifest);
    change(copy);
    return copy;
  };
  const quiz = (doc) => elementOf(doc, 'carepath-quiz');
  const quizSource = sourceOf('quiz');

  it('the schema check rejects a wrong schemaVersion, an unnamed attribute and an untyped event', () => {
    assert.notDeepEqual(schemaProblems(broken((doc) => (doc.schemaVersion = 2))), []);
    assert.notDeepEqual(schemaProblems(broken((doc) => delete quiz(doc).attributes[0].name)), []);
    assert.notDeepEqual(schemaProblems(broken((doc) => delete quiz(doc).events[0].type)), []);
    assert.notDeepEqual(schemaProblems(broken((doc) => (doc.schemaVersion = '1.0.0'))), []);
  });

  it('the path check rejects a source path and a missing export', async () => {
    assert.notDeepEqual(await pathProblems(broken((doc) => (doc.modules[0].path = 'src/components/quiz/quiz.ts'))), []);
    assert.notDeepEqual(await pathProblems(broken((doc) => doc.modules[0].exports.push({ kind: 'js', name: 'Nope', declaration: { name: 'CarepathQuiz', module: 'dist/classes.js' } }))), []);
  });

  it('the tag check rejects a missing tag, a missing summary and a fifth tag', () => {
    assert.notDeepEqual(tagProblems(broken((doc) => delete quiz(doc).tagName)), []);
    assert.notDeepEqual(tagProblems(broken((doc) => delete quiz(doc).summary)), []);
    assert.notDeepEqual(tagProblems(broken((doc) => (declarationsOf(doc).find((d) => d.name === 'CarepathElement').tagName = 'carepath-element'))), []);
  });

  it('the field check rejects a dropped attribute, a json field given an attribute, and an undescribed property', () => {
    const fields = (doc) => fieldProblems(quiz(doc), classes.CarepathQuiz, EXPECTED.quiz.json);
    assert.notDeepEqual(fields(broken((doc) => (quiz(doc).attributes = quiz(doc).attributes.filter((a) => a.name !== 'data-layer')))), []);
    assert.notDeepEqual(fields(broken((doc) => quiz(doc).attributes.push({ name: 'strings', fieldName: 'strings', description: 'x' }))), []);
    assert.notDeepEqual(fields(broken((doc) => delete quiz(doc).members.find((m) => m.name === 'persist').description)), []);
    assert.notDeepEqual(fields(broken((doc) => quiz(doc).members.push({ kind: 'field', name: '#answers', privacy: 'private', description: 'x' }))), []);
    assert.notDeepEqual(fields(broken((doc) => quiz(doc).members.push({ kind: 'field', name: 'configShape', static: true, description: 'x' }))), []);
  });

  it('the event, style and state checks reject a missing event, an undocumented part and a missing getter', () => {
    assert.notDeepEqual(eventProblems(quiz(broken((doc) => quiz(doc).events.pop())), EXPECTED.quiz.events, quizSource.dispatched), []);
    assert.notDeepEqual(eventProblems(quiz(manifest), [...EXPECTED.quiz.events, 'carepath-level-select'], quizSource.dispatched), []);
    assert.notDeepEqual(styleProblems(quiz(broken((doc) => quiz(doc).cssParts.shift())), quizSource), []);
    assert.notDeepEqual(styleProblems(quiz(manifest), { ...quizSource, parts: [...quizSource.parts, 'new-part'] }), []);
    assert.notDeepEqual(styleProblems(quiz(broken((doc) => quiz(doc).cssProperties.pop())), quizSource), []);
    assert.notDeepEqual(stateProblems(quiz(broken((doc) => (quiz(doc).members = quiz(doc).members.filter((m) => m.name !== 'reset')))), EXPECTED.quiz.state), []);
    assert.notDeepEqual(stateProblems(quiz(broken((doc) => (quiz(doc).members.find((m) => m.name === 'result').readonly = false))), EXPECTED.quiz.state), []);
  });
});
