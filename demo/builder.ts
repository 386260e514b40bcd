// The embed-code builder for marketers: a form generated from the chosen widget's JSON Schema
// (dist/schemas/<widget>.json) with each field's one-line help from its documentation (dist/custom-elements.json),
// a live preview, and the code to paste beside it. The preview is the real widget, so its validation messages are
// the widget's own (`configIssues`, each saying what it used instead), and the code renders exactly what the
// preview shows. The preview element is kept and updated in place, so each mistake warns once in the console,
// not once per keystroke.
// The code comes in two kinds: the script and the tag, or pre-rendered (the widget's first screen copied from the
// preview into a declarative shadow root by src/ssr/snapshot.ts — the browser cannot run the Node renderer, so this
// markup is rendered again in place when the script loads; `npx carepath render` makes markup that hydrates). The
// "Colors and shapes" controls (one per design token in the manifest) become a <style> block, or a file of the
// partner's own under a strict Content-Security-Policy.
import '../src/index.js';
import { CarepathCost, CarepathLevels, CarepathQuiz, CarepathSchedule, type CarepathElement } from '../src/classes.js';
import costSchema from '../dist/schemas/cost.json' with { type: 'json' };
import levelsSchema from '../dist/schemas/levels.json' with { type: 'json' };
import quizSchema from '../dist/schemas/quiz.json' with { type: 'json' };
import scheduleSchema from '../dist/schemas/schedule.json' with { type: 'json' };
import sri from '../dist/cdn/sri.json' with { type: 'json' };
import manifest from '../dist/custom-elements.json' with { type: 'json' };
import stylesheetText from '../dist/cdn/carepath.css?raw';
import { readNumber } from '../src/internal/attributes.js';
import { snapshotWidget } from '../src/ssr/snapshot.js';
import { LABELS, PLAIN_HELP, TOKEN_LABELS, VALUE_LABELS } from './builder-labels.js';

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
/** Each widget's design tokens (custom properties) from the manifest, with their docs. */
const TOKENS: Record<string, ManifestAttribute[]> = {};
for (const declaration of (manifest as { modules: { declarations?: { tagName?: string; attributes?: ManifestAttribute[]; cssProperties?: ManifestAttribute[] }[] }[] }).modules.flatMap(
  (mod) => mod.declarations ?? [],
)) {
  if (!declaration.tagName) continue;
  DOCS[declaration.tagName.replace('carepath-', '')] = new Map((declaration.attributes ?? []).map((attribute) => [attribute.name, attribute.description ?? '']));
  TOKENS[declaration.tagName.replace('carepath-', '')] = declaration.cssProperties ?? [];
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

/** The tag with its attributes and JSON block, as the partner pastes it (and as the preview is parsed from). */
function tagFor(widget: WidgetName, attributes: [string, string][], json: string): string {
  const attrs = attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('');
  const body = json ? `\n  <script type="application/json">${json.replace(/<\//g, '<\\/')}</script>\n` : '';
  return `<carepath-${widget}${attrs}>${body}</carepath-${widget}>`;
}

const version = (sri as { version: string }).version;
const files = (sri as { files: Record<string, string> }).files;
/** Where a strict-policy site keeps the carepath files (the package's dist/cdn/ folder, copied to its own origin). */
const SELF_HOSTED = '/carepath';
const CDN = `https://cdn.jsdelivr.net/npm/carepath@${version}/dist/cdn`;

function scriptFor(widget: WidgetName, strict: boolean): string {
  const file = `carepath-${widget}.js`;
  return strict
    ? `<script type="module" src="${SELF_HOSTED}/${file}"></script>`
    : `<script type="module" src="${CDN}/${file}"\n        integrity="${files[file]}" crossorigin="anonymous"></script>`;
}

/** The Subresource Integrity hash of carepath.css (not in sri.json: it is written after the scripts). */
const stylesheetIntegrity: Promise<string | undefined> = (async () => {
  try {
    const hash = await crypto.subtle.digest('SHA-384', new TextEncoder().encode(stylesheetText));
    return `sha384-${btoa(String.fromCharCode(...new Uint8Array(hash)))}`;
  } catch {
    return undefined; // no crypto.subtle (a page not served over https): the link goes without the hash
  }
})();
/** carepath.css for the "before the script" preview, from this build. */
const stylesheetBlob = URL.createObjectURL(new Blob([stylesheetText], { type: 'text/css' }));

// ── design tokens ────────────────────────────────────────────────────────────────────────────────────────────
const tokenMain = $<HTMLDivElement>('#token-main');
const tokenRest = $<HTMLDivElement>('#token-rest');
const isColor = (name: string) => /color|background|-accent$/.test(name);
const tokenLabel = (token: ManifestAttribute) => {
  const own = TOKEN_LABELS[token.name] ?? TOKEN_LABELS[token.name.replace(/-dark$/, '')];
  if (own) return token.name.endsWith('-dark') && !TOKEN_LABELS[token.name] ? `${own}, dark theme` : own;
  return (token.description ?? token.name).replace(/`/g, '').split(/[.(]/)[0]!.trim();
};
/** A token value that is safe inside a style rule and means something there. */
function tokenProblem(name: string, value: string): string | undefined {
  if (/[;{}<>\\]/.test(value)) return 'Leave out ; { } < > and \\.';
  if (isColor(name) && !CSS.supports('color', value) && !/^var\(--[\w-]+\)$/.test(value)) return `"${value}" is not a color. Try #0b6e4f.`;
  return undefined;
}

/**
 * What the marketer typed per token, kept across widget switches: the four widgets share most tokens (accent, text,
 * radius…), and a brand set up once should not be typed again for the next widget.
 */
const typedTokens = new Map<string, string>();

function renderTokens(widget: WidgetName): void {
  for (const input of document.querySelectorAll<HTMLInputElement>('#tokens input[type="text"]')) typedTokens.set(input.dataset.token!, input.value);
  tokenMain.replaceChildren();
  tokenRest.replaceChildren();
  for (const token of TOKENS[widget] ?? []) {
    const id = `token${token.name.slice(1)}`;
    const row = el('div', { className: 'token' });
    row.dataset.token = token.name;
    const text = el('input', { type: 'text', id, autocomplete: 'off', spellcheck: false });
    text.dataset.token = token.name;
    text.setAttribute('aria-describedby', `${id}-hint ${id}-error`);
    const fallback = /`(#[0-9a-f]{6})`/i.exec(token.description ?? '')?.[1];
    text.placeholder = fallback ?? '';
    text.value = typedTokens.get(token.name) ?? '';
    const inputs = el('div', { className: 'token-inputs' }, text);
    if (isColor(token.name)) {
      const typed = text.value.trim();
      const picker = el('input', { type: 'color', value: /^#[0-9a-f]{6}$/i.test(typed) ? typed : (fallback ?? '#1d5bbf') });
      picker.setAttribute('aria-label', `${tokenLabel(token)}: pick a color`);
      picker.addEventListener('input', () => {
        text.value = picker.value;
        text.dispatchEvent(new Event('input', { bubbles: true }));
      });
      text.addEventListener('input', () => {
        if (/^#[0-9a-f]{6}$/i.test(text.value.trim())) picker.value = text.value.trim();
      });
      inputs.append(picker);
    }
    const hint = (token.description ?? '').replace(/`/g, '').replace(/\s+/g, ' ');
    row.append(
      el('label', { htmlFor: id }, tokenLabel(token), ' ', el('code', { className: 'attr' }, token.name)),
      el('p', { className: 'hint', id: `${id}-hint` }, hint),
      inputs,
      el('p', { className: 'error', id: `${id}-error`, hidden: true }),
    );
    (token.name === '--carepath-color-accent' ? tokenMain : tokenRest).append(row);
  }
}

/** The tokens the form holds now, valid ones only; each field shows its own problem. */
function readTokens(): [string, string][] {
  const tokens: [string, string][] = [];
  for (const input of document.querySelectorAll<HTMLInputElement>('#tokens input[type="text"]')) {
    const name = input.dataset.token!;
    const value = input.value.trim();
    const problem = value ? tokenProblem(name, value) : undefined;
    const row = input.closest<HTMLElement>('.token')!;
    row.classList.toggle('has-error', Boolean(problem));
    const error = row.querySelector<HTMLElement>('.error')!;
    error.hidden = !problem;
    error.textContent = problem ?? '';
    if (value && !problem) tokens.push([name, value]);
  }
  return tokens;
}

const themeCss = (widget: WidgetName, tokens: [string, string][]) =>
  tokens.length === 0 ? '' : `carepath-${widget} {\n${tokens.map(([name, value]) => `  ${name}: ${value};\n`).join('')}}\n`;

/** Colors on the preview's wrapper (custom properties inherit into the widget), so the widget's own markup stays clean. */
function applyTokens(tokens: [string, string][]): void {
  for (const name of [...previewBox.style].filter((property) => property.startsWith('--'))) previewBox.style.removeProperty(name);
  for (const [name, value] of tokens) previewBox.style.setProperty(name, value);
}

// ── the code ─────────────────────────────────────────────────────────────────────────────────────────────────
const codeHint = $<HTMLParagraphElement>('#code-hint');
const themeFile = $<HTMLDivElement>('#theme-file');
const themeBox = $<HTMLTextAreaElement>('#theme-css');
const beforeScript = $<HTMLDivElement>('#before-script');
const staticPreview = $<HTMLIFrameElement>('#static-preview');
const mode = () => document.querySelector<HTMLInputElement>('input[name="mode"]:checked')?.value ?? 'script';
const strictBox = $<HTMLInputElement>('#strict');

/** The code to paste, for the preview `element` as it is now. */
async function snippetFor(widget: WidgetName, element: CarepathElement, tag: string, tokens: [string, string][]): Promise<string> {
  const strict = strictBox.checked;
  const css = themeCss(widget, tokens);
  const theme = css === '' ? '' : strict ? `<link rel="stylesheet" href="${SELF_HOSTED}/carepath-theme.css">\n` : `<style>\n${css}</style>\n`;
  const script = scriptFor(widget, strict);
  themeFile.hidden = !strict || css === '';
  themeBox.value = css;
  const prerendered = mode() === 'prerendered';
  beforeScript.hidden = !prerendered;
  const where = strict
    ? `Copy the files in the carepath package's dist/cdn/ folder to ${SELF_HOSTED}/ on your site${css ? ', with carepath-theme.css below' : ''}.`
    : 'The files load from the jsDelivr CDN, checked by their hashes.';
  if (!prerendered) {
    codeHint.textContent = `Paste it into your page where the widget should appear. ${where}`;
    return `${theme}${script}\n${tag}`;
  }
  codeHint.textContent =
    `Paste it into your page where the widget should appear: it shows at once, and the script makes it work. ${where} ` +
    'After you change the settings or update carepath, copy the code again. Pre-rendering a whole page? Run npx carepath render page.html -o page.html: ' +
    'its markup is taken over by the script without being drawn again.';
  const integrity = strict ? undefined : await stylesheetIntegrity;
  const stylesheet = strict ? `${SELF_HOSTED}/carepath.css` : `${CDN}/carepath.css`;
  const link = `<link rel="stylesheet" href="${stylesheet}"${integrity ? ` integrity="${integrity}" crossorigin="anonymous"` : ''}>\n`;
  const markup = snapshotWidget(element, { stylesheet, ...(integrity ? { integrity } : {}), version });
  showBeforeScript(css, snapshotWidget(element, { stylesheet: stylesheetBlob, version }));
  return `${theme}${link}${script}\n${markup}`;
}

/** The pre-rendered code alone in a frame, no script: what a visitor sees first. */
function showBeforeScript(css: string, markup: string): void {
  const doc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="stylesheet" href="${stylesheetBlob}"><style>body { margin: 0.5rem; font: 16px/1.5 system-ui, sans-serif; }\n${css}</style></head><body>${markup}</body></html>`;
  if (staticPreview.srcdoc === doc) return;
  staticPreview.srcdoc = doc;
  staticPreview.onload = () => {
    const height = staticPreview.contentDocument?.documentElement.scrollHeight;
    if (height) staticPreview.style.blockSize = `${height}px`;
  };
}

/** The preview element and the JSON text it was made with; kept while the widget and the JSON stay the same. */
let current: { widget: WidgetName; json: string; element: CarepathElement } | undefined;
let pending = 0;

async function update(): Promise<void> {
  const widget = widgetSelect.value as WidgetName;
  const { attributes, json } = readForm(widget);
  const tag = tagFor(widget, attributes, json);
  const tokens = readTokens();
  applyTokens(tokens);
  if (!current || current.widget !== widget || current.json !== json) {
    // A new element, parsed from the tag the same way a page would parse it (the JSON block is read on connect).
    const template = document.createElement('template');
    template.innerHTML = tag;
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
  const turn = ++pending;
  await element.updateComplete;
  if (current.element !== element || turn !== pending) return; // a later change is on its way
  showIssues(widget, element.configIssues);
  snippetBox.value = await snippetFor(widget, element, tag, tokens);
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
  renderTokens(widgetSelect.value as WidgetName);
  void update();
});
for (const box of [fieldsBox, $<HTMLFieldSetElement>('#tokens'), $<HTMLElement>('.code-options')]) {
  box.addEventListener('input', () => void update());
  box.addEventListener('change', () => void update());
}
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
renderTokens(widgetSelect.value as WidgetName);
void update();
