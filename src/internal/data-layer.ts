/**
 * The opt-in analytics bridge (`data-layer` attribute): mirrors a widget's events into `window.dataLayer` as
 * `{ event: 'carepath_<name>', widget, group }` — nothing more. No level, no crisis, no scores: what a visitor's
 * answers imply is health data, and analytics tools keep what they are given.
 *
 * `carepath-quiz-step` is never mirrored: the number of steps grows when a short screen is positive (a PHQ-2 at or
 * above its cut-off opens the PHQ-9), so counting the entries would tell an analytics tool how the visitor answered.
 */
/** Events the bridge never mirrors, whatever the page opts into. */
const NEVER_MIRRORED: ReadonlySet<string> = new Set(['carepath-quiz-step']);

/** Whether an event of this type goes to `window.dataLayer` (when the widget opts in). */
export function mirrorsToDataLayer(eventType: string): boolean {
  return !NEVER_MIRRORED.has(eventType);
}

export interface DataLayerEntry {
  readonly event: string;
  readonly widget: string;
  readonly group: string;
}

export function dataLayerEntry(eventType: string, widget: string, group: string): DataLayerEntry {
  const name = eventType.replace(/^carepath-/, '').replace(/-/g, '_');
  return { event: `carepath_${name}`, widget, group };
}

export function pushToDataLayer(entry: DataLayerEntry): void {
  if (typeof window === 'undefined') return;
  const host = window as unknown as { dataLayer?: unknown };
  if (!Array.isArray(host.dataLayer)) host.dataLayer = [];
  (host.dataLayer as unknown[]).push({ ...entry });
}
