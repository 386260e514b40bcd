/**
 * What the base element reports about a widget's configuration beyond each field's own value: a JSON child that is
 * not valid JSON, JSON keys no field has ("did you mean"), and attributes the widget does not have (or that can only
 * be set in the JSON child). Plain functions of the widget's fields and what the page wrote.
 */
import type * as z from 'zod/mini';
import type { InputIssue } from '../core/errors.js';
import { suggestAttribute } from './attributes.js';
import type { FieldSpecs } from './config.js';
import { unknownJsonKeys, type UnknownKey } from './json-keys.js';

export interface JsonChild {
  /** The parsed object, if the child holds valid JSON. */
  readonly json: Record<string, unknown> | undefined;
  /** Why the child was ignored, if it was. */
  readonly issue: InputIssue | undefined;
  /** Keys at any depth that no field declares. */
  readonly keys: readonly UnknownKey[];
}

/** Reads the element's `<script type="application/json">` child, if it has one. */
export function readJsonChild(host: Element, widget: string, shape: Readonly<Record<string, z.ZodMiniType>>): JsonChild {
  const script = host.querySelector(':scope > script[type="application/json"]');
  if (!script) return { json: undefined, issue: undefined, keys: [] };
  const text = script.textContent ?? '';
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new SyntaxError('the JSON block must hold an object, like {"levels": ["php", "iop"]}');
    const json = parsed as Record<string, unknown>;
    return { json, issue: undefined, keys: unknownJsonKeys(json, shape) };
  } catch (error) {
    return {
      json: undefined,
      keys: [],
      issue: {
        field: 'json',
        value: text.length > 80 ? `${text.slice(0, 80)}…` : text,
        message: `<carepath-${widget}> JSON block is not valid JSON (${error instanceof Error ? error.message : String(error)}); it is ignored.`,
      },
    };
  }
}

/**
 * Unknown JSON keys: a key under a field whose JSON value was rejected anyway (a strict schema) adds its "did you
 * mean" to that field's issue, so one mistake warns once; any other unknown key is an issue of its own.
 */
export function withUnknownKeys(
  widget: string,
  fields: FieldSpecs,
  jsonKeys: readonly UnknownKey[],
  fieldIssues: readonly InputIssue[],
): { fieldIssues: readonly InputIssue[]; keyIssues: readonly InputIssue[] } {
  const keyIssues: InputIssue[] = [];
  const hints = new Map<string, string[]>();
  for (const { path, key, suggestion } of jsonKeys) {
    const top = path.split('.')[0] ?? path;
    const attribute = fields[top]?.attribute;
    const hint = suggestion ? `"${key}": did you mean "${suggestion}"?` : undefined;
    if (attribute !== undefined && path !== top && fieldIssues.some((issue) => issue.field === attribute && issue.message.includes('JSON block'))) {
      if (hint) hints.set(attribute, [...(hints.get(attribute) ?? []), hint]);
      continue;
    }
    keyIssues.push({
      field: `json.${path}`,
      value: path,
      message: `<carepath-${widget}> JSON block has no key "${path}"${suggestion ? `; did you mean "${suggestion}"?` : ''}. It is ignored.`,
    });
  }
  if (hints.size === 0) return { fieldIssues, keyIssues };
  return {
    fieldIssues: fieldIssues.map((issue) => {
      const found = issue.message.includes('JSON block') ? hints.get(issue.field) : undefined;
      return found ? { ...issue, message: `${issue.message} ${found.join(' ')}` } : issue;
    }),
    keyIssues,
  };
}

/** Attributes the widget does not have (with "did you mean"), and JSON-only fields written as attributes. */
export function unknownAttributeIssues(widget: string, fields: FieldSpecs, attributes: NamedNodeMap): InputIssue[] {
  const known = Object.values(fields)
    .filter((field) => field.kind !== 'json')
    .map((field) => field.attribute);
  const jsonOnly = Object.values(fields)
    .filter((field) => field.kind === 'json')
    .map((field) => field.attribute);
  const issues: InputIssue[] = [];
  for (const { name, value } of Array.from(attributes)) {
    if (jsonOnly.includes(name)) {
      issues.push({
        field: name,
        value,
        message: `<carepath-${widget}> ${name} cannot be an attribute: put it in the JSON block (<script type="application/json">) or set the ${name} property. It is ignored.`,
      });
      continue;
    }
    const suggestion = suggestAttribute(name, known);
    if (suggestion) {
      issues.push({
        field: name,
        value,
        message: `<carepath-${widget}> has no attribute "${name}"; did you mean "${suggestion}"? It is ignored.`,
      });
    }
  }
  return issues;
}
