// Plain Node: the manifest plugin that reads field tables (custom-elements-manifest.config.mjs,
// `fieldTablesPlugin`) documents a widget declared with `defineFields` and `propertiesOf` exactly as one declared
// with decorators: a described property per field with its type and default, and a kebab-case attribute unless
// the field is JSON-only.
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { fieldTablesPlugin } from '../../custom-elements-manifest.config.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const config = fileURLToPath(new URL('./fixtures/field-table.cem.config.mjs', import.meta.url));

async function analyze() {
  const { cli } = await import('@custom-elements-manifest/analyzer/cli.js');
  return cli({ argv: ['analyze', '--config', config, '--quiet'], cwd: root, noWrite: true });
}

describe('manifest: field tables', () => {
  it('writes a property and an attribute per field, from the table alone', async () => {
    const manifest = await analyze();
    const declaration = manifest.modules[0].declarations.find((entry) => entry.name === 'FieldTableWidget');
    const member = (name) => declaration.members.find((entry) => entry.name === name);
    assert.deepEqual(member('weeks'), { kind: 'field', name: 'weeks', type: { text: 'number | undefined' }, description: 'How many weeks the program lasts.', default: '8', attribute: 'weeks' });
    assert.equal(member('dailyRate').attribute, 'daily-rate');
    assert.equal(member('coverage').type.text, "'self-pay' | 'in-network' | undefined");
    assert.equal(member('levels').type.text, "('php' | 'iop')[] | undefined");
    assert.equal(member('askSex').default, 'false');
    assert.equal(member('ctaHref').attribute, 'link');
    assert.equal(member('rates').attribute, undefined);
    assert.equal(member('rates').type.text, 'CostRates | undefined');
    assert.equal(member('properties'), undefined, 'the Lit plumbing is not documented');
    const attributes = Object.fromEntries(declaration.attributes.map((entry) => [entry.name, entry.fieldName]));
    assert.deepEqual(attributes, { 'daily-rate': 'dailyRate', weeks: 'weeks', coverage: 'coverage', levels: 'levels', 'ask-sex': 'askSex', link: 'ctaHref' });
    assert.ok(declaration.attributes.every((entry) => entry.description.length > 0));
  });

  it('fails loudly when a class names a table it cannot find', async () => {
    const ts = (await import('typescript')).default;
    const plugin = fieldTablesPlugin();
    const source = ts.createSourceFile('x.ts', 'class X extends LitElement { static properties = propertiesOf(OTHER_FIELDS); }', ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      plugin.analyzePhase({ ts, node });
      ts.forEachChild(node, visit);
    };
    visit(source);
    const manifest = { modules: [{ declarations: [{ kind: 'class', name: 'X', members: [] }] }] };
    assert.throws(() => plugin.packageLinkPhase({ customElementsManifest: manifest }), /propertiesOf\(OTHER_FIELDS\), but no defineFields table/);
  });
});
