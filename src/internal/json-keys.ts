/**
 * Unknown keys in a widget's JSON child, at any depth, found by walking the value beside the field's zod/mini
 * schema: `{"rate": …}` for `rates`, `{"rates": {"IOP": 320}}` for `iop`. A key that differs only in case, `-`
 * or `_`, or by one or two letters, gets a "did you mean". Records that take any name (`tracks`, `strings`) and
 * loose objects accept every key.
 */
import type * as z from 'zod/mini';
import { suggestAttribute } from './attributes.js';

export interface UnknownKey {
  /** Dotted path from the top of the JSON block: `rates.IOP`. */
  readonly path: string;
  readonly key: string;
  readonly suggestion?: string;
}

interface SchemaDef {
  readonly type: string;
  readonly innerType?: z.ZodMiniType;
  readonly in?: z.ZodMiniType;
  readonly shape?: Readonly<Record<string, z.ZodMiniType>>;
  readonly catchall?: z.ZodMiniType;
  readonly element?: z.ZodMiniType;
  readonly keyType?: z.ZodMiniType;
  readonly valueType?: z.ZodMiniType;
  readonly options?: readonly z.ZodMiniType[];
  readonly entries?: Readonly<Record<string, string | number>>;
}

const defOf = (schema: z.ZodMiniType): SchemaDef => (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;

/** Past defaults, optionals, nullables, pipes and readonly wrappers. */
function unwrap(schema: z.ZodMiniType): z.ZodMiniType {
  let current = schema;
  for (let guard = 0; guard < 20; guard += 1) {
    const def = defOf(current);
    const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
    if (!inner) return current;
    current = inner;
  }
  return current;
}

/** The closest known key: same letters in another case or spelling first, then a small typo. */
export function suggestKey(key: string, known: readonly string[]): string | undefined {
  return known.find((name) => name.toLowerCase() === key.toLowerCase()) ?? suggestAttribute(key, known);
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Walks `value` beside `schema` and lists every key the schema does not know. */
export function unknownKeys(value: unknown, schema: z.ZodMiniType, path: readonly string[] = []): UnknownKey[] {
  const def = defOf(unwrap(schema));
  const found: UnknownKey[] = [];
  const at = (key: string) => [...path, key];
  const unknown = (key: string, known: readonly string[]) => {
    const suggestion = suggestKey(key, known);
    found.push({ path: at(key).join('.'), key, ...(suggestion ? { suggestion } : {}) });
  };
  switch (def.type) {
    case 'object': {
      if (!isPlainObject(value) || !def.shape) return found;
      const known = Object.keys(def.shape);
      const loose = def.catchall !== undefined && defOf(def.catchall).type !== 'never';
      for (const [key, child] of Object.entries(value)) {
        const childSchema = def.shape[key];
        if (childSchema) found.push(...unknownKeys(child, childSchema, at(key)));
        else if (!loose) unknown(key, known);
      }
      return found;
    }
    case 'record': {
      if (!isPlainObject(value) || !def.keyType || !def.valueType) return found;
      const keyDef = defOf(unwrap(def.keyType));
      const known = keyDef.type === 'enum' && keyDef.entries ? Object.values(keyDef.entries).map(String) : undefined;
      for (const [key, child] of Object.entries(value)) {
        if (known && !known.includes(key)) unknown(key, known);
        else found.push(...unknownKeys(child, def.valueType, at(key)));
      }
      return found;
    }
    case 'array': {
      if (!Array.isArray(value) || !def.element) return found;
      value.forEach((item, i) => found.push(...unknownKeys(item, def.element as z.ZodMiniType, at(String(i)))));
      return found;
    }
    case 'union': {
      // The first object-like option that knows every key wins; else report against the first object option.
      const options = (def.options ?? []).filter((option) => ['object', 'record'].includes(defOf(unwrap(option)).type));
      if (!isPlainObject(value) || options.length === 0) return found;
      const reports = options.map((option) => unknownKeys(value, option, path));
      return reports.find((report) => report.length === 0) ?? reports[0] ?? found;
    }
    default:
      return found;
  }
}

/** Unknown keys in a whole JSON block, against the widget's fields (top level) and each field's schema (below). */
export function unknownJsonKeys(json: Readonly<Record<string, unknown>>, shape: Readonly<Record<string, z.ZodMiniType>>): UnknownKey[] {
  const found: UnknownKey[] = [];
  const known = Object.keys(shape);
  for (const [key, value] of Object.entries(json)) {
    const schema = shape[key];
    if (schema) found.push(...unknownKeys(value, schema, [key]));
    else {
      const suggestion = suggestKey(key, known);
      found.push({ path: key, key, ...(suggestion ? { suggestion } : {}) });
    }
  }
  return found;
}
