/**
 * Each widget can move to a field table without changing what it accepts: its draft table gives the same
 * attributes, kinds and JSON Schema, field by field, as its hand-written `configShape` and `configFields`.
 */
import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { CarepathCost } from '../../src/components/cost/cost.js';
import { CarepathLevels } from '../../src/components/levels/levels.js';
import { CarepathSchedule } from '../../src/components/schedule/schedule.js';
import { COMMON_FIELDS } from '../../src/internal/carepath-element.js';
import { shapeOf, specsOf, type FieldTable } from '../../src/internal/fields.js';
import { COST_FIELDS } from './fixtures/cost-table.js';
import { LEVELS_FIELDS, SCHEDULE_FIELDS } from './fixtures/widget-tables.js';

/** A field's JSON Schema without its description (the table adds one; the hand-written shape has none). */
function schemaOf(schema: z.ZodMiniType): unknown {
  const json = z.toJSONSchema(z.object({ value: schema }), { io: 'input', unrepresentable: 'any' }) as unknown as { properties: { value: Record<string, unknown> } };
  const rest = { ...json.properties.value };
  delete rest.description;
  return rest;
}

const WIDGETS: readonly [string, { configShape: object; configFields: object }, FieldTable][] = [
  ['cost', CarepathCost, COST_FIELDS],
  ['levels', CarepathLevels, LEVELS_FIELDS],
  ['schedule', CarepathSchedule, SCHEDULE_FIELDS],
];

for (const [widget, widgetClass, table] of WIDGETS) {
  describe(`moving <carepath-${widget}> to its field table`, () => {
    const fields = widgetClass.configFields as Readonly<Record<string, unknown>>;
    const current = widgetClass.configShape as Readonly<Record<string, z.ZodMiniType>>;
    const own = Object.keys(fields).filter((name) => !(name in COMMON_FIELDS));

    it('names the same fields, attributes and kinds', () => {
      expect(Object.keys(table)).to.have.members(own);
      const specs = specsOf(table);
      for (const name of own) expect(specs[name], name).to.deep.equal(fields[name]);
    });

    it('accepts and rejects the same values (the same JSON Schema, field by field)', () => {
      const shape = shapeOf(table) as Record<string, z.ZodMiniType>;
      for (const name of own) {
        expect(current[name], name).to.exist;
        const mine = shape[name];
        const theirs = current[name];
        if (mine && theirs) expect(schemaOf(mine), name).to.deep.equal(schemaOf(theirs));
      }
    });
  });
}
