#!/usr/bin/env node
// `npx carepath render page.html [-o out.html]`: pre-renders every carepath tag in a static page (carepath/ssr).
import { readFileSync, writeFileSync } from 'node:fs';
import process from 'node:process';
import { parseArgs } from 'node:util';

const USAGE = `Usage: carepath render <page.html | -> [-o out.html] [--stylesheet URL] [--lang en|es] [--theme light|dark|auto]

Pre-renders every carepath tag in a static HTML page, so each widget's first screen shows before any script runs.
Writes the page to standard output, or to the file given with -o. Configuration issues go to standard error.
  --stylesheet URL  where the page loads carepath.css (default: the version-pinned jsDelivr copy);
                    under a strict Content-Security-Policy (style-src 'self'), host the file and give its URL
  --lang            the language when neither a tag nor <html> has lang (default en)
  --theme           the theme for tags without a theme attribute`;

function fail(message) {
  process.stderr.write(`carepath: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      stylesheet: { type: 'string' },
      lang: { type: 'string' },
      theme: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  fail(error.message);
}
const { values, positionals } = parsed;
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const [command, input, ...rest] = positionals;
if (command !== 'render') fail(command ? `unknown command "${command}"` : 'no command');
if (!input || rest.length > 0) fail('give one input file (or - for standard input)');
if (values.theme && !['light', 'dark', 'auto'].includes(values.theme)) fail(`--theme must be light, dark or auto; got "${values.theme}"`);

let html;
try {
  html = readFileSync(input === '-' ? 0 : input, 'utf8');
} catch (error) {
  fail(`cannot read ${input}: ${error.message}`);
}

const { renderPage } = await import('../dist/ssr/index.js');
const page = renderPage(html, { stylesheet: values.stylesheet, lang: values.lang, theme: values.theme });
for (const { tag, line, issues } of page.issues) {
  for (const issue of issues) process.stderr.write(`${input}:${line}: <${tag}> ${issue.message.replace(new RegExp(`^<${tag}> `), '')}\n`);
}
if (values.output) writeFileSync(values.output, page.html);
else process.stdout.write(page.html);
if (values.output || page.count === 0) {
  process.stderr.write(page.count === 0 ? `${input}: no carepath tags; passed through unchanged\n` : `${input}: pre-rendered ${page.count} carepath tag${page.count === 1 ? '' : 's'} into ${values.output}\n`);
}
