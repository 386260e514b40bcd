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
import { SAFE_URL_MESSAGE, isSafeUrl } from './safe-url.js';
import { int, refine } from '../core/errors.js';

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
// Builders

interface Common<T> {
  /** The attribute, when it is not the kebab-case of the property name; `false` for no attribute. */
  readonly attribute?: string | false;
  readonly doc: string;
  readonly default?: T;
  /** The type as the manifest prints it, when a name says more than the builder's own (`'CareLevelId'`). */
  readonly type?: string;
  /**
   * The schema to check a value with, instead of the builder's own: a rule the core already states
   * (`schema: CostInputSchema.shape.dailyRate`), so the widget and the core cannot drift.
   */
  readonly schema?: z.ZodMiniType<T> | z.ZodMiniType<T | undefined>;
}

type Def<T, O extends { readonly default?: unknown }> = FieldDef<T, O extends { readonly default: NonNullable<unknown> } ? true : false>;

function build<T, O extends Common<T>>(options: O, schema: z.ZodMiniType<T>, rest: Omit<FieldDef<T>, 'schema' | 'doc' | 'attribute' | 'default'>): Def<T, O> {
  const described = (options.schema ?? schema) as z.ZodMiniType<T>;
  const withDefault = options.default === undefined ? z.optional(described) : z._default(described, options.default as never);
  return {
    ...rest,
    ...(options.type === undefined ? {} : { type: options.type }),
    ...(options.attribute === undefined ? {} : { attribute: options.attribute }),
    ...(options.default === undefined ? {} : { default: options.default }),
    doc: options.doc,
    // No `z.describe`: it writes to zod's page-wide registry (`globalThis.__zod_globalRegistry`), and a widget adds
    // no global of its own. `jsonSchemaOf` adds each field's doc as its description instead.
    schema: withDefault as unknown as Def<T, O>['schema'],
  } as Def<T, O>;
}

interface TextOptions extends Common<string> {
  readonly minLength?: number;
  readonly maxLength?: number;
  /** A pattern and what it means in words: `[/^[\w-]+$/, 'must be letters, digits or "-"']`. */
  readonly pattern?: readonly [RegExp, string];
}

interface NumberOptions extends Common<number> {
  readonly min?: number;
  readonly max?: number;
}

interface ListOptions<V extends string> extends Common<readonly V[]> {
  readonly minItems?: number;
  readonly maxItems?: number;
  /** Reject a list that names the same value twice (default true). */
  readonly unique?: boolean;
}

function unique(what: string) {
  return refine<readonly unknown[]>((items) => new Set(items).size === items.length, `must not name the same ${what} twice`);
}

function numberField<O extends NumberOptions>(options: O, integer: boolean, unit: FieldUnit | undefined): Def<number, O> {
  const checks = [
    ...(integer ? [int()] : []),
    ...(options.min === undefined ? [] : [z.minimum(options.min)]),
    ...(options.max === undefined ? [] : [z.maximum(options.max)]),
  ];
  return build(options, checks.length > 0 ? z.number().check(...checks) : z.number(), {
    kind: 'number',
    type: 'number',
    control: 'number',
    ...(unit ? { unit } : {}),
    ...(options.min === undefined ? {} : { min: options.min }),
    ...(options.max === undefined ? {} : { max: options.max }),
  });
}

const quoted = (values: readonly string[]) => values.map((value) => `'${value}'`).join(' | ');

/** The field builders. Each takes at least `doc`; `default` makes the field always present in the resolved config. */
export const field = {
  /** Free text, `minLength` (default 1) to `maxLength` (default 200) characters. */
  text<O extends TextOptions>(options: O): Def<string, O> {
    const checks = [z.minLength(options.minLength ?? 1), z.maxLength(options.maxLength ?? 200), ...(options.pattern ? [z.regex(options.pattern[0], options.pattern[1])] : [])];
    return build(options, z.string().check(...checks), { kind: 'string', type: 'string', control: 'text' });
  },
  /** A link: https:, http:, relative, tel:, sms: or mailto: only. */
  url<O extends Common<string>>(options: O): Def<string, O> {
    return build(options, z.string().check(refine(isSafeUrl, SAFE_URL_MESSAGE)), { kind: 'string', type: 'string', control: 'text' });
  },
  /** On when present (`debug`), off when absent or "false". The default is false. */
  boolean<O extends Omit<Common<boolean>, 'default'>>(options: O): Def<boolean, O & { default: false }> {
    return build({ ...options, default: false as const }, z.boolean(), { kind: 'boolean', type: 'boolean', control: 'boolean' });
  },
  /** Any number within `min`–`max`. */
  number<O extends NumberOptions>(options: O): Def<number, O> {
    return numberField(options, false, undefined);
  },
  /** A whole number within `min`–`max` (a count: weeks, days). */
  integer<O extends NumberOptions>(options: O): Def<number, O> {
    return numberField(options, true, 'count');
  },
  /** Dollars (cents allowed), 0 or more unless `min` says otherwise. */
  money<O extends NumberOptions>(options: O): Def<number, O> {
    return numberField({ min: 0, ...options }, false, 'money');
  },
  /** A percent, 0–100 (`coinsurance="20"` is 20%). */
  percent<O extends NumberOptions>(options: O): Def<number, O> {
    return numberField({ min: 0, max: 100, ...options }, false, 'percent');
  },
  /** One of a fixed set of words. */
  oneOf<const V extends string, O extends Common<V>>(values: readonly [V, ...V[]], options: O): Def<V, O> {
    return build(options, z.enum(values as unknown as [V, ...V[]]) as unknown as z.ZodMiniType<V>, {
      kind: 'string',
      type: quoted(values),
      control: 'select',
      values,
    });
  },
  /** Space-separated words, each from `values`, in the order given: `levels="php iop outpatient"`. */
  list<const V extends string, O extends ListOptions<V>>(values: readonly [V, ...V[]], options: O): Def<readonly V[], O> {
    const checks = [
      z.minLength(options.minItems ?? 1),
      ...(options.maxItems === undefined ? [] : [z.maxLength(options.maxItems)]),
      ...(options.unique === false ? [] : [unique('value')]),
    ];
    return build(options, z.array(z.enum(values as unknown as [V, ...V[]])).check(...checks) as unknown as z.ZodMiniType<readonly V[]>, {
      kind: 'list',
      type: `(${quoted(values)})[]`,
      control: 'multi-select',
      values,
    });
  },
  /** `name=value` tokens: `tracks="morning=09:00 evening=18:00"`; `value` checks each value. */
  pairs<V, O extends Common<Readonly<Record<string, V>>> & { readonly key?: z.ZodMiniType<string> }>(value: z.ZodMiniType<V>, options: O): Def<Readonly<Record<string, V>>, O> {
    const schema = z.record(options.key ?? z.string().check(z.regex(/^[\w-]+$/, 'must be letters, digits, "-" or "_"')), value);
    return build(options, schema as unknown as z.ZodMiniType<Readonly<Record<string, V>>>, { kind: 'pairs', type: 'Record<string, string>', control: 'pairs' });
  },
  /** Rich data with no attribute: the JSON child (`<script type="application/json">`) or the property. */
  json<T, O extends Omit<Common<T>, 'attribute' | 'schema'>>(schema: z.ZodMiniType<T>, options: O): Def<T, O> {
    return build({ ...options, attribute: false }, schema, { kind: 'json', type: 'object', control: 'object' });
  },
};

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
