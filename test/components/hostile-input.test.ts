/**
 * "Bad input": fast-check throws generated values at every attribute and JSON field of every widget —
 * random and huge strings, negative and enormous numbers, NaN, unicode, markup, `javascript:` links, broken JSON —
 * and checks what must hold whatever a partner types: no uncaught error, never blank, no element or link made
 * from configured text, and one warning per bad field (and none more when the widget renders again).
 */
import { expect, fixture } from '@open-wc/testing';
import fc from 'fast-check';
import { CarepathCost } from '../../src/components/cost/cost.js';
import '../../src/components/cost/define.js';
import { CarepathLevels } from '../../src/components/levels/levels.js';
import '../../src/components/levels/define.js';
import { CarepathQuiz } from '../../src/components/quiz/quiz.js';
import '../../src/components/quiz/define.js';
import { CarepathSchedule } from '../../src/components/schedule/schedule.js';
import '../../src/components/schedule/define.js';
import type { CarepathElement } from '../../src/internal/carepath-element.js';
import type { FieldSpec } from '../../src/internal/config.js';
import { isSafeUrl } from '../../src/internal/safe-url.js';
import { captureWarnings } from '../helpers/console.js';

const WIDGETS = [
  ['carepath-levels', CarepathLevels],
  ['carepath-quiz', CarepathQuiz],
  ['carepath-cost', CarepathCost],
  ['carepath-schedule', CarepathSchedule],
] as const;

/** Payloads that have broken widgets elsewhere: markup, script links, template syntax, prototype keys. */
const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  '<a href="javascript:alert(1)">x</a>',
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '${alert(1)}',
  '{{constructor.constructor("alert(1)")()}}',
  '__proto__',
  'constructor',
  'NaN',
  'Infinity',
  '-0',
  '1e308',
  '-1e308',
  '0x1F',
  '',
  '   ',
  '\u202eevil',
  '\u0000',
  '🙂🙂🙂',
  'مرحبا',
  'morning=09:00 evening=25:99',
  '=',
  'mon mon mon',
];

/** Values a marketer might type, right or nearly right, so fields also mix valid and invalid values. */
const PLAUSIBLE = ['iop', 'php outpatient', 'mon wed fri', '09:00', 'morning=09:00', 'in-network', 'copay', '20', '0.2', '300', 'dark', 'es', 'session', 'level', 'table'];

const attributeValue = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.constantFrom(...PLAUSIBLE),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.double().map(String),
  fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }).map(String),
  fc.constantFrom('x'.repeat(100_000), '9'.repeat(400), `${'<b>'.repeat(2_000)}`),
);

/** The JSON child: broken text, a hostile object for the widget's JSON fields, or any JSON at all. */
function jsonChild(jsonFields: readonly string[]) {
  return fc.option(
    fc.oneof(
      fc.constantFrom('{"rates": ', '{', 'null', '[]', '"text"', '{"__proto__": {"polluted": true}}', '</script><img src=x onerror=alert(1)>'),
      fc.dictionary(fc.constantFrom(...jsonFields, 'unknown'), fc.oneof(fc.jsonValue(), fc.constantFrom(...HOSTILE)), { maxKeys: 3 }).map((value) => JSON.stringify(value)),
      fc.json({ maxDepth: 3 }),
    ),
    { nil: undefined },
  );
}

/** Every element in the widget's shadow tree (and any nested shadow trees). */
function shadowElements(root: ShadowRoot): Element[] {
  const found: Element[] = [];
  for (const element of Array.from(root.querySelectorAll('*'))) {
    found.push(element);
    if (element.shadowRoot) found.push(...shadowElements(element.shadowRoot));
  }
  return found;
}

const FORBIDDEN_TAGS = new Set(['script', 'img', 'iframe', 'frame', 'object', 'embed', 'link', 'meta', 'base', 'style', 'image']);

describe('hostile input', () => {
  let uncaught: string[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(String(event.message));
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(String(event.reason));
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  beforeEach(() => {
    uncaught = [];
  });

  for (const [tag, widgetClass] of WIDGETS) {
    // Every widget's fields as the base element reads them (each table narrows its own kinds).
    const specs: Readonly<Record<string, FieldSpec>> = widgetClass.configFields;
    const fields = Object.values(specs);
    const attributes = fields.filter((field) => field.kind !== 'json').map((field) => field.attribute);
    const jsonFields = Object.entries(specs)
      .filter(([, field]) => field.kind === 'json')
      .map(([name]) => name);

    it(`<${tag}> holds against generated attributes and JSON`, async function () {
      this.timeout(120_000);
      const wrapper = await fixture<HTMLDivElement>('<div></div>');
      const input = fc.record({
        values: fc.dictionary(fc.constantFrom(...attributes), attributeValue, { minKeys: 1, maxKeys: Math.min(6, attributes.length) }),
        json: jsonChild(jsonFields.length > 0 ? jsonFields : ['unknown']),
      });

      // Tallies that prove the runs exercised something: bad values were reported, and rendered markup was checked.
      let runsWithIssues = 0;
      let elementsChecked = 0;
      const attributesTried = new Set<string>();
      const jsonFieldsTried = new Set<string>();
      await fc.assert(
        fc.asyncProperty(input, async ({ values, json }) => {
          uncaught = [];
          const el = document.createElement(tag) as CarepathElement;
          for (const [name, value] of Object.entries(values)) {
            el.setAttribute(name, value);
            attributesTried.add(name);
          }
          if (json !== undefined) {
            for (const field of jsonFields) if (json.includes(`"${field}"`)) jsonFieldsTried.add(field);
            const script = document.createElement('script');
            script.type = 'application/json';
            script.textContent = json;
            el.append(script);
          }
          const lightBefore = el.children.length;
          const warnings = await captureWarnings(async () => {
            wrapper.append(el);
            await el.updateComplete;
          });
          // Rendering again warns no more: once per element and field.
          const later = await captureWarnings(async () => {
            el.requestUpdate();
            await el.updateComplete;
          });
          const root = el.shadowRoot as ShadowRoot;
          const elements = shadowElements(root);
          const issues = el.configIssues;
          el.remove();

          expect(uncaught, 'uncaught errors').to.deep.equal([]);
          expect((root.textContent ?? '').trim().length, 'never blank').to.be.greaterThan(0);
          expect(el.children.length, 'nothing added to the light DOM').to.equal(lightBefore);
          for (const element of elements) {
            expect(FORBIDDEN_TAGS.has(element.localName), `<${element.localName}> in the shadow tree`).to.equal(false);
            for (const attribute of Array.from(element.attributes)) {
              expect(attribute.name.startsWith('on'), `${attribute.name} on <${element.localName}>`).to.equal(false);
            }
            const href = element.getAttribute('href');
            if (href !== null) expect(isSafeUrl(href), `href=${JSON.stringify(href)}`).to.equal(true);
          }
          // One warning per bad field, each naming the widget; the same fields are in configIssues.
          const issueFields = new Set(issues.map((issue) => issue.field));
          expect(warnings.length, warnings.join('\n')).to.equal(issueFields.size);
          for (const line of warnings) expect(line.startsWith(`<${tag}>`), line).to.equal(true);
          expect(later, 'no second warning for the same field').to.deep.equal([]);
          if (issues.length > 0) runsWithIssues += 1;
          elementsChecked += elements.length;
        }),
        // A fixed seed keeps CI repeatable; change it locally to explore other inputs.
        { numRuns: 60, seed: 20261202, endOnFailure: true },
      );
      expect(runsWithIssues, 'runs with a reported issue').to.be.greaterThan(20);
      // Every attribute and every JSON field met a generated value at least once.
      expect([...attributesTried].sort()).to.deep.equal([...attributes].sort());
      expect([...jsonFieldsTried].sort()).to.deep.equal([...jsonFields].sort());
      expect(elementsChecked).to.be.greaterThan(60 * 5);
    });
  }
});
