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

  it('makes pre-rendered code with brand colors that shows before the script, and works under a strict policy', async () => {
    const { page, errors, close } = await harness.open('/demo/builder.html');
    try {
      await page.selectOption('#widget', 'quiz');
      await page.fill('#token-carepath-color-accent', '#0b6e4f');
      await page.click('#token-more summary');
      await page.fill('#token-carepath-color-text', 'red; } body { display: none');
      await page.waitForFunction(() => !document.querySelector('#token-carepath-color-text-error')?.hidden);
      assert.match(await page.textContent('#token-carepath-color-text-error'), /Leave out/);
      await page.fill('#token-carepath-color-text', '');
      // Switching widgets keeps the brand: the accent typed for the quiz is still there for the estimator and back.
      await page.selectOption('#widget', 'cost');
      assert.equal(await page.inputValue('#token-carepath-color-accent'), '#0b6e4f');
      assert.equal(await page.inputValue('#token-carepath-color-accent ~ input[type="color"]'), '#0b6e4f');
      await page.selectOption('#widget', 'quiz');
      assert.equal(await page.inputValue('#token-carepath-color-accent'), '#0b6e4f');
      await page.check('#strict');
      await page.check('input[name="mode"][value="prerendered"]');
      await page.waitForFunction(() => document.querySelector('#snippet')?.value.includes('shadowrootmode'));
      const snippet = await page.inputValue('#snippet');
      const themeCss = await page.inputValue('#theme-css');
      assert.equal(themeCss, 'carepath-quiz {\n  --carepath-color-accent: #0b6e4f;\n}\n');
      assert.match(snippet, /^<link rel="stylesheet" href="\/carepath\/carepath-theme\.css">\n<link rel="stylesheet" href="\/carepath\/carepath\.css">\n<script type="module" src="\/carepath\/carepath-quiz\.js"><\/script>\n<carepath-quiz data-carepath-ssr="\d+\.\d+\.\d+ en static"><template shadowrootmode="open">/);
      assert.doesNotMatch(snippet, /<style/, 'no inline style under a strict policy');
      // The frame shows the code before any script: the quiz's intro, its Start button grayed out, in the brand color.
      const frame = page.frameLocator('#static-preview');
      await frame.locator('carepath-quiz button', { hasText: 'Start' }).waitFor();
      assert.equal(await frame.locator('carepath-quiz button', { hasText: 'Start' }).isDisabled(), true);

      // Pasted into a page of a site with the strict policy, its carepath files self-hosted (here: this build's).
      const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";
      for (const javaScriptEnabled of [false, true]) {
        const context = await harness.browser.newContext({ javaScriptEnabled });
        const other = await context.newPage();
        const pageErrors = [];
        const warnings = [];
        other.on('pageerror', (error) => pageErrors.push(error.message));
        other.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
        // The last route added is tried first: the theme file is the partner's own.
        await other.route('**/carepath/carepath*.{js,css}', (route, request) => route.continue({ url: request.url().replace('/carepath/', '/dist/cdn/') }));
        await other.route('**/carepath/carepath-theme.css', (route) => route.fulfill({ contentType: 'text/css', body: themeCss }));
        await other.route('**/pasted.html', (route) =>
          route.fulfill({
            contentType: 'text/html',
            headers: { 'content-security-policy': STRICT },
            body: `<!doctype html><html lang="en"><head><script src="/test/e2e/pages/record-violations.js"></script></head><body>${snippet}</body></html>`,
          }),
        );
        await other.goto(`${harness.origin}/pasted.html`, { waitUntil: 'networkidle' });
        const start = other.locator('carepath-quiz button', { hasText: 'Start' });
        await start.waitFor();
        if (javaScriptEnabled) {
          await other.waitForFunction(() => customElements.get('carepath-quiz') && !document.querySelector('[data-carepath-ssr]'));
          await start.click();
          await other.locator('carepath-quiz fieldset[data-key]').waitFor();
          assert.deepEqual(await other.evaluate(() => window.__violations), [], 'no CSP violation');
          assert.deepEqual(warnings, [], 'rendered again in place, silently');
        } else {
          assert.equal(await start.isDisabled(), true);
          const background = await start.evaluate((button) => getComputedStyle(button).backgroundColor);
          assert.equal(background, 'rgb(11, 110, 79)', 'the brand color, from the theme file, before any script');
        }
        assert.deepEqual(pageErrors, []);
        await context.close();
      }
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });
});
