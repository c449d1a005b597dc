// Nothing kept: no storage of any kind, no history entries, and after Start over or the
// kiosk's idle reset the previous person's answer cannot be brought back with Back.
import { test, expect } from './fixtures.ts';
import { EMPTY_STORAGE, fillPastDate, openNav, storageSnapshot, threeTaps } from './helpers.ts';

test('Start over leaves no storage, no history, and Back cannot bring the answer back', async ({ page }) => {
  await page.goto('/');
  const entries = await page.evaluate(() => history.length);
  await threeTaps(page, 'en', 'CA', 'no_status');
  await page.getByRole('button', { name: 'Timeline' }).click();
  await fillPastDate(page, '2025-09-01');
  await page.getByRole('button', { name: 'Show the answer on this date' }).click();
  expect(await storageSnapshot(page)).toEqual(EMPTY_STORAGE);
  // The whole flow made no history entry.
  expect(await page.evaluate(() => history.length)).toBe(entries);

  await page.getByTestId('start-over').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choose your language');
  expect(await storageSnapshot(page)).toEqual(EMPTY_STORAGE);

  // Back leaves the app (it has no entries of its own); Forward loads it fresh.
  await page.goBack();
  await expect(page.locator('.answer-screen')).toHaveCount(0);
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choose your language');
  await expect(page.locator('.answer-screen')).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText('California');
});

test('the kiosk idle reset wipes everything after a visible countdown', async ({ page }) => {
  // The page's clock is the test's: the idle time passes at once, not in real seconds.
  await page.clock.install();
  await page.goto('/?kiosk=1&idle=4');
  await threeTaps(page, 'ar', 'CA', 'no_status');
  await openNav(page, -1);
  await page.locator('input[type="checkbox"]').first().check();
  await expect(page.locator('html')).toHaveClass(/high-contrast/);
  await page.clock.runFor(3_500);
  await expect(page.getByTestId('still-there')).toBeVisible();
  await page.clock.runFor(1_000);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choose your language');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.locator('html')).not.toHaveClass(/high-contrast/);
  await expect(page.getByTestId('still-there')).toHaveCount(0);
  expect(await storageSnapshot(page)).toEqual(EMPTY_STORAGE);
  await page.goBack();
  await expect(page.locator('.answer-screen')).toHaveCount(0);
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choose your language');
});
