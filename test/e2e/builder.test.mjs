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

/** The widget's shadow DOM as markup, without Lit's comment markers (their ids differ between builds). */
const shadowMarkup = (page, tag) =>
  page.evaluate((t) => document.querySelector(`#preview ${t}, body > ${t}`)?.shadowRoot?.innerHTML.replace(/<!--[\s\S]*?-->/g, '') ?? '', tag);

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
});
