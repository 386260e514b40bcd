/**
 * Resolves a widget's configuration field by field (docs/reference/attributes.md): JS property › attribute › JSON
 * child › default. Each candidate is checked by the field's zod schema; an invalid one is reported and the next
 * valid source is used, so bad input never loses the rest of the configuration. (The visitor's input and the
 * channel sit above all of these and are applied by the widget itself.)
 */
import type * as z from 'zod/mini';
import { toInputIssues, type InputIssue } from '../core/errors.js';
import { UNREADABLE, readAttribute, type AttributeKind } from './attributes.js';

export interface FieldSpec {
  /** The kebab-case attribute (for `json` fields, the name used in messages: they have no attribute). */
  readonly attribute: string;
  readonly kind: AttributeKind;
}

export type FieldSpecs = Readonly<Record<string, FieldSpec>>;

export interface ConfigSources {
  /** Values set through JS properties (undefined or null = not set). */
  readonly property: (name: string) => unknown;
  /** Raw attribute text (null = absent). */
  readonly attribute: (name: string) => string | null;
  /** The parsed JSON child, if any. */
  readonly json?: Readonly<Record<string, unknown>>;
}

/** A configuration issue; `field` is the attribute name, which is what a marketer typed. */
export type ConfigIssue = InputIssue;

export interface Resolved<C> {
  readonly config: C;
  readonly issues: readonly ConfigIssue[];
  /** Which source each field's value came from. */
  readonly origin: Readonly<Record<string, 'property' | 'attribute' | 'json' | 'default'>>;
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 60)}…` : value}"`;
  try {
    const json = JSON.stringify(value);
    return json === undefined ? String(value) : json.length > 60 ? `${json.slice(0, 60)}…` : json;
  } catch {
    return String(value);
  }
}

const SOURCE_WORDS = { property: 'property', attribute: 'attribute', json: 'JSON block' } as const;

export function resolveConfig<C>(
  widget: string,
  shape: Readonly<Record<string, z.ZodMiniType>>,
  fields: FieldSpecs,
  sources: ConfigSources,
): Resolved<C> {
  const config: Record<string, unknown> = {};
  const origin: Record<string, 'property' | 'attribute' | 'json' | 'default'> = {};
  const issues: ConfigIssue[] = [];

  for (const [name, spec] of Object.entries(fields)) {
    const schema = shape[name];
    if (!schema) throw new Error(`${widget}: field "${name}" has no schema`);
    const rawAttribute = spec.kind === 'json' ? null : sources.attribute(spec.attribute);
    const candidates: ['property' | 'attribute' | 'json', unknown, unknown][] = [];
    const property = sources.property(name);
    // A string in a list, pairs, number or boolean property is read like the attribute text: frameworks such as
    // React 19 set `levels="php iop"` as a property whenever the element has one.
    const fromText = typeof property === 'string' && spec.kind !== 'string' && spec.kind !== 'json';
    if (property !== undefined && property !== null) candidates.push(['property', fromText ? readAttribute(spec.kind, property) : property, property]);
    if (rawAttribute !== null) candidates.push(['attribute', readAttribute(spec.kind, rawAttribute), rawAttribute]);
    if (sources.json && Object.hasOwn(sources.json, name)) candidates.push(['json', sources.json[name], sources.json[name]]);

    let chosen = false;
    for (const [source, value, raw] of candidates) {
      const result = value === UNREADABLE ? undefined : schema.safeParse(value);
      if (result?.success && result.data !== undefined) {
        config[name] = result.data;
        origin[name] = source;
        chosen = true;
        break;
      }
      const why =
        result === undefined
          ? 'must be name=value pairs separated by spaces, like "morning=09:00 evening=18:00"'
          : toInputIssues(result.error?.issues ?? [], value)
              .map((issue) => (issue.field ? `${issue.field} ${issue.message}` : issue.message))
              .join('; ') || 'is empty';
      issues.push({
        field: spec.attribute,
        value: raw,
        message: `<carepath-${widget}> ${SOURCE_WORDS[source]} ${spec.attribute}=${describeValue(raw)} ${why}`,
      });
    }
    if (!chosen) {
      const fallback = schema.safeParse(undefined);
      config[name] = fallback.success ? fallback.data : undefined;
      origin[name] = 'default';
    }
  }
  // Say what each rejected value was replaced with, so the warning is actionable on its own.
  const explained = issues.map((issue) => {
    const name = Object.keys(fields).find((key) => fields[key]?.attribute === issue.field) ?? issue.field;
    const used = config[name];
    const tail = origin[name] === 'default' ? (used === undefined ? "using the widget's default" : `using the default ${describeValue(used)}`) : `using ${describeValue(used)} from the ${SOURCE_WORDS[origin[name] as 'property']}`;
    return { ...issue, message: `${issue.message}; ${tail}.` };
  });
  return { config: config as C, issues: explained, origin };
}
