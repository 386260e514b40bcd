// Screenshots of each widget in a 390 px column (a phone), in one engine, to look at:
//   CAREPATH_ENGINE=webkit node scripts/engine-screenshots.mjs [out-dir=coverage/engine-shots]
// The widget renders in a 390 px column (MiniBrowser's window cannot be that narrow; the widgets lay out by their
// container's width); the script takes a screenshot of the viewport and crops it to the column (element
// screenshots come back black in WebKit under Xvfb, and a screenshot with the focus inside an iframe never returned).
// Needs the build (dist/cdn).
import { mkdirSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { ENGINE, startEngine } from '../test/e2e/engines/driver.mjs';

const out = process.argv[2] ?? 'coverage/engine-shots';
// A screen tall enough for a whole widget at 390 px (MiniBrowser's window cannot be taller than Xvfb's screen).
process.env.CAREPATH_XVFB_SCREEN ??= '1280x3200';
const WIDTH = 390;
mkdirSync(out, { recursive: true });
const harness = await startEngine();
console.log(`${ENGINE}: ${harness.browser}`);
try {
  const only = process.env.CAREPATH_SHOTS?.split(',');
  for (const widget of ['levels', 'quiz', 'quiz-question', 'cost', 'schedule'].filter((name) => !only || only.includes(name))) {
    const page = await harness.open(`/test/e2e/pages/engines-widget.html?widget=${widget}`, { width: 1000, height: 2900 });
    try {
      const size = await page.waitFor(
        async (width) => {
          const el = document.querySelector('carepath-levels, carepath-quiz, carepath-cost, carepath-schedule');
          if (!el?.shadowRoot?.textContent?.trim()) return null;
          if (el.localName === 'carepath-quiz' && location.search.includes('question') && !el.shadowRoot.querySelector('fieldset')) return null;
          document.body.style.inlineSize = `${width}px`;
          await el.updateComplete;
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          const rect = el.getBoundingClientRect();
          return { x: 0, y: 0, height: Math.min(2800, Math.ceil(rect.bottom) + 8), ratio: devicePixelRatio };
        },
        WIDTH,
        { what: `the ${widget} widget` },
      );
      const full = PNG.sync.read(await page.screenshot());
      const crop = new PNG({ width: Math.round(WIDTH * size.ratio), height: Math.min(Math.round(size.height * size.ratio), full.height - Math.round(size.y * size.ratio)) });
      PNG.bitblt(full, crop, Math.round(size.x * size.ratio), Math.round(size.y * size.ratio), crop.width, crop.height, 0, 0);
      const file = `${out}/${ENGINE}-${widget}-${WIDTH}.png`;
      writeFileSync(file, PNG.sync.write(crop));
      console.log(`wrote ${file} (${crop.width}×${crop.height})`);
    } finally {
      await page.close();
    }
  }
} finally {
  await harness.stop();
}
