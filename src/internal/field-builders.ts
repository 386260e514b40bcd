/**
 * The field builders (`field.text`, `field.money`, …), used through the `field` namespace that ./fields.ts exports:
 * plain functions, so a bundle keeps only the ones its tables call. Each takes at least `doc`; `default` makes the
 * field always present in the resolved config. The browser files drop every `doc` at build time
 * (scripts/browser-bundle.mjs): the manifest, the JSON Schema, the reference pages and Storybook are made from the
 * full tables.
 */
import * as z from 'zod/mini';
import type { FieldDef, FieldUnit } from './fields.js';
import { SAFE_URL_MESSAGE, isSafeUrl } from './safe-url.js';
import { refine } from '../core/errors.js';

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
    ...(integer ? [z.int()] : []),
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

/** Free text, `minLength` (default 1) to `maxLength` (default 200) characters. */
export function text<O extends TextOptions>(options: O): Def<string, O> {
  const checks = [z.minLength(options.minLength ?? 1), z.maxLength(options.maxLength ?? 200), ...(options.pattern ? [z.regex(options.pattern[0], options.pattern[1])] : [])];
  return build(options, z.string().check(...checks), { kind: 'string', type: 'string', control: 'text' });
}

/** A link: https:, http:, relative, tel:, sms: or mailto: only. */
export function url<O extends Common<string>>(options: O): Def<string, O> {
  return build(options, z.string().check(refine(isSafeUrl, SAFE_URL_MESSAGE)), { kind: 'string', type: 'string', control: 'text' });
}

/** On when present (`debug`), off when absent or "false". The default is false. */
export function boolean<O extends Omit<Common<boolean>, 'default'>>(options: O): Def<boolean, O & { default: false }> {
  return build({ ...options, default: false as const }, z.boolean(), { kind: 'boolean', type: 'boolean', control: 'boolean' });
}

/** Any number within `min`–`max`. */
export function number<O extends NumberOptions>(options: O): Def<number, O> {
  return numberField(options, false, undefined);
}

/** A whole number within `min`–`max` (a count: weeks, days). */
export function integer<O extends NumberOptions>(options: O): Def<number, O> {
  return numberField(options, true, 'count');
}

/** Dollars (cents allowed), 0 or more unless `min` says otherwise. */
export function money<O extends NumberOptions>(options: O): Def<number, O> {
  return numberField({ min: 0, ...options }, false, 'money');
}

/** A percent, 0–100 (`coinsurance="20"` is 20%). */
export function percent<O extends NumberOptions>(options: O): Def<number, O> {
  return numberField({ min: 0, max: 100, ...options }, false, 'percent');
}

/** One of a fixed set of words. */
export function oneOf<const V extends string, O extends Common<V>>(values: readonly [V, ...V[]], options: O): Def<V, O> {
  return build(options, z.enum(values as unknown as [V, ...V[]]) as unknown as z.ZodMiniType<V>, {
    kind: 'string',
    type: quoted(values),
    control: 'select',
    values,
  });
}

/** Space-separated words, each from `values`, in the order given: `levels="php iop outpatient"`. */
export function list<const V extends string, O extends ListOptions<V>>(values: readonly [V, ...V[]], options: O): Def<readonly V[], O> {
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
}

/** `name=value` tokens: `tracks="morning=09:00 evening=18:00"`; `value` checks each value. */
export function pairs<V, O extends Common<Readonly<Record<string, V>>> & { readonly key?: z.ZodMiniType<string> }>(value: z.ZodMiniType<V>, options: O): Def<Readonly<Record<string, V>>, O> {
  const schema = z.record(options.key ?? z.string().check(z.regex(/^[\w-]+$/, 'must be letters, digits, "-" or "_"')), value);
  return build(options, schema as unknown as z.ZodMiniType<Readonly<Record<string, V>>>, { kind: 'pairs', type: 'Record<string, string>', control: 'pairs' });
}

/** Rich data with no attribute: the JSON child (`<script type="application/json">`) or the property. */
export function json<T, O extends Omit<Common<T>, 'attribute' | 'schema'>>(schema: z.ZodMiniType<T>, options: O): Def<T, O> {
  return build({ ...options, attribute: false }, schema, { kind: 'json', type: 'object', control: 'object' });
}
