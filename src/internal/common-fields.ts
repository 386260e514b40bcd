/**
 * The configuration fields every widget has (`theme`, `group`, `independent`, `debug`, `data-layer`, `locked`,
 * `crisis-phone`, `crisis-phone-label`): their zod schemas, attributes and kinds, and the resolved type. Each widget
 * spreads them into its own `configShape` and `configFields`. `lang` is read by the Localizer, not here.
 */
import * as z from 'zod/mini';
import type { FieldSpecs } from './config.js';
import { CRISIS_PHONE_LABEL_SCHEMA, CRISIS_PHONE_SCHEMA } from './crisis-line.js';

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/** Fields every widget has. */
export const COMMON_SHAPE = {
  theme: z._default(z.enum(THEMES), 'light'),
  group: z._default(z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[\w.:-]+$/, 'must be letters, digits, "-", "_", "." or ":"')), 'default'),
  independent: z._default(z.boolean(), false),
  debug: z._default(z.boolean(), false),
  dataLayer: z._default(z.boolean(), false),
  /** Property names that ignore both the visitor and the channel (e.g. `locked="level"`). */
  locked: z._default(z.array(z.string().check(z.regex(/^[a-zA-Z][\w-]*$/))), []),
  /** A center's own 24/7 line, shown after 988 (never instead): a phone number or a `tel:` link (a web link is dropped). */
  crisisPhone: CRISIS_PHONE_SCHEMA,
  /** The center's name inside fixed text: "Or call {label}, open 24/7: {number}". */
  crisisPhoneLabel: CRISIS_PHONE_LABEL_SCHEMA,
} as const;

export const COMMON_FIELDS = {
  theme: { attribute: 'theme', kind: 'string' },
  group: { attribute: 'group', kind: 'string' },
  independent: { attribute: 'independent', kind: 'boolean' },
  debug: { attribute: 'debug', kind: 'boolean' },
  dataLayer: { attribute: 'data-layer', kind: 'boolean' },
  locked: { attribute: 'locked', kind: 'list' },
  crisisPhone: { attribute: 'crisis-phone', kind: 'string' },
  crisisPhoneLabel: { attribute: 'crisis-phone-label', kind: 'string' },
} as const satisfies FieldSpecs;

export interface CommonConfig {
  readonly theme: Theme;
  readonly group: string;
  readonly independent: boolean;
  readonly debug: boolean;
  readonly dataLayer: boolean;
  readonly locked: readonly string[];
  readonly crisisPhone?: string;
  readonly crisisPhoneLabel?: string;
}
