/**
 * Storybook controls generated, never hand-written: one control per attribute of a widget, from the Custom Elements
 * Manifest (name, description, the property behind it) joined with the widget's own configuration schema (type,
 * allowed values, range and default, through `z.toJSONSchema` as dist/schemas/ is made), and one control per brand
 * custom property the manifest lists for the widget. Both sources are derived from the widget's field declarations
 * wherever those live, so a new field or token gets its control without touching a story.
 *
 * `renderWidget(tag, args, globals)` makes the element from the args: attributes for the set ones (booleans by
 * presence), custom properties on the element itself, and the toolbar's theme unless a story sets `theme`.
 */
import type { ArgTypes } from '@storybook/web-components-vite';
import * as z from 'zod/mini';
import manifest from '../dist/custom-elements.json';
import '../src/index.js';

type Declaration = {
  tagName?: string;
  events?: { name: string }[];
  cssParts?: { name: string }[];
  attributes?: { name: string; description?: string; fieldName?: string; type?: { text?: string } }[];
  cssProperties?: { name: string; description?: string; default?: string }[];
};
type JsonSchema = { type?: string | string[]; enum?: unknown[]; items?: JsonSchema; default?: unknown; minimum?: number; maximum?: number };
type WidgetClass = CustomElementConstructor & { configShape?: Readonly<Record<string, z.ZodMiniType>> };

export type WidgetTag = 'carepath-quiz' | 'carepath-levels' | 'carepath-cost' | 'carepath-schedule';
export type WidgetArgs = Record<string, string | number | boolean | string[] | undefined>;

const declarations = (manifest as { modules: { declarations?: Declaration[] }[] }).modules.flatMap((mod) => mod.declarations ?? []);

function declarationOf(tag: WidgetTag): Declaration {
  const declaration = declarations.find((candidate) => candidate.tagName === tag);
  if (!declaration) throw new Error(`custom-elements.json has no <${tag}>; run node scripts/manifest.mjs`);
  return declaration;
}

/** The widget's configuration as JSON Schema properties, keyed by property name (as in dist/schemas/<widget>.json). */
function schemaOf(tag: WidgetTag): Record<string, JsonSchema> {
  const widgetClass = customElements.get(tag) as WidgetClass | undefined;
  if (!widgetClass?.configShape) return {};
  const schema = z.toJSONSchema(z.object(widgetClass.configShape), { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, JsonSchema> };
  return schema.properties ?? {};
}

/** Attributes a story sets itself (the toolbar's theme) or that have no visible effect in a story. */
const SKIPPED = new Set(['group']);

function controlFor(schema: JsonSchema | undefined, typeText: string): Record<string, unknown> {
  const type = Array.isArray(schema?.type) ? schema.type.find((t) => t !== 'null') : schema?.type;
  if (schema?.enum) return { control: { type: 'select' }, options: ['', ...schema.enum] };
  if (type === 'array' && schema?.items?.enum) return { control: { type: 'inline-check' }, options: schema.items.enum };
  if (type === 'boolean' || /^boolean\b/.test(typeText)) return { control: { type: 'boolean' } };
  if (type === 'number' || type === 'integer') {
    return { control: { type: 'number', ...(schema?.minimum === undefined ? {} : { min: schema.minimum }), ...(schema?.maximum !== undefined && schema.maximum < 1e6 ? { max: schema.maximum } : {}) } };
  }
  // Everything else is text as the attribute takes it: lists of words, `name=value` pairs (tracks), times, URLs.
  return { control: { type: 'text' } };
}

/**
 * The controls of one widget: its attributes (category "Attributes"; JSON-only data such as `rates` has no
 * attribute, so no control) and its brand custom properties ("Brand").
 */
export function argTypesFor(tag: WidgetTag): ArgTypes<WidgetArgs> {
  const declaration = declarationOf(tag);
  const schema = schemaOf(tag);
  const argTypes: ArgTypes<WidgetArgs> = {};
  for (const attribute of declaration.attributes ?? []) {
    if (SKIPPED.has(attribute.name)) continue;
    const property = attribute.fieldName ? schema[attribute.fieldName] : undefined;
    const generated = controlFor(property, attribute.type?.text ?? '');
    argTypes[attribute.name] = {
      name: attribute.name,
      description: attribute.description ?? '',
      ...generated,
      table: {
        category: 'Attributes',
        type: { summary: attribute.type?.text?.replace(/ \| undefined$/, '') ?? 'string' },
        ...(property?.default === undefined ? {} : { defaultValue: { summary: JSON.stringify(property.default) } }),
      },
    };
  }
  for (const token of declaration.cssProperties ?? []) {
    argTypes[token.name] = {
      name: token.name,
      description: token.description ?? '',
      control: { type: /color|background|-accent$/.test(token.name) ? 'color' : 'text' },
      table: { category: 'Brand', type: { summary: 'CSS value' }, ...(token.default ? { defaultValue: { summary: token.default } } : {}) },
    };
  }
  return argTypes;
}

/**
 * What the Controls panel and the Docs table show: the generated controls, and the widget's events and parts as the
 * manifest documents them — not the class's static members (`widget`, `translations`, `configShape`…) that
 * Storybook would also list from the manifest.
 */
export function controlsOf(tag: WidgetTag): { controls: { include: string[] } } {
  const declaration = declarationOf(tag);
  return {
    controls: {
      include: [
        ...Object.keys(argTypesFor(tag)),
        ...(declaration.events ?? []).map((event) => event.name),
        ...(declaration.cssParts ?? []).map((part) => part.name),
      ],
    },
  };
}

/** Makes `tag` from a story's args (see the module comment); custom properties go on the element's own style. */
export function renderWidget(tag: WidgetTag, args: WidgetArgs, globals: Record<string, unknown>): HTMLElement {
  const element = document.createElement(tag);
  const attributes = new Set((declarationOf(tag).attributes ?? []).map((attribute) => attribute.name));
  if (args.theme === undefined || args.theme === '') element.setAttribute('theme', String(globals.theme ?? 'light'));
  for (const [name, value] of Object.entries(args)) {
    if (value === undefined || value === '' || value === false || (Array.isArray(value) && value.length === 0)) continue;
    if (name.startsWith('--')) element.style.setProperty(name, String(value));
    else if (attributes.has(name) || name === 'group' || name === 'lang') element.setAttribute(name, value === true ? '' : Array.isArray(value) ? value.join(' ') : String(value));
  }
  return element;
}
