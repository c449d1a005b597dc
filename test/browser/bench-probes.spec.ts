// The bench's first-paint probe (bench/probes.ts), on the real first screen: it must time
// when every language name is on screen, and refuse a first frame that drew a name while a
// font was still loading, or `npm run bench` could pass a screen a person saw in fallback
// glyphs.
import { readdirSync } from 'node:fs';
import type { Page as CorePage } from 'playwright-core';
import { test, expect } from './fixtures.ts';
import { installProbes } from '../../bench/probes.ts';
import localesFile from '../../locales/locales.json' with { type: 'json' };
import { ROOT } from '../../scripts/preview.ts';

const LANGUAGE_NAME = 'button[data-locale] .autonym';

test('times every language name on screen, no earlier than the main thread painted it', async ({ page }) => {
  await installProbes(page as unknown as CorePage, LANGUAGE_NAME);
  await page.goto('/', { waitUntil: 'commit' });
  const painted = await page.evaluate((sel) => window.__bench.painted(sel, { fonts: true }), LANGUAGE_NAME);
  const onScreen = await page.evaluate(() => window.__bench.presented());
  await expect(page.locator(`${LANGUAGE_NAME}[elementtiming]`)).toHaveCount(localesFile.locales.length);
  expect(onScreen).toBeGreaterThan(0);
  // The main thread's paint comes first; the frame is on screen after it is rasterized and
  // drawn (Element Timing rounds its times, hence the margin).
  expect(onScreen).toBeGreaterThanOrEqual(painted - 16);
});

test('refuses a first frame laid out while a face the screen needs is still loading', async ({ page }) => {
  // The first screen's fonts script withheld, and its stylesheet given a face that takes its time.
  await page.route(/\/assets\/first-screen-fonts\.js$/, (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));
  await page.route(/\/assets\/index-[\w-]+\.css$/, async (route) => {
    const css = await (await route.fetch()).text();
    await route.fulfill({ contentType: 'text/css', body: `${css}\n@font-face{font-family:"Noto Sans";font-weight:700;src:url(./slow-face.woff2)}` });
  });
  const realFace = readdirSync(`${ROOT}/assets`).find((f) => /^noto-sans-latin-ext-700-normal-[\w-]+\.woff2$/.test(f));
  await page.route(/\/slow-face\.woff2$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await route.fulfill({ response: await route.fetch({ url: new URL(`/assets/${realFace}`, route.request().url()).href }) });
  });
  await installProbes(page as unknown as CorePage, LANGUAGE_NAME);
  await page.goto('/', { waitUntil: 'commit' });
  await expect(page.evaluate(() => window.__bench.presented())).rejects.toThrow('while a font was still loading');
});
