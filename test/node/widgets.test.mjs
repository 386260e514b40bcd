// Plain Node: the widget entries import without a DOM, and each widget's attributes, zod schema and published
// JSON Schema name the same fields — so the documentation cannot drift from the code.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { widgetJsonSchema } from '../../scripts/schemas.mjs';

const classes = await import('../../dist/classes.js');
const widgets = Object.values(classes).filter((value) => typeof value === 'function' && value.configShape && value.widget !== 'element');

describe('widget entries in plain Node', () => {
  it('import carepath itself without throwing or touching a DOM', async () => {
    await import('carepath');
    assert.equal(typeof globalThis.document, 'undefined');
  });

  it('export the widgets', () => {
    assert.deepEqual(widgets.map((w) => w.widget).sort(), ['cost', 'levels', 'quiz', 'schedule']);
  });
});

for (const widget of widgets) {
  describe(`<carepath-${widget.widget}> fields`, () => {
    widget.finalize?.();
    const fieldNames = Object.keys(widget.configFields).sort();
    // `json` fields have no attribute: they come from the JSON child or the JS property.
    const fieldAttributes = Object.values(widget.configFields)
      .filter((field) => field.kind !== 'json')
      .map((field) => field.attribute)
      .sort();

    it('every config attribute is a declared Lit property with that attribute', () => {
      const declared = [...widget.elementProperties]
        .filter(([, options]) => options.attribute !== false && !options.state)
        .map(([name, options]) => (typeof options.attribute === 'string' ? options.attribute : String(name).toLowerCase()))
        .sort();
      assert.deepEqual(declared, fieldAttributes);
      for (const name of Object.keys(widget.configFields)) {
        assert.ok(widget.elementProperties.has(name), `property ${name} is declared`);
      }
    });

    it('the zod schema has exactly the configured fields', () => {
      assert.deepEqual(Object.keys(widget.configShape).sort(), fieldNames);
    });

    it(`dist/schemas/${widget.widget}.json lists the same fields and matches the zod schema`, () => {
      const published = JSON.parse(readFileSync(new URL(`../../dist/schemas/${widget.widget}.json`, import.meta.url), 'utf8'));
      delete published.title;
      assert.deepEqual(published, widgetJsonSchema(widget));
      assert.deepEqual(Object.keys(published.properties).sort(), fieldNames);
    });
  });
}
