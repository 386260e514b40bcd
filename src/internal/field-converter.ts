/** How attribute text converts into a config property, and back (used by the base element and by field tables). */
import type { ComplexAttributeConverter } from 'lit';
import { UNREADABLE, readAttribute, type AttributeKind } from './attributes.js';

/**
 * Attribute text → property value: the value in its type when the text reads as one (`"8"` → `8`, `"php iop"` →
 * `['php', 'iop']`), else the text itself, so the base reports it; a removed attribute clears the property.
 */
export function attributeConverter(kind: AttributeKind): ComplexAttributeConverter {
  return {
    fromAttribute(value: string | null): unknown {
      if (value === null) return undefined;
      const read = readAttribute(kind, value);
      return read === UNREADABLE ? value : read;
    },
    toAttribute(value: unknown): unknown {
      if (kind === 'list' && Array.isArray(value)) return value.join(' ');
      if (kind === 'pairs' && value && typeof value === 'object') return Object.entries(value).map(([name, text]) => `${name}=${String(text)}`).join(' ');
      return value;
    },
  };
}
