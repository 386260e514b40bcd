/**
 * The Spanish core text (instrument wording, level texts, the quiz's context questions) in the browser bundles,
 * where it ships in the lazily loaded language file instead of the main file. The build rewrites each such
 * Spanish literal as a getter that reads this table by id (scripts/spanish-core-text.mjs); the table fills when
 * the Spanish file arrives. Source code and the npm entry `carepath/core` never use it: there the text is inline.
 */
let table: readonly string[] = [];

/** The Spanish core text with this id, once the Spanish file is in; else undefined (so English stands in). */
export function coreSpanish(id: number): string | undefined {
  return table[id];
}

/** Installs the table from the Spanish file (an export the build adds to it; absent outside the browser bundles). */
export function installCoreSpanish(module: Readonly<Record<string, unknown>>): void {
  if (Array.isArray(module.CORE_TEXT_ES)) table = module.CORE_TEXT_ES as readonly string[];
}
