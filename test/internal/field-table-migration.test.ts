/**
 * A widget can move to a field table without changing what it accepts: the cost estimator's draft table gives
 * the same attributes, kinds and JSON Schema, field by field, as its hand-written `configShape` and `configFields`.
 */
import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { CarepathCost } from '../../src/components/cost/cost.js';
import { COMMON_FIELDS } from '../../src/internal/carepath-element.js';
import { shapeOf, specsOf } from '../../src/internal/fields.js';
import { COST_FIELDS } from './fixtures/cost-table.js';

/** A field's JSON Schema without its description (the table adds one; the hand-written shape has none). */
function schemaOf(schema: z.ZodMiniType): unknown {
  const json = z.toJSONSchema(z.object({ value: schema }), { io: 'input', unrepresentable: 'any' }) as unknown as { properties: { value: Record<string, unknown> } };
  const rest = { ...json.properties.value };
  delete rest.description;
  return rest;
}

describe('moving a widget to its field table (cost)', () => {
  const fields: Readonly<Record<string, unknown>> = CarepathCost.configFields;
  const own = Object.keys(fields).filter((name) => !(name in COMMON_FIELDS));

  it('names the same fields, attributes and kinds', () => {
    expect(Object.keys(COST_FIELDS)).to.have.members(own);
    const specs = specsOf(COST_FIELDS);
    for (const name of own) expect(specs[name], name).to.deep.equal(fields[name]);
  });

  it('accepts and rejects the same values (the same JSON Schema, field by field)', () => {
    const shape = shapeOf(COST_FIELDS) as Record<string, z.ZodMiniType>;
    for (const name of own) {
      const current = (CarepathCost.configShape as Record<string, z.ZodMiniType>)[name];
      expect(current, name).to.exist;
      if (current && shape[name]) expect(schemaOf(shape[name]), name).to.deep.equal(schemaOf(current));
    }
  });
});
