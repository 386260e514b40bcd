// Plain Node, after the build: docs/reference/*.md say what the built manifest and the event classes say. They are
// written by scripts/reference-docs.mjs; when this fails, run `npm run docs:reference` and commit the pages.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { referencePages } from '../../scripts/reference-docs.mjs';

const root = new URL('../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('dist/custom-elements.json', root), 'utf8'));
const pages = referencePages();
const tags = manifest.modules.flatMap((mod) => mod.declarations ?? []).filter((declaration) => declaration.tagName);

describe('docs/reference', () => {
  for (const [path, expected] of Object.entries(pages)) {
    it(`${path} matches the build (run \`npm run docs:reference\` when it does not)`, () => {
      assert.equal(readFileSync(new URL(path, root), 'utf8'), expected);
    });
  }

  it('names every attribute, event, token and part of every widget', () => {
    const text = Object.values(pages).join('\n');
    for (const tag of tags) {
      for (const attribute of tag.attributes ?? []) assert.ok(text.includes(`\`${attribute.name}\``), `${tag.tagName} attribute ${attribute.name}`);
      for (const event of tag.events ?? []) assert.ok(pages['docs/reference/events.md'].includes(`\`${event.name}\``), `${tag.tagName} event ${event.name}`);
      for (const property of tag.cssProperties ?? []) assert.ok(pages['docs/reference/theming.md'].includes(`\`${property.name}\``), `${tag.tagName} token ${property.name}`);
      for (const part of tag.cssParts ?? []) assert.ok(pages['docs/reference/parts.md'].includes(`| \`${part.name}\``), `${tag.tagName} part ${part.name}`);
    }
  });

  it('gives every event its detail, and says the quiz result is health information', () => {
    const events = pages['docs/reference/events.md'];
    for (const name of new Set(tags.flatMap((tag) => (tag.events ?? []).map((event) => event.name)))) {
      assert.match(events, new RegExp(`^\\| \`${name}\` \\|.*\\| \`\\{.*\\}\` \\|$`, 'm'), `${name} has a detail type`);
    }
    assert.match(events, /is health information/);
    assert.match(events, /Do not send it to advertising or analytics vendors/);
  });
});
