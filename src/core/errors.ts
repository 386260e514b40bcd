/**
 * The one error the core throws for bad input. Each issue names the field (a dotted path such as
 * `coverage.coinsurance` or `responses.3`), the value that was given and, in plain words, what is allowed,
 * so a widget can pass it straight to a console warning and to `configIssues`.
 */
import type * as z from 'zod/mini';

export interface InputIssue {
  /** Dotted path of the offending field; `''` for the input as a whole. */
  readonly field: string;
  /** The value that was given (`undefined` when the field was missing). */
  readonly value: unknown;
  /** What is wrong and what is allowed, in plain English. */
  readonly message: string;
}

export class CarepathInputError extends Error {
  readonly issues: readonly InputIssue[];

  constructor(issues: readonly InputIssue[], context?: string) {
    const summary = issues.map((issue) => `${issue.field || 'input'}: ${issue.message}`).join('; ');
    super(context ? `${context}: ${summary}` : summary);
    this.name = 'CarepathInputError';
    this.issues = issues;
  }
}

type Path = readonly PropertyKey[];

function valueAt(input: unknown, path: Path): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) return String(value);
  return Array.isArray(value) ? 'a list' : `a ${typeof value}`;
}

/** zod/mini ships no message locale; these sentences say what is allowed instead of "Invalid input". */
function messageFor(issue: z.core.$ZodIssue, value: unknown): string {
  const got = `got ${describe(value)}`;
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return `is required (${issue.expected})`;
      if (issue.expected === 'int') return `must be a whole number, ${got}`;
      if (issue.expected === 'number' && typeof value === 'number') return `must be a finite number, ${got}`;
      return `must be ${issue.expected === 'array' ? 'a list' : `${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected}`}, ${got}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, ${got}`;
    case 'too_small': {
      const bound = Number(issue.minimum);
      if (issue.origin === 'array') return `must list at least ${bound} item${bound === 1 ? '' : 's'}`;
      if (issue.origin === 'string') return `must have at least ${bound} character${bound === 1 ? '' : 's'}`;
      return `must be ${issue.inclusive ? 'at least' : 'more than'} ${bound}, ${got}`;
    }
    case 'too_big': {
      const bound = Number(issue.maximum);
      if (issue.origin === 'array') return `must list at most ${bound} item${bound === 1 ? '' : 's'}`;
      if (issue.origin === 'string') return `must have at most ${bound} characters`;
      return `must be ${issue.inclusive ? 'at most' : 'less than'} ${bound}, ${got}`;
    }
    case 'invalid_format':
      return issue.message && issue.message !== 'Invalid input' ? issue.message : `has the wrong format, ${got}`;
    case 'unrecognized_keys':
      return `has unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_union':
      return `does not match any allowed form, ${got}`;
    default:
      return issue.message && issue.message !== 'Invalid input' ? issue.message : `is not allowed, ${got}`;
  }
}

/** Turns zod's issues into ours, reading each bad value back out of the input. */
export function toInputIssues(issues: readonly z.core.$ZodIssue[], input: unknown, prefix = ''): InputIssue[] {
  return issues.map((issue) => {
    const value = valueAt(input, issue.path);
    const field = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    return { field, value, message: messageFor(issue, value) };
  });
}

/**
 * Parses `input` with `schema` or throws `CarepathInputError`. Every public core function starts here, so no
 * unchecked value reaches the arithmetic.
 */
export function parseInput<S extends z.ZodMiniType>(schema: S, input: unknown, context: string): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new CarepathInputError(toInputIssues(result.error.issues, input), context);
}

/** A custom refinement's message: `ctx.issues.push(customIssue(...))` inside a check function (`.check((ctx) => …)`). */
export function customIssue(input: unknown, path: PropertyKey[], message: string) {
  return { code: 'custom' as const, input, path, message };
}

/**
 * `z.refine(ok, message)` as a plain check function (`.check(refine(ok, message))`): the same issue — code
 * "custom", at the checked value's own path, later checks still run — without zod's refinement class, which
 * would add its code to every bundle.
 */
export function refine<T>(ok: (value: T) => boolean, message: string): z.core.CheckFn<T> {
  return (ctx) => {
    if (!ok(ctx.value)) ctx.issues.push({ code: 'custom', input: ctx.value, message, continue: true });
  };
}
