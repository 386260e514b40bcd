// The embed-code builder for marketers: a form generated from the chosen widget's JSON Schema
// (dist/schemas/<widget>.json) with each field's one-line help from its documentation (dist/custom-elements.json),
// a live preview, and the code to paste beside it. The preview is the real widget, so its validation messages are
// the widget's own (`configIssues`, each saying what it used instead), and the code renders exactly what the
// preview shows. The preview element is kept and updated in place, so each mistake warns once in the console,
// not once per keystroke.
import '../src/index.js';
import { CarepathCost, CarepathLevels, CarepathQuiz, CarepathSchedule, type CarepathElement } from '../src/classes.js';
import costSchema from '../dist/schemas/cost.json' with { type: 'json' };
import levelsSchema from '../dist/schemas/levels.json' with { type: 'json' };
import quizSchema from '../dist/schemas/quiz.json' with { type: 'json' };
import scheduleSchema from '../dist/schemas/schedule.json' with { type: 'json' };
import sri from '../dist/cdn/sri.json' with { type: 'json' };
import manifest from '../dist/custom-elements.json' with { type: 'json' };
import { readNumber } from '../src/internal/attributes.js';
import { LABELS, PLAIN_HELP, VALUE_LABELS } from './builder-labels.js';

interface JsonSchema {
  type?: string;
  enum?: readonly string[];
  items?: JsonSchema;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  additionalProperties?: JsonSchema | boolean;
  properties?: Record<string, JsonSchema>;
}

type WidgetName = 'quiz' | 'levels' | 'cost' | 'schedule';
type FieldKind = 'string' | 'number' | 'boolean' | 'list' | 'pairs' | 'json';

const WIDGETS: Record<WidgetName, { schema: { properties: Record<string, JsonSchema> }; fields: Record<string, { attribute: string; kind: FieldKind }> }> = {
  quiz: { schema: quizSchema as never, fields: CarepathQuiz.configFields as never },
  levels: { schema: levelsSchema as never, fields: CarepathLevels.configFields as never },
  cost: { schema: costSchema as never, fields: CarepathCost.configFields as never },
  schedule: { schema: scheduleSchema as never, fields: CarepathSchedule.configFields as never },
};

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector) as T;
const widgetSelect = $<HTMLSelectElement>('#widget');
const fieldsBox = $<HTMLDivElement>('#fields');
const previewBox = $<HTMLDivElement>('#preview');
const snippetBox = $<HTMLTextAreaElement>('#snippet');
const summary = $<HTMLDivElement>('#summary');

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const describeDefault = (schema: JsonSchema) =>
  schema.default === undefined || (Array.isArray(schema.default) && schema.default.length === 0) || typeof schema.default === 'boolean'
    ? ''
    : ` Default: ${Array.isArray(schema.default) ? schema.default.join(' ') : String(schema.default)}.`;

interface ManifestAttribute {
  name: string;
  description?: string;
}
/** Each widget's attribute docs from the Custom Elements Manifest, keyed by attribute name. */
const DOCS: Record<string, Map<string, string>> = {};
for (const declaration of (manifest as { modules: { declarations?: { tagName?: string; attributes?: ManifestAttribute[] }[] }[] }).modules.flatMap((mod) => mod.declarations ?? [])) {
  if (!declaration.tagName) continue;
  DOCS[declaration.tagName.replace('carepath-', '')] = new Map((declaration.attributes ?? []).map((attribute) => [attribute.name, attribute.description ?? '']));
}

/** The first sentence of a field's documentation, without code marks: one line of help. */
function helpFor(widget: WidgetName, attribute: string): string {
  const plain = PLAIN_HELP[attribute];
  if (plain) return plain;
  const doc = (DOCS[widget]?.get(attribute) ?? '').replace(/\s+/g, ' ').replace(/`/g, '');
  return /^.*?[.!?](?=\s|$)/.exec(doc)?.[0] ?? doc;
}

/** A plain-language label, with the attribute name beside it so the code reads back. */
const labelFor = (attribute: string) => [LABELS[attribute] ?? attribute.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()), ' ', el('code', { className: 'attr' }, attribute)];
const valueLabel = (attribute: string, value: string) => VALUE_LABELS[`${attribute}=${value}`] ?? VALUE_LABELS[value] ?? value;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const element: HTMLElementTagNameMap[K] = document.createElement(tag);
  Object.assign(element, props);
  element.append(...children);
  return element;
}

/** One form control per schema property, chosen by the JSON Schema type; JSON-only fields share one JSON box. */
function renderForm(widget: WidgetName): void {
  const { schema, fields } = WIDGETS[widget];
  fieldsBox.replaceChildren();
  for (const [name, property] of Object.entries(schema.properties)) {
    const field = fields[name];
    if (!field || field.kind === 'json') continue;
    const id = `field-${field.attribute}`;
    const wrapper = el('div', { className: 'field' });
    wrapper.dataset.attribute = field.attribute;
    const help = helpFor(widget, field.attribute);
    const hint = el('p', { className: 'hint', id: `${id}-hint` }, `${help}${/\bdefault\b/i.test(help) ? '' : describeDefault(property)}`);
    if (property.type === 'boolean') {
      const input = el('input', { type: 'checkbox', id, name: field.attribute });
      input.setAttribute('aria-describedby', `${id}-hint`);
      wrapper.append(el('label', { className: 'check' }, input, ' ', ...labelFor(field.attribute)), hint);
    } else if (property.enum) {
      const select = el('select', { id, name: field.attribute });
      select.setAttribute('aria-describedby', `${id}-hint`);
      const fallback = typeof property.default === 'string' ? `Default (${valueLabel(field.attribute, property.default)})` : 'Default';
      select.append(el('option', { value: '' }, fallback), ...property.enum.map((value) => el('option', { value }, valueLabel(field.attribute, value))));
      wrapper.append(el('label', { htmlFor: id }, ...labelFor(field.attribute)), hint, select);
    } else if (property.type === 'array' && property.items?.enum) {
      const group = el('fieldset', { className: 'choices', id });
      group.setAttribute('aria-describedby', `${id}-hint`);
      group.append(el('legend', {}, ...labelFor(field.attribute)), hint);
      for (const value of property.items.enum) group.append(el('label', {}, el('input', { type: 'checkbox', name: field.attribute, value }), ` ${valueLabel(field.attribute, value)}`));
      wrapper.append(group);
    } else {
      const input = el('input', { type: 'text', id, name: field.attribute, autocomplete: 'off' });
      input.setAttribute('aria-describedby', `${id}-hint ${id}-error`);
      wrapper.append(el('label', { htmlFor: id }, ...labelFor(field.attribute)), hint, input);
    }
    if (field.kind === 'number') wrapper.append(el('p', { className: 'hint read-as', id: `${id}-read-as`, hidden: true }));
    wrapper.append(el('p', { className: 'error', id: `${id}-error`, hidden: true }));
    fieldsBox.append(wrapper);
  }
  const jsonFields = Object.entries(fields).filter(([, field]) => field.kind === 'json').map(([name]) => name);
  if (jsonFields.length > 0) {
    const wrapper = el('div', { className: 'field' });
    wrapper.dataset.attribute = 'json';
    wrapper.append(
      el('label', { htmlFor: 'field-json' }, 'More settings as JSON (optional)'),
      el('p', { className: 'hint', id: 'field-json-hint' }, `For ${jsonFields.map((name) => LABELS[name] ?? name).join(', ')}. ${JSON_EXAMPLES[widget]}`),
      el('textarea', { id: 'field-json', name: 'json', rows: 4 }),
      el('p', { className: 'error', id: 'field-json-error', hidden: true }),
    );
    fieldsBox.append(wrapper);
  }
}

/** One example per widget for its JSON box. */
const JSON_EXAMPLES: Record<WidgetName, string> = {
  quiz: 'Example: {"strings": {"carepath.quiz.start": "Begin"}}',
  levels: 'Example: {"overrides": {"iop": {"hours": "12 hours a week"}}}',
  cost: 'Example: {"rates": {"iop": 320, "php": 700}}',
  schedule: 'Example: {"blocks": [{"kind": "group", "minutes": 90}, {"kind": "individual", "minutes": 30}]}',
};

/** The attributes and JSON text the form holds now, in schema order; empty fields are left out. */
function readForm(widget: WidgetName): { attributes: [string, string][]; json: string } {
  const attributes: [string, string][] = [];
  for (const field of Object.values(WIDGETS[widget].fields)) {
    if (field.kind === 'json') continue;
    const controls = [...fieldsBox.querySelectorAll<HTMLInputElement | HTMLSelectElement>(`[name="${field.attribute}"]`)];
    const first = controls[0];
    if (!first) continue;
    if (first instanceof HTMLInputElement && first.type === 'checkbox' && controls.length === 1) {
      if (first.checked) attributes.push([field.attribute, '']);
    } else if (first instanceof HTMLInputElement && first.type === 'checkbox') {
      const chosen = controls.filter((c) => (c as HTMLInputElement).checked).map((c) => c.value);
      if (chosen.length > 0) attributes.push([field.attribute, chosen.join(' ')]);
    } else if (first.value.trim() !== '') {
      attributes.push([field.attribute, first.value.trim()]);
    }
  }
  return { attributes, json: ($<HTMLTextAreaElement>('#field-json')?.value ?? '').trim() };
}

function snippetFor(widget: WidgetName, attributes: [string, string][], json: string): string {
  const file = `carepath-${widget}.js`;
  const files = (sri as { version: string; files: Record<string, string> }).files;
  const script = `<script type="module" src="https://cdn.jsdelivr.net/npm/carepath@${sri.version}/dist/cdn/${file}"\n        integrity="${files[file]}" crossorigin="anonymous"></script>`;
  const attrs = attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('');
  const body = json ? `\n  <script type="application/json">${json.replace(/<\//g, '<\\/')}</script>\n` : '';
  return `${script}\n<carepath-${widget}${attrs}>${body}</carepath-${widget}>`;
}

/** The preview element and the JSON text it was made with; kept while the widget and the JSON stay the same. */
let current: { widget: WidgetName; json: string; element: CarepathElement } | undefined;

async function update(): Promise<void> {
  const widget = widgetSelect.value as WidgetName;
  const { attributes, json } = readForm(widget);
  const snippet = snippetFor(widget, attributes, json);
  snippetBox.value = snippet;
  if (!current || current.widget !== widget || current.json !== json) {
    // A new element, parsed from the snippet the same way a page would parse it (the JSON block is read on connect).
    const template = document.createElement('template');
    template.innerHTML = snippet.slice(snippet.indexOf(`<carepath-${widget}`));
    previewBox.replaceChildren(template.content);
    const element = previewBox.firstElementChild as CarepathElement | null;
    if (!element) return;
    current = { widget, json, element };
  } else {
    // The same element with its attributes brought up to date: a mistake already reported is not reported again.
    const { element } = current;
    const wanted = new Map(attributes);
    for (const { name } of [...element.attributes]) if (!wanted.has(name)) element.removeAttribute(name);
    for (const [name, value] of wanted) if (element.getAttribute(name) !== value) element.setAttribute(name, value);
  }
  const { element } = current;
  await element.updateComplete;
  if (current.element === element) showIssues(widget, element.configIssues);
}

/** A widget message in the builder's words: no tag name, no repeated value, and what was used instead. */
const plainMessage = (message: string) =>
  message
    .replace(/^<carepath-\w+> (?:attribute|property|JSON block) /, '')
    .replace(/^<carepath-\w+> /, '')
    .replace(/, got "[^"]*"(?=;|$)/, '')
    .replace(/; using the widget's default\.$/, '. The widget uses its own default instead.')
    .replace(/; using the default (.*)\.$/, '. The widget uses $1 instead.')
    .replace(/; using (.*) from the (property|JSON block)\.$/, '. The widget uses $1 from the $2 instead.');

function showIssues(widget: WidgetName, issues: readonly { field: string; message: string }[]): void {
  const jsonFields = new Set(Object.values(WIDGETS[widget].fields).filter((field) => field.kind === 'json').map((field) => field.attribute.split('.')[0]));
  /** The form control an issue is about: its own field, the JSON box for JSON settings, or none. */
  const target = (field: string) => {
    const own = fieldsBox.querySelector<HTMLElement>(`.field[data-attribute="${CSS.escape(field)}"]`);
    if (own) return own;
    return field === 'json' || jsonFields.has(field.split(/[.[]/)[0] ?? '') ? fieldsBox.querySelector<HTMLElement>('.field[data-attribute="json"]') : null;
  };
  const byWrapper = new Map<HTMLElement, string[]>();
  for (const issue of issues) {
    const wrapper = target(issue.field);
    if (wrapper) byWrapper.set(wrapper, [...(byWrapper.get(wrapper) ?? []), plainMessage(issue.message)]);
  }
  for (const wrapper of fieldsBox.querySelectorAll<HTMLElement>('.field')) {
    const messages = byWrapper.get(wrapper);
    // "$300" → 300: say how a number written with "$", commas or "%" was read.
    const readAs = wrapper.querySelector<HTMLElement>('.read-as');
    const text = wrapper.querySelector<HTMLInputElement>('input[type="text"]')?.value.trim() ?? '';
    const number = readNumber(text);
    if (readAs) {
      readAs.hidden = Boolean(messages) || typeof number !== 'number' || String(number) === text;
      readAs.textContent = readAs.hidden ? '' : `Read as ${number}.`;
    }
    wrapper.classList.toggle('has-error', Boolean(messages));
    const error = wrapper.querySelector<HTMLElement>('.error');
    if (error) {
      error.hidden = !messages;
      error.textContent = messages?.join(' ') ?? '';
    }
  }
  summary.hidden = issues.length === 0;
  summary.replaceChildren(
    el('h2', {}, issues.length === 1 ? 'Check this setting' : `Check these ${issues.length} settings`),
    el(
      'ul',
      {},
      ...issues.map((issue) => {
        const wrapper = target(issue.field);
        const control = wrapper?.querySelector<HTMLElement>('input, select, textarea, fieldset');
        const name = LABELS[issue.field] ?? issue.field;
        return el('li', {}, control?.id ? el('a', { href: `#${control.id}` }, name) : name, `: ${plainMessage(issue.message)}`);
      }),
    ),
  );
}

widgetSelect.addEventListener('change', () => {
  current = undefined;
  renderForm(widgetSelect.value as WidgetName);
  void update();
});
fieldsBox.addEventListener('input', () => void update());
fieldsBox.addEventListener('change', () => void update());
$<HTMLButtonElement>('#copy').addEventListener('click', async () => {
  const status = $<HTMLSpanElement>('#copied');
  try {
    await navigator.clipboard.writeText(snippetBox.value);
    status.textContent = 'Copied.';
  } catch {
    snippetBox.select();
    status.textContent = 'Select the code and copy it.';
  }
});

renderForm(widgetSelect.value as WidgetName);
void update();
