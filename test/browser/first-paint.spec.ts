// The first screen is HTML rendered at build time (renderer/boot/): it is on the page before
// any script runs, the app then hydrates that same markup, and a tap that comes before the
// app's script has run is not lost.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import localesFile from '../../locales/locales.json' with { type: 'json' };

/** Holds the app's code (the start-up chunk: renderer/main.tsx fetches it after the first
 * paint) until `release()`: the page is painted, only its entry has run. */
async function holdAppScript(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => { release = resolve; });
  await page.route(/\/assets\/start-[\w-]+\.js$/, async (route) => {
    await released;
    await route.fallback();
  });
  return release;
}

test.describe('without any script', () => {
  test.use({ javaScriptEnabled: false });

  test('the language screen is on the page, every language a button', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('button[data-locale]')).toHaveCount(localesFile.locales.length);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choose your language');
  });
});

test('the app hydrates the prerendered screen: the same buttons take the taps, and nothing is re-rendered', async ({ page }) => {
  const release = await holdAppScript(page);
  await page.goto('/', { waitUntil: 'commit' });
  const french = await page.locator('button[data-locale="fr"]').elementHandle();
  await page.evaluate((b) => b?.setAttribute('data-seen-before-script', ''), french);
  release();
  await expect(page.locator('html')).toHaveAttribute('data-app-ready', 'true');
  // Hydration keeps the prerendered nodes (a fresh render would have replaced this one).
  expect(await french!.evaluate((b) => b.isConnected && b.hasAttribute('data-seen-before-script'))).toBe(true);
  await page.locator('button[data-locale="fr"]').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});

test('a tap on a language before the app has started is answered once it starts', async ({ page }) => {
  const release = await holdAppScript(page);
  await page.goto('/', { waitUntil: 'commit' });
  await page.locator('button[data-locale="es"]').click();
  await expect(page.locator('html')).toHaveAttribute('data-early-tap', /"locale":"es"/);
  release();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByTestId('begin')).toBeVisible();
});

test('at a kiosk, whose first screen is rendered afresh, an early tap on a language still chooses it', async ({ page }) => {
  const release = await holdAppScript(page);
  await page.goto('/?kiosk=1', { waitUntil: 'commit' });
  await page.locator('button[data-locale="vi"]').click();
  release();
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByTestId('begin')).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('taking over the first screen leaves it where the person scrolled it', async ({ page }) => {
    const release = await holdAppScript(page);
    await page.goto('/', { waitUntil: 'commit' });
    await page.locator('button[data-locale="ti"]').scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(0);
    release();
    await expect(page.locator('html')).toHaveAttribute('data-app-ready', 'true');
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
  });
});
