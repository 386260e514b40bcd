// Takes a screenshot of a page in the system's headless Chromium, to look at what we build:
//   node scripts/screenshot.mjs <url> <out.png> [width=1200] [height=900] [viewport]
// (`viewport` captures only the first screen instead of the full page).
import { chromium } from 'playwright-core';
import { browserArgs, findBrowser } from './browser.mjs';

const [url, out, width = '1200', height = '900', mode = 'full'] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node scripts/screenshot.mjs <url> <out.png> [width] [height]');
  process.exit(2);
}
const browser = await chromium.launch({ executablePath: findBrowser(), args: browserArgs() });
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  page.on('console', (message) => message.type() === 'error' && console.error('console error:', message.text()));
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.screenshot({ path: out, fullPage: mode !== 'viewport' });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
