// Regenerates the README's widget screenshots (docs/screenshots/*.png) from the demo pages, in the system
// Chromium. Start the demo first (`npm start`), then: node scripts/readme-screenshots.mjs [origin]
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { browserArgs, findBrowser } from './browser.mjs';

const origin = process.argv[2] ?? 'http://127.0.0.1:5173';
const SHOTS = [
  { file: 'quiz-crisis.png', url: '/quiz.html?show=crisis', tag: 'carepath-quiz', width: 420 },
  { file: 'quiz-result.png', url: '/quiz.html?show=result', tag: 'carepath-quiz', width: 760 },
  { file: 'levels.png', url: '/levels.html?show=highlight', tag: 'carepath-levels', width: 1100 },
  { file: 'cost.png', url: '/cost.html?show=cap', tag: 'carepath-cost', width: 1000 },
  { file: 'schedule.png', url: '/schedule.html', tag: 'carepath-schedule', width: 1000 },
];

const outDir = new URL('../docs/screenshots/', import.meta.url);
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath: findBrowser(), args: browserArgs() });
try {
  for (const shot of SHOTS) {
    const page = await browser.newPage({ viewport: { width: shot.width + 40, height: 900 }, deviceScaleFactor: 1 });
    await page.goto(`${origin}${shot.url}`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(800); // the demo pages play the quiz's answers after load
    const element = page.locator(`${shot.tag}:visible`).first();
    await element.screenshot({ path: new URL(shot.file, outDir).pathname });
    console.log(`wrote docs/screenshots/${shot.file}`);
    await page.close();
  }
} finally {
  await browser.close();
}
