/**
 * Registers a tag safely anywhere. Where `customElements` does not exist (server rendering, Node) it does
 * nothing. When the tag is already defined — a partner loaded a second copy, perhaps another version — it keeps
 * the first definition and warns once per page (every copy shares the flag), naming both versions.
 */
import { VERSION } from './version.js';

const WARNED = Symbol.for('carepath.define.warned.v1');

type VersionedConstructor = CustomElementConstructor & { readonly carepathVersion?: string };

export function define(tag: string, constructor: VersionedConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag) as VersionedConstructor | undefined;
  if (!existing) {
    customElements.define(tag, constructor);
    return;
  }
  // The same class registered through two entry points of one copy is not a second copy.
  if (existing === constructor) return;
  const flags = globalThis as unknown as Record<symbol, boolean | undefined>;
  if (flags[WARNED]) return;
  flags[WARNED] = true;
  console.warn(
    `carepath: <${tag}> is already defined by carepath ${existing.carepathVersion ?? '(unknown version)'}; ` +
      `this copy (carepath ${constructor.carepathVersion ?? VERSION}) keeps that definition. Load carepath once per page.`,
  );
}
