// The embed-code builder for marketers: a form generated from the chosen widget's JSON Schema
// (dist/schemas/<widget>.json), a live preview, and the code to paste. The preview is the real widget, so its
// validation messages are the widget's own (`configIssues`), and the code renders exactly what the preview shows.
import '../src/index.js';
import { CarepathCost, CarepathLevels, CarepathQuiz, CarepathSchedule, type CarepathElement } from '../src/classes.js';
import costSchema from '../dist/schemas/cost.json' with { type: 'json' };
import levelsSchema from '../dist/schemas/levels.json' with { type: 'json' };
import quizSchema from '../dist/schemas/quiz.json' with { type: 'json' };
import scheduleSchema from '../dist/schemas/schedule.json' with { type: 'json' };
import sri from '../dist/cdn/sri.json' with { type: 'json' };

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
  schema.default === undefined || (Array.isArray(schema.default) && schema.default.length === 0)
    ? ''
    : `Default: ${Array.isArray(schema.default) ? schema.default.join(' ') : String(schema.default)}.`;

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
    const hint = el('p', { className: 'hint', id: `${id}-hint` }, describeDefault(property));
    if (property.type === 'boolean') {
      const input = el('input', { type: 'checkbox', id, name: field.attribute });
      wrapper.append(el('label', {}, input, ` ${field.attribute}`), hint);
    } else if (property.enum) {
      const select = el('select', { id, name: field.attribute });
      select.append(el('option', { value: '' }, '(default)'), ...property.enum.map((value) => el('option', { value }, value)));
      wrapper.append(el('label', { htmlFor: id }, field.attribute), hint, select);
    } else if (property.type === 'array' && property.items?.enum) {
      const group = el('fieldset', { className: 'choices', id });
      group.append(el('legend', {}, field.attribute), hint);
      for (const value of property.items.enum) group.append(el('label', {}, el('input', { type: 'checkbox', name: field.attribute, value }), ` ${value}`));
      wrapper.append(group);
    } else {
      const input = el('input', { type: 'text', id, name: field.attribute, autocomplete: 'off' });
      input.setAttribute('aria-describedby', `${id}-hint`);
      const example = field.kind === 'pairs' ? 'Pairs like morning=09:00 evening=18:00. ' : field.kind === 'list' ? 'Words separated by spaces. ' : '';
      hint.textContent = `${example}${hint.textContent ?? ''}`;
      wrapper.append(el('label', { htmlFor: id }, field.attribute), hint, input);
    }
    wrapper.append(el('p', { className: 'error', id: `${id}-error`, hidden: true }));
    fieldsBox.append(wrapper);
  }
  const jsonFields = Object.entries(fields).filter(([, field]) => field.kind === 'json').map(([name]) => name);
  if (jsonFields.length > 0) {
    const wrapper = el('div', { className: 'field' });
    wrapper.dataset.attribute = 'json';
    wrapper.append(
      el('label', { htmlFor: 'field-json' }, 'JSON block (optional)'),
      el('p', { className: 'hint' }, `Rich settings: ${jsonFields.join(', ')}. Example: {"${jsonFields[0]}": …}`),
      el('textarea', { id: 'field-json', name: 'json', rows: 4 }),
      el('p', { className: 'error', id: 'field-json-error', hidden: true }),
    );
    fieldsBox.append(wrapper);
  }
}

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

async function update(): Promise<void> {
  const widget = widgetSelect.value as WidgetName;
  const { attributes, json } = readForm(widget);
  const snippet = snippetFor(widget, attributes, json);
  snippetBox.value = snippet;
  // The preview is the snippet's element itself, parsed the same way a page would parse it.
  const template = document.createElement('template');
  template.innerHTML = snippet.slice(snippet.indexOf(`<carepath-${widget}`));
  previewBox.replaceChildren(template.content);
  const element = previewBox.firstElementChild as CarepathElement | null;
  if (!element) return;
  await element.updateComplete;
  showIssues(element.configIssues);
}

function showIssues(issues: readonly { field: string; message: string }[]): void {
  for (const wrapper of fieldsBox.querySelectorAll<HTMLElement>('.field')) {
    const issue = issues.find((candidate) => candidate.field === wrapper.dataset.attribute);
    wrapper.classList.toggle('has-error', Boolean(issue));
    const error = wrapper.querySelector<HTMLElement>('.error');
    if (error) {
      error.hidden = !issue;
      error.textContent = issue ? issue.message.replace(/^<carepath-\w+> /, '') : '';
    }
  }
  summary.hidden = issues.length === 0;
  summary.replaceChildren(
    el('h2', {}, 'Check these settings'),
    el('ul', {}, ...issues.map((issue) => el('li', {}, el('a', { href: `#field-${issue.field}` }, issue.field), `: ${issue.message.replace(/^<carepath-\w+> /, '')}`))),
  );
}

widgetSelect.addEventListener('change', () => {
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
