// The code's layout as the README and CONTRIBUTING.md describe it matches the tree: every folder they name exists,
// every folder that exists is named, and CONTRIBUTING's list of shared modules names every file in src/internal/.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';

const root = new URL('../../', import.meta.url);
const read = (file) => readFileSync(new URL(file, root), 'utf8');
const dirs = (path) => readdirSync(new URL(path, root), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);

/** The fenced block under a `## heading`, as lines. */
function blockUnder(markdown, heading) {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  assert.notEqual(start, -1, `no "## ${heading}" section`);
  const fence = /```\n([\s\S]*?)```/.exec(markdown.slice(start));
  assert.ok(fence, `"## ${heading}" has no code block`);
  return fence[1].split('\n').filter(Boolean);
}

describe('the layout sections', () => {
  const readme = blockUnder(read('README.md'), 'Layout of the code');
  const named = readme.map((line) => line.split(/\s+/)[0]);

  it('README: every path it names exists', () => {
    for (const path of named) {
      if (path === 'src/*.ts') assert.ok(readdirSync(new URL('src/', root)).some((file) => file.endsWith('.ts')), 'src/*.ts');
      else assert.ok(existsSync(new URL(path, root)), `README layout names ${path}, which does not exist`);
    }
  });

  it('README: every folder of the repository and of src/ is named', () => {
    const top = dirs('.').filter((name) => !name.startsWith('.') && !['node_modules', 'dist', 'coverage', 'storybook-static'].includes(name));
    for (const name of top) {
      if (name === 'src') continue;
      assert.ok(named.includes(`${name}/`), `README layout leaves out ${name}/`);
    }
    for (const name of dirs('src/')) assert.ok(named.includes(`src/${name}/`), `README layout leaves out src/${name}/`);
  });

  it('README: the test line names each test folder', () => {
    const line = readme.find((text) => text.startsWith('test/'));
    for (const name of dirs('test/').filter((name) => !['fixtures', 'helpers', 'react-app', 'translations'].includes(name))) {
      assert.match(line, new RegExp(`\\b${name}/`), `README layout's test line leaves out test/${name}/`);
    }
  });

  it('CONTRIBUTING: its shared-modules list names every file in src/internal/', () => {
    const text = blockUnder(read('CONTRIBUTING.md'), 'Layout').join('\n');
    for (const file of readdirSync(new URL('src/internal/', root)).filter((name) => name.endsWith('.ts'))) {
      const stem = file.replace(/\.ts$/, '');
      // `spanish*.ts` stands for spanish.ts and spanish-iife.ts.
      const covered = text.includes(file) || text.split(/[\s,]+/).some((word) => word.endsWith('*.ts') && stem.startsWith(word.replace(/\*\.ts$/, '')));
      assert.ok(covered, `CONTRIBUTING.md's layout does not name src/internal/${file}`);
    }
  });
});
