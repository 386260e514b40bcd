// carepath/ssr in plain Node: renderWidget for each widget in both languages, the same validation as the browser,
// the stylesheet build step, and the `carepath render` CLI (standard output, -o, issues, pass-through).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseFragment, serialize } from 'parse5';

const { renderWidget, renderPage, widgetStylesheet, stylesheetLink, WIDGETS } = await import('carepath/ssr');
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const bin = fileURLToPath(new URL('../../bin/carepath.mjs', import.meta.url));
const STYLESHEET = '/assets/carepath.css';

/** The shadow root's markup and the host's start tag, from renderWidget's HTML. */
function parts(html) {
  const match = /^<([a-z-]+)([^>]*)><template shadowrootmode="open">([\s\S]*)<\/template>([\s\S]*)<\/\1>$/.exec(html);
  assert.ok(match, `one tag with a declarative shadow root: ${html.slice(0, 120)}`);
  return { tag: match[1], attributes: match[2], shadow: match[3], children: match[4] };
}

/** The text a visitor reads in the markup (comments and tags dropped, entities decoded). */
function textOf(markup) {
  const walk = (node) => (node.nodeName === '#text' ? node.value : node.nodeName === '#comment' ? '' : (node.childNodes ?? []).map(walk).join(''));
  return walk(parseFragment(markup)).replace(/\s+/g, ' ');
}

const FNV = (text) => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
};

const FIRST_SCREENS = {
  'carepath-quiz': { attrs: '', en: ['call or text 988', 'Start', 'A self-check'], es: ['988', 'Empezar'] },
  'carepath-levels': { attrs: ' cta-href="/contact"', en: ['Inpatient (hospital)', 'Residential', 'Partial hospitalization (PHP)', 'Intensive outpatient (IOP)', 'Outpatient'], es: ['Hospitalización', 'Residencial', 'Elegir un nivel'] },
  'carepath-cost': { attrs: ' coverage="in-network" deductible="1500" coinsurance="20"', en: ['You pay', '$3,000', '$6,000'], es: ['Usted paga', '$3,000', 'Su plan paga'] },
  'carepath-schedule': { attrs: ' tracks="morning=09:00 evening=17:30"', en: ['Monday', '9:00 AM'], es: ['lunes'] },
};

describe('renderWidget', () => {
  for (const [tag, { attrs, ...expected }] of Object.entries(FIRST_SCREENS)) {
    for (const lang of ['en', 'es']) {
      it(`pre-renders <${tag}>'s first screen in ${lang === 'en' ? 'English' : 'Spanish'}`, () => {
        const result = renderWidget(`<${tag}${attrs}></${tag}>`, { lang, stylesheet: STYLESHEET });
        assert.equal(result.tag, tag);
        assert.equal(result.lang, lang);
        assert.deepEqual(result.issues, []);
        const { shadow, attributes } = parts(result.html);
        assert.ok(shadow.startsWith(`<link rel="stylesheet" href="${STYLESHEET}">`), 'the stylesheet is linked inside the root');
        assert.doesNotMatch(shadow, /<style|style="/, 'no inline style (style-src self)');
        assert.match(shadow, new RegExp(`<div class="root light" part="base" lang="${lang}">`));
        const text = textOf(shadow);
        for (const phrase of expected[lang]) assert.ok(text.includes(phrase), `"${phrase}" in ${text.slice(0, 200)}…`);
        // The stamp: version, language, and the digest of the markup as a browser serializes it.
        const stamp = /data-carepath-ssr="([^"]+)"/.exec(attributes)?.[1];
        assert.match(stamp, new RegExp(`^${pkg.version.replace(/\./g, '\\.')} ${lang} ${FNV(serialize(parseFragment(shadow)))} [0-9a-f]{8}$`));
        assert.equal(serialize(parseFragment(shadow)), shadow, 'the markup is already in its serialized form');
        assert.doesNotMatch(shadow, /(checked|selected)="(true|false)"/, 'boolean properties as real boolean attributes');
      });
    }
  }

  it('disables controls until hydration and leaves the crisis links plain, working links', () => {
    const { shadow } = parts(renderWidget('<carepath-quiz></carepath-quiz>').html);
    const buttons = shadow.match(/<button[^>]*>/g) ?? [];
    assert.ok(buttons.length > 0);
    for (const button of buttons) assert.match(button, / disabled="" data-carepath-pending=""/);
    const links = shadow.match(/<a [^>]*>/g) ?? [];
    assert.deepEqual(
      links.map((link) => /href="([^"]+)"/.exec(link)?.[1]),
      // The quiz's crisis line, then every widget's own help line.
      ['tel:988', 'sms:988', 'https://988lifeline.org', 'tel:911', 'tel:988', 'sms:988', 'tel:911'],
    );
    for (const link of links) assert.doesNotMatch(link, /disabled|inert|pending/);
  });

  it('keeps a control the widget itself disabled without the pending mark', () => {
    const { shadow } = parts(renderWidget('<carepath-cost coverage="in-network" deductible="1500" coinsurance="20"></carepath-cost>').html);
    const controls = shadow.match(/<(input|select|button|textarea)\b[^>]*>/g) ?? [];
    assert.ok(controls.length > 5);
    for (const control of controls) assert.match(control, / disabled=""/);
  });

  it('reads the JSON child and keeps it in the output', () => {
    const json = '<script type="application/json">{"level": "iop", "days": ["mon", "tue", "thu"]}</script>';
    const result = renderWidget(`<carepath-schedule>${json}</carepath-schedule>`);
    assert.deepEqual(result.issues, []);
    const { shadow, children } = parts(result.html);
    assert.equal(children, json);
    assert.ok(textOf(shadow).includes('Intensive outpatient (IOP)'));
    assert.ok(textOf(shadow).includes('Tuesday'));
    assert.ok(!textOf(shadow).includes('Wednesday'));
  });

  it('writes the requested theme onto a tag without one, and leaves a tag’s own theme alone', () => {
    assert.match(renderWidget('<carepath-levels></carepath-levels>', { theme: 'dark' }).html, /^<carepath-levels theme="dark" data-carepath-ssr=/);
    assert.match(parts(renderWidget('<carepath-levels></carepath-levels>', { theme: 'dark' }).html).shadow, /class="root dark"/);
    assert.match(parts(renderWidget('<carepath-levels theme="auto"></carepath-levels>', { theme: 'dark' }).html).shadow, /class="root auto"/);
  });

  it('lets the tag’s own lang win over the page language', () => {
    const result = renderWidget('<carepath-quiz lang="es-US"></carepath-quiz>', { lang: 'en' });
    assert.equal(result.lang, 'es');
    assert.match(result.html, /^<carepath-quiz lang="es-US" data-carepath-ssr="[^ ]+ es /);
  });

  it('replaces an earlier pre-rendered root (rendering twice gives the same HTML)', () => {
    const once = renderWidget('<carepath-cost weeks="4"></carepath-cost>', { stylesheet: STYLESHEET }).html;
    assert.equal(renderWidget(once, { stylesheet: STYLESHEET }).html, once);
  });

  it('links the version-pinned CDN stylesheet with Subresource Integrity by default', () => {
    const link = stylesheetLink();
    assert.match(link, new RegExp(`href="https://cdn.jsdelivr.net/npm/carepath@${pkg.version.replace(/\./g, '\\.')}/dist/cdn/carepath.css" integrity="sha384-[A-Za-z0-9+/=]+" crossorigin="anonymous"`));
    assert.ok(parts(renderWidget('<carepath-quiz></carepath-quiz>').html).shadow.startsWith(link));
  });

  it('writes nothing to the console', () => {
    const warn = console.warn;
    const calls = [];
    console.warn = (...args) => calls.push(args);
    try {
      renderWidget('<carepath-cost weeks="lots"></carepath-cost>');
    } finally {
      console.warn = warn;
    }
    assert.deepEqual(calls, []);
  });
});

describe('renderWidget with bad input', () => {
  it('returns attribute issues as the browser reports them, and still renders', () => {
    const result = renderWidget('<carepath-cost weeks="lots" daily-rate="300"></carepath-cost>');
    assert.deepEqual(
      result.issues.map((issue) => issue.field),
      ['weeks'],
    );
    assert.match(result.issues[0].message, /^<carepath-cost> /);
    assert.equal(result.issues[0].value, 'lots');
    assert.ok(textOf(parts(result.html).shadow).includes('You pay'));
  });

  it('reports a misspelt attribute with its suggestion', () => {
    const result = renderWidget('<carepath-levels cta-hre="/contact"></carepath-levels>');
    assert.equal(result.issues.length, 1);
    assert.match(result.issues[0].message, /did you mean "cta-href"/);
  });

  it('reports a JSON child that is not JSON, and ignores it', () => {
    const result = renderWidget('<carepath-schedule><script type="application/json">{level: php}</script></carepath-schedule>');
    assert.deepEqual(
      result.issues.map((issue) => issue.field),
      ['json'],
    );
    assert.match(result.issues[0].message, /JSON block is not valid JSON/);
  });

  it('escapes attribute values it writes back', () => {
    const { html } = renderWidget('<carepath-levels cta-href="/a?b=1&amp;c=&quot;2&quot;"></carepath-levels>');
    assert.match(html, /^<carepath-levels cta-href="\/a\?b=1&amp;c=&quot;2&quot;"/);
  });

  for (const [input, why] of [
    ['<div></div>', 'not a carepath tag'],
    ['<carepath-quiz></carepath-quiz><carepath-cost></carepath-cost>', 'two tags'],
    ['hello <carepath-quiz></carepath-quiz>', 'text around the tag'],
    ['', 'nothing'],
    ['<carepath-unknown></carepath-unknown>', 'an unknown carepath tag'],
  ]) {
    it(`throws a TypeError for ${why}`, () => {
      assert.throws(() => renderWidget(input), { name: 'TypeError', message: /renderWidget\(\) takes the HTML of one carepath tag/ });
    });
  }

  it('throws a TypeError for an unknown theme', () => {
    assert.throws(() => renderWidget('<carepath-quiz></carepath-quiz>', { theme: 'blue' }), TypeError);
  });
});

describe('carepath.css', () => {
  const css = readFileSync(new URL('../../dist/cdn/carepath.css', import.meta.url), 'utf8');

  it('is the build step’s output, and scopes every rule to a carepath tag', () => {
    assert.equal(css, widgetStylesheet());
    const selectors = css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/@[^{;]+[{;]/g, '')
      .split('}')
      .map((rule) => rule.split('{')[0].trim())
      .filter(Boolean);
    const styleRules = selectors.filter((selector) => !/^(from|to|[\d.]+%)$/.test(selector));
    assert.ok(styleRules.length > 50);
    for (const list of styleRules) {
      for (const selector of list.split(/,(?![^(]*\))/)) assert.match(selector.trim(), /^:host\((carepath-(quiz|levels|cost|schedule)|:is\()/, selector);
    }
    for (const tag of Object.keys(WIDGETS)) assert.ok(css.includes(`:host(${tag})`), tag);
  });

  it('scopes :host and :host() with the same added specificity as every other rule', () => {
    assert.ok(css.includes(':host(carepath-quiz:is(:dir(rtl))) .back-arrow{'));
    assert.ok(css.includes(':host(:is(carepath-cost,carepath-levels,carepath-quiz,carepath-schedule):is([hidden])){display:none}'), 'the shared base, once (its CSS minified, as every build ships it)');
    assert.ok(css.includes(':host(carepath-cost) .root{'));
  });

  it('keeps the widgets’ own at-rules', () => {
    assert.match(css, /@layer carepath\{/);
    assert.match(css, /@container/);
    assert.match(css, /@media/);
  });
});

describe('renderPage and the carepath render CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'carepath-ssr-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const page = `<!doctype html>
<html lang="es">
  <head>
    <meta charset="utf-8">
    <title>Centro</title>
  </head>
  <body>
    <main>
      <carepath-quiz></carepath-quiz>
      <section lang="en"><carepath-levels cta-hre="/x"></carepath-levels></section>
    </main>
  </body>
</html>
`;

  it('pre-renders every tag in the language it inherits, links the stylesheet in <head>, and keeps the rest byte for byte', () => {
    const result = renderPage(page, { stylesheet: STYLESHEET });
    assert.equal(result.count, 2);
    assert.match(result.html, /<carepath-quiz data-carepath-ssr="[^ ]+ es /);
    assert.match(result.html, /<carepath-levels cta-hre="\/x" data-carepath-ssr="[^ ]+ en /);
    assert.ok(result.html.includes(`    <title>Centro</title>\n    <link rel="stylesheet" href="${STYLESHEET}">\n  </head>`));
    const stripped = result.html
      .replace(/<template shadowrootmode="open">[\s\S]*?<\/template>/g, '')
      .replace(/ data-carepath-ssr="[^"]*"/g, '')
      .replace(`    <link rel="stylesheet" href="${STYLESHEET}">\n`, '');
    assert.equal(stripped, page);
    assert.deepEqual(
      result.issues.map(({ tag, line, issues }) => [tag, line, issues.length]),
      [['carepath-levels', 10, 1]],
    );
  });

  it('is idempotent: a second run re-renders the tags and adds no second link', () => {
    const once = renderPage(page, { stylesheet: STYLESHEET }).html;
    assert.equal(renderPage(once, { stylesheet: STYLESHEET }).html, once);
  });

  it('prints the page to standard output and the issues to standard error', () => {
    const input = join(dir, 'in.html');
    writeFileSync(input, page);
    const run = spawnSync(process.execPath, [bin, 'render', input, '--stylesheet', STYLESHEET], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, renderPage(page, { stylesheet: STYLESHEET }).html);
    assert.match(run.stderr, /in\.html:10: <carepath-levels> has no attribute "cta-hre"; did you mean "cta-href"\?/);
  });

  it('writes the page to the file given with -o', () => {
    const input = join(dir, 'in.html');
    const output = join(dir, 'out.html');
    writeFileSync(input, page);
    const run = spawnSync(process.execPath, [bin, 'render', input, '-o', output], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, '');
    assert.equal(readFileSync(output, 'utf8'), renderPage(page).html);
    assert.match(run.stderr, /pre-rendered 2 carepath tags/);
  });

  it('passes a page with no carepath tags through unchanged, byte for byte', () => {
    const plain = '<!doctype html>\n<html><head><title>x</title></head><body><p>Hi &amp; bye</p>\n<CAREPATH-NOTHING></CAREPATH-NOTHING>\n<template><carepath-quiz></carepath-quiz></template></body></html>\n';
    const input = join(dir, 'plain.html');
    writeFileSync(input, plain);
    const run = spawnSync(process.execPath, [bin, 'render', input], { encoding: 'utf8' });
    assert.equal(run.status, 0);
    assert.equal(run.stdout, plain);
    assert.equal(renderPage(plain).html, plain);
  });

  it('reads standard input with -', () => {
    const run = spawnSync(process.execPath, [bin, 'render', '-'], { input: '<carepath-quiz></carepath-quiz>', encoding: 'utf8' });
    assert.equal(run.status, 0);
    assert.match(run.stdout, /^<link rel="stylesheet"[^>]*><carepath-quiz data-carepath-ssr=/);
  });

  for (const [args, message] of [
    [[], /no command/],
    [['build', 'x.html'], /unknown command "build"/],
    [['render'], /give one input file/],
    [['render', join(tmpdir(), 'does-not-exist.html')], /cannot read/],
    [['render', 'x.html', '--theme', 'blue'], /--theme must be light, dark or auto/],
  ]) {
    it(`exits 2 with usage for: carepath ${args.join(' ') || '(nothing)'}`, () => {
      const run = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
      assert.equal(run.status, 2);
      assert.match(run.stderr, message);
      assert.match(run.stderr, /Usage: carepath render/);
    });
  }

  it('is the package’s bin', () => {
    assert.equal(pkg.bin.carepath, 'bin/carepath.mjs');
    assert.equal(pkg.exports['./ssr'].types, './dist/ssr/index.d.ts');
  });
});
