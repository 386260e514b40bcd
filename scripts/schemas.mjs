// Writes one JSON Schema per public input schema of the built core (dist/core/index.js).
import { mkdirSync, writeFileSync } from 'node:fs';
import * as z from 'zod/mini';

/** File name → the core's export that holds the zod schema. */
export const CORE_SCHEMAS = {
  'cost-input': 'CostInputSchema',
  'schedule-input': 'ScheduleInputSchema',
  'assessment-input': 'AssessmentInputSchema',
  'instrument-definition': 'InstrumentDefinitionSchema',
  'quiz-flow': 'QuizFlowConfigSchema',
};

/** The JSON Schema of a widget's configuration (what its JSON child and properties accept). */
export function widgetJsonSchema(widgetClass) {
  return z.toJSONSchema(z.object(widgetClass.configShape), { io: 'input', unrepresentable: 'any' });
}

export async function writeSchemas(outDir) {
  const core = await import(new URL('../dist/core/index.js', import.meta.url).href);
  const classes = await import(new URL('../dist/classes.js', import.meta.url).href);
  mkdirSync(outDir, { recursive: true });
  const written = [];
  for (const [file, exportName] of Object.entries(CORE_SCHEMAS)) {
    const schema = core[exportName];
    if (!schema) throw new Error(`dist/core/index.js does not export ${exportName}`);
    // `io: 'input'` describes what a caller may pass (defaults optional); refinements cannot be expressed in
    // JSON Schema, so the core still checks those at run time.
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
    json.title = `carepath ${file}`;
    writeFileSync(new URL(`${file}.json`, outDir), `${JSON.stringify(json, null, 2)}\n`);
    written.push(file);
  }
  for (const widgetClass of Object.values(classes)) {
    if (typeof widgetClass !== 'function' || !widgetClass.configShape || widgetClass.widget === 'element') continue;
    const json = widgetJsonSchema(widgetClass);
    json.title = `<carepath-${widgetClass.widget}> configuration`;
    writeFileSync(new URL(`${widgetClass.widget}.json`, outDir), `${JSON.stringify(json, null, 2)}\n`);
    written.push(widgetClass.widget);
  }
  return written;
}
