/**
 * Config properties that behave like Lit's, with one source per field: the attribute converts into the property
 * (`weeks="8"` → `el.weeks === 8`), text set on a typed property is read like the attribute (React 19 and plain
 * `el.weeks = "12"` set text), and the last write wins in either direction. This file notes, per element and field,
 * whether the attribute (through Lit's converter) or a JS assignment wrote last, so the base element can hand a
 * warning the text the page's author typed, and name the attribute or the property.
 */
import type { PropertyDeclaration } from 'lit';
import { UNREADABLE, readAttribute } from './attributes.js';
import type { FieldSpecs } from './config.js';
import { attributeConverter } from './field-converter.js';

/** Which wrote a config property last. */
export type Writer = 'attribute' | 'property';

/** Each element's last writer per config property. */
const writers = new WeakMap<object, Map<string, Writer>>();
/** The property an attribute is being converted into, per element, while Lit does it. */
const writingAttribute = new WeakMap<object, string>();
/** Setters already wrapped, so a property is wrapped once. */
const WRAPPED = new WeakSet<object>();

/** The config field `name` of a widget class, if it is one (read when used: a subclass's statics are set by then). */
function configSpec(widgetClass: unknown, name: PropertyKey) {
  const fields = (widgetClass as { configFields?: FieldSpecs }).configFields;
  return typeof name === 'string' && fields && Object.hasOwn(fields, name) ? fields[name] : undefined;
}

/** A config field's property options, with the converter for its kind (lists, pairs, numbers, booleans). */
export function configPropertyOptions(widgetClass: unknown, name: PropertyKey, options: PropertyDeclaration): PropertyDeclaration {
  const spec = configSpec(widgetClass, name);
  if (!spec || spec.kind === 'json' || options.attribute === false) return options;
  return { ...options, converter: attributeConverter(spec.kind) };
}

/**
 * Wraps each config property's setter on the class's prototype (the accessor found there or up its chain): text is
 * read like attribute text, and the writer is noted. Called from `finalize`, rather than through `createProperty`
 * or `getPropertyDescriptor`, whose overrides Lit deprecates.
 */
export function wrapConfigSetters(widgetClass: { prototype: object; configFields?: FieldSpecs }): void {
  for (const name of Object.keys(widgetClass.configFields ?? {})) wrapSetter(widgetClass.prototype, name);
}

function wrapSetter(prototype: object, name: string): void {
  for (let at: object | null = prototype; at; at = Object.getPrototypeOf(at)) {
    const descriptor = Object.getOwnPropertyDescriptor(at, name);
    if (!descriptor) continue;
    const set = descriptor.set;
    if (!set || WRAPPED.has(set)) return;
    const wrapped = function (this: HTMLElement, value: unknown) {
      const spec = configSpec(this.constructor, name);
      if (spec) {
        const fromAttribute = writingAttribute.get(this) === name;
        let map = writers.get(this);
        if (!map) writers.set(this, (map = new Map()));
        map.set(name, fromAttribute ? 'attribute' : 'property');
        if (!fromAttribute && typeof value === 'string' && spec.kind !== 'string' && spec.kind !== 'json') {
          const read = readAttribute(spec.kind, value);
          value = read === UNREADABLE ? value : read;
        }
      }
      set.call(this, value);
    };
    WRAPPED.add(wrapped);
    Object.defineProperty(prototype, name, { ...descriptor, set: wrapped });
    return;
  }
}

/** Runs `convert` (Lit's `attributeChangedCallback`) noting which config property attribute `attribute` writes. */
export function writingFromAttribute(element: object, fields: FieldSpecs, attribute: string, convert: () => void): void {
  const name = Object.keys(fields).find((key) => fields[key]?.kind !== 'json' && fields[key]?.attribute === attribute);
  if (name === undefined) writingAttribute.delete(element);
  else writingAttribute.set(element, name);
  try {
    convert();
  } finally {
    writingAttribute.delete(element);
  }
}

/** Which wrote config property `name` of `element` last, if either did. */
export function writerOf(element: object, name: string): Writer | undefined {
  return writers.get(element)?.get(name);
}
