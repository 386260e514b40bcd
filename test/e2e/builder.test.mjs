// The embed-code builder: a marketer fills the form, sees the widget's own validation messages, and copies code
// that — pasted into a plain page with the CDN file — renders exactly what the preview showed.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startHarness } from './harness.mjs';

let harness;
before(async () => {
  harness = await startHarness();
});
after(async () => {
  await harness?.stop();
});

/**
 * The widget's shadow DOM as markup, without Lit's comment markers (their ids differ between builds) and with
 * template whitespace normalized: the preview runs the templates as written, the CDN file has them minified, so
 * whitespace around tags is dropped and runs of whitespace read as one space. Elements, attributes and text compare.
 */
const shadowMarkup = (page, tag) =>
  page.evaluate(
    (t) =>
      (document.querySelector(`#preview ${t}, body > ${t}`)?.shadowRoot?.innerHTML ?? '')
        .replace(/<!--[\s\S]*?-->/g, '')
        .replace(/\s*(<[^>]+>)\s*/g, '$1')
        .replace(/\s+/g, ' '),
    tag,
  );

describe('embed-code builder', () => {
  it('shows the widget’s own messages and copies code that renders what the preview showed', async () => {
    const { page, errors, close } = await harness.open('/demo/builder.html');
    try {
      await page.selectOption('#widget', 'levels');
      for (const level of ['php', 'iop', 'outpatient']) await page.check(`input[name="levels"][value="${level}"]`);
      await page.selectOption('select[name="layout"]', 'cards');
      await page.fill('input[name="heading"]', 'Our programs');
      await page.fill('input[name="cta-href"]', 'tel:+15555550100');
      await page.fill('#field-json', '{"overrides": {"iop": {"hours": "12 hours a week, mornings"}}}');
      await page.fill('input[name="group"]', 'two words');
      await page.waitForFunction(() => !document.querySelector('#field-group-error')?.hidden);
      const groupError = await page.textContent('#field-group-error');
      assert.match(groupError, /group="two words"/);
      assert.equal(await page.isVisible('#summary'), true);
      await page.fill('input[name="group"]', 'intake');
      await page.waitForFunction(() => document.querySelector('#summary')?.hidden === true);

      const snippet = await page.inputValue('#snippet');
      assert.match(snippet, /^<script type="module" src="https:\/\/cdn\.jsdelivr\.net\/npm\/carepath@\d+\.\d+\.\d+\/dist\/cdn\/carepath-levels\.js"\n\s+integrity="sha384-[\w+/=]+" crossorigin="anonymous"><\/script>/);
      assert.match(snippet, /<carepath-levels group="intake" levels="php iop outpatient" heading="Our programs" layout="cards" cta-href="tel:\+15555550100">/);
      const preview = await shadowMarkup(page, 'carepath-levels');
      assert.match(preview, /12 hours a week, mornings/);

      // Paste it into a plain page, with the CDN file served from this build instead of the CDN.
      const pasted = snippet.replace(/src="[^"]+"\n\s+integrity="[^"]+" crossorigin="anonymous"/, 'src="/dist/cdn/carepath-levels.js"');
      const other = await harness.browser.newPage();
      await other.route('**/pasted.html', (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="en"><body>${pasted}</body></html>` }));
      await other.goto(`${harness.origin}/pasted.html`, { waitUntil: 'networkidle' });
      await other.waitForFunction(() => document.querySelector('carepath-levels')?.shadowRoot?.textContent?.trim());
      assert.equal(await shadowMarkup(other, 'carepath-levels'), preview);
      await other.close();
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });

  it('speaks plainly: labels and help from the field docs, "$300" taken as 300, messages that say what was used', async () => {
    const { page, errors, close } = await harness.open('/demo/builder.html');
    try {
      await page.selectOption('#widget', 'cost');
      const label = (attribute) => page.textContent(`.field[data-attribute="${attribute}"] label, .field[data-attribute="${attribute}"] legend`);
      assert.match(await label('oop-met'), /^Out-of-pocket already paid this year\s*oop-met$/);
      assert.match(await label('billed-rate'), /^Center's price per day \(out of network\)/);
      assert.match(await page.textContent('#field-deductible-hint'), /^The plan's yearly deductible in dollars/);
      await page.selectOption('select[name="coverage"]', 'in-network');
      await page.fill('#fields #field-daily-rate', '$300');
      await page.fill('#fields #field-deductible', '1,500');
      await page.fill('#fields #field-coinsurance', '20%');
      await page.waitForFunction(() => document.querySelector('#snippet')?.value.includes('coinsurance="20%"'));
      assert.equal(await page.isVisible('#summary'), false, '"$300", "1,500" and "20%" are numbers');
      assert.equal(await page.textContent('#field-daily-rate-read-as'), 'Read as 300.');
      assert.equal(await page.textContent('#field-deductible-read-as'), 'Read as 1500.');
      const figures = await page.evaluate(() => document.querySelector('#preview carepath-cost')?.estimate);
      assert.ok(figures && figures.patientCost > 0);
      await page.fill('#fields #field-weeks', 'eight');
      await page.waitForFunction(() => !document.querySelector('#field-weeks-error')?.hidden);
      assert.match(await page.textContent('#fields #field-weeks-error'), /^weeks="eight" must be a number\. The widget uses its own default instead\.$/);
    } finally {
      await close();
    }
    assert.deepEqual(errors, []);
  });

  it('warns once per mistake, not once per keystroke, and links only to fields that exist', async () => {
    const { page, errors, close } = await harness.open('/demo/builder.html');
    const warnings = [];
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    try {
      await page.selectOption('#widget', 'cost');
      await page.locator('#fields #field-weeks').pressSequentially('eleventy', { delay: 20 });
      await page.locator('#fields #field-days-per-week').pressSequentially('9', { delay: 20 });
      await page.fill('#field-json', '{"rates": {"iop": "a lot"}}');
      await page.waitForFunction(() => document.querySelectorAll('#summary li').length === 3);
      await page.waitForTimeout(300);
      const ours = warnings.filter((text) => text.startsWith('<carepath-cost>'));
      const weeks = ours.filter((text) => text.includes('weeks='));
      assert.equal(weeks.length <= 2, true, `weeks warned ${weeks.length} times while typing 8 letters:\n${ours.join('\n')}`);
      const links = await page.$$eval('#summary a', (anchors) => anchors.map((a) => a.getAttribute('href')));
      assert.ok(links.length > 0);
      for (const href of links) assert.equal(await page.evaluate((id) => document.getElementById(id) !== null, href.slice(1)), true, `${href} exists`);
      assert.ok(links.includes('#field-json'), 'the JSON mistake links to the JSON box');
    } finally {
      await close();
    }
    assert.deepEqual(errors, []);
  });
});
