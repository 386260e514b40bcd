/**
 * One field table per widget, the only place a configuration field is declared:
 *
 * ```ts
 * export const COST_FIELDS = defineFields({
 *   dailyRate: field.money({ doc: 'Price for one program day, in dollars.' }),
 *   weeks: field.integer({ min: 1, max: 52, doc: 'How many weeks the program lasts.' }),
 *   coverage: field.oneOf(COVERAGES, { default: 'self-pay', doc: 'How the visitor pays.' }),
 * });
 * export type CostConfig = FieldValues<typeof COST_FIELDS>;
 * ```
 *
 * Everything else is derived from the table: the zod/mini shape (`shapeOf`), the base element's attribute specs
 * (`specsOf`), Lit's `static properties` with their attribute converters (`propertiesOf`), and the metadata that
 * the manifest, the JSON Schema, the embed-code builder and Storybook's controls read (`metadataOf`, `jsonSchemaOf`).
 *
 * Attribute text (docs/reference/attributes.md): kebab-case names (from the property name unless given); lists are
 * space-separated tokens; pairs are `name=value` tokens; booleans are presence ("false" also means off); money is
 * dollars; percentages are percents (`coinsurance="20"`).
 */
import type { PropertyDeclaration } from 'lit';
import * as z from 'zod/mini';
import type { AttributeKind } from './attributes.js';
import { attributeConverter } from './field-converter.js';
import type { FieldSpec } from './config.js';

export { attributeConverter };

/** How a field is edited in the builder form and in Storybook's controls. */
export type FieldControl = 'text' | 'number' | 'boolean' | 'select' | 'multi-select' | 'pairs' | 'object';
/** What a number field's value means, for labels and affixes: dollars, a plain count, or a percent (20 for 20%). */
export type FieldUnit = 'money' | 'count' | 'percent';

/** One field, before `defineFields` gives it its name. `T` is the configured value's type. */
export interface FieldDef<T = unknown, HasDefault extends boolean = boolean> {
  /** The kebab-case attribute; `false` for JSON-only fields (set them in the JSON child or as a property). */
  readonly attribute?: string | false;
  readonly kind: AttributeKind;
  /** Checks one candidate value; carries the default when there is one. */
  readonly schema: z.ZodMiniType<HasDefault extends true ? T : T | undefined>;
  /** One plain sentence for the manifest, the JSON Schema, the builder form and Storybook. */
  readonly doc: string;
  readonly default?: T;
  /** The TypeScript type as the manifest prints it: `number`, `'light' | 'dark'`, `string[]`. */
  readonly type: string;
  readonly control: FieldControl;
  /** The allowed values of a `oneOf` field, or of each item of a list. */
  readonly values?: readonly string[];
  readonly unit?: FieldUnit;
  readonly min?: number;
  readonly max?: number;
}

/** A field after `defineFields`: its name and attribute are known. */
export interface Field<T = unknown, HasDefault extends boolean = boolean> extends FieldDef<T, HasDefault> {
  readonly name: string;
  readonly attribute: string | false;
}

export type FieldTable = Readonly<Record<string, Field>>;

type ValueOf<F> = F extends { readonly schema: infer S extends z.ZodMiniType } ? z.output<S> : never;
/** What `defineFields` adds to each entry. */
export interface Named {
  readonly name: string;
  readonly attribute: string | false;
}
type OptionalKeys<F extends FieldTable> = { [K in keyof F]: undefined extends ValueOf<F[K]> ? K : never }[keyof F];
type RequiredKeys<F extends FieldTable> = Exclude<keyof F, OptionalKeys<F>>;

/** The resolved configuration a table describes: a field with a default is always there, the others may be absent. */
export type FieldValues<F extends FieldTable> = { readonly [K in RequiredKeys<F>]: ValueOf<F[K]> } & {
  readonly [K in OptionalKeys<F>]?: Exclude<ValueOf<F[K]>, undefined>;
};

/**
 * The element's properties for a table: each reads back what was set, in its type when the text converts
 * (`weeks="8"` → `8`), else the text itself (`weeks="eight"` → `"eight"`, reported as an issue).
 */
export type FieldProperties<F extends FieldTable> = { -readonly [K in keyof F]?: Exclude<ValueOf<F[K]>, undefined> | string };

/** `dailyRate` → `daily-rate`. */
export function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/** Names each field and fills in its attribute (kebab-case of the name unless given). */
export function defineFields<const T extends Readonly<Record<string, FieldDef>>>(table: T): { readonly [K in keyof T & string]: T[K] & Named } {
  const named: Record<string, Field> = {};
  for (const [name, def] of Object.entries(table)) {
    named[name] = Object.freeze({ ...def, name, attribute: def.attribute === false ? false : (def.attribute ?? kebab(name)) });
  }
  return Object.freeze(named) as { readonly [K in keyof T & string]: T[K] & Named };
}

// ---------------------------------------------------------------------------------------------------------
// Builders: `field.text({ … })` and the others, plain functions in ./field-builders.ts, so a bundle keeps only the
// builders its tables call (an object of methods would keep them all).

export * as field from './field-builders.js';

// ---------------------------------------------------------------------------------------------------------
// What is derived from a table

/** The zod/mini shape, keyed by property name (what `z.object()` and the JSON Schema take). */
export function shapeOf<F extends FieldTable>(table: F): { readonly [K in keyof F]: F[K]['schema'] } {
  return Object.fromEntries(Object.values(table).map((entry) => [entry.name, entry.schema])) as { readonly [K in keyof F]: F[K]['schema'] };
}

/** The base element's view: each field's attribute (JSON-only fields use their kebab-case name in messages) and kind. */
export function specsOf(table: FieldTable): Readonly<Record<string, FieldSpec>> {
  return Object.fromEntries(Object.values(table).map((entry) => [entry.name, { attribute: entry.attribute === false ? kebab(entry.name) : entry.attribute, kind: entry.kind }]));
}


/** Lit's `static properties` for a table: kebab-case attributes with the converters above, never reflected. */
export function propertiesOf(table: FieldTable): Readonly<Record<string, PropertyDeclaration>> {
  return Object.fromEntries(
    Object.values(table).map((entry) => [
      entry.name,
      entry.attribute === false ? { attribute: false } : { attribute: entry.attribute, converter: attributeConverter(entry.kind), ...(entry.kind === 'boolean' ? { type: Boolean } : {}) },
    ]),
  );
}

/** What the manifest, the JSON Schema, the embed-code builder and Storybook's controls need to know of a field. */
export interface FieldMetadata {
  readonly name: string;
  readonly attribute?: string;
  readonly kind: AttributeKind;
  readonly type: string;
  readonly doc: string;
  readonly default?: unknown;
  readonly control: FieldControl;
  readonly values?: readonly string[];
  readonly unit?: FieldUnit;
  readonly min?: number;
  readonly max?: number;
}

export function metadataOf(table: FieldTable): readonly FieldMetadata[] {
  return Object.values(table).map((entry) => ({
    name: entry.name,
    ...(entry.attribute === false ? {} : { attribute: entry.attribute }),
    kind: entry.kind,
    type: entry.type,
    doc: entry.doc,
    ...(entry.default === undefined ? {} : { default: entry.default }),
    control: entry.control,
    ...(entry.values ? { values: entry.values } : {}),
    ...(entry.unit ? { unit: entry.unit } : {}),
    ...(entry.min === undefined ? {} : { min: entry.min }),
    ...(entry.max === undefined ? {} : { max: entry.max }),
  }));
}

/** The JSON Schema of the JSON child (and of `dist/schemas/<widget>.json`), with each field's doc as its description. */
export function jsonSchemaOf(table: FieldTable): Record<string, unknown> {
  const json = z.toJSONSchema(z.strictObject(shapeOf(table) as Record<string, z.ZodMiniType>), { io: 'input', unrepresentable: 'any' }) as Record<string, unknown> & {
    properties?: Record<string, Record<string, unknown>>;
  };
  for (const entry of Object.values(table)) {
    const property = json.properties?.[entry.name];
    if (property) property.description = entry.doc;
  }
  return json;
}

/** Storybook `argTypes` for a table: a control per field, its doc, and the attribute it stands for. */
export function argTypesOf(table: FieldTable): Record<string, Record<string, unknown>> {
  const controls: Record<FieldControl, Record<string, unknown>> = {
    text: { type: 'text' },
    number: { type: 'number' },
    boolean: { type: 'boolean' },
    select: { type: 'select' },
    'multi-select': { type: 'inline-check' },
    pairs: { type: 'text' },
    object: { type: 'object' },
  };
  return Object.fromEntries(
    metadataOf(table).map((meta) => [
      meta.name,
      {
        name: meta.attribute ?? meta.name,
        description: meta.doc,
        control: { ...controls[meta.control], ...(meta.min === undefined ? {} : { min: meta.min }), ...(meta.max === undefined ? {} : { max: meta.max }) },
        ...(meta.values ? { options: meta.values } : {}),
        table: { type: { summary: meta.type }, ...(meta.default === undefined ? {} : { defaultValue: { summary: JSON.stringify(meta.default) } }) },
      },
    ]),
  );
}
