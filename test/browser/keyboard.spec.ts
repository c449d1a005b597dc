// Keyboard only: the whole flow with Tab, Enter and typing, with a visible focus ring.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { expectedAnswer, localToday, outcomesOf, shownOutcomes } from './helpers.ts';

/** Press Tab until the focused element matches `selector` (at most `limit` presses). */
async function tabTo(page: Page, selector: string, limit = 80) {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

test('the flow can be completed with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  await tabTo(page, 'button[data-locale="en"]');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await tabTo(page, '[data-testid="begin"]');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await tabTo(page, 'input[type="search"]');
  // Enter in the search box chooses the one place found; Continue goes on.
  await page.keyboard.type('wisc');
  await page.keyboard.press('Enter');
  await expect(page.locator('input[data-jurisdiction="WI"]')).toBeChecked();
  await tabTo(page, '[data-testid="continue"]');
  await page.keyboard.press('Enter');
  // The statuses are one radio group: Tab enters it, the arrow keys choose.
  await tabTo(page, 'input[data-status="citizen"]');
  const ring = await page.evaluate(() => getComputedStyle(document.activeElement!.nextElementSibling!).outlineStyle);
  expect(ring).not.toBe('none');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
  await expect(page.locator('input[data-status="pending_or_daca"]')).toBeChecked();
  await tabTo(page, '[data-testid="continue"]');
  await page.keyboard.press('Enter');
  await expect(page.locator('.answer-screen')).toBeVisible();
  expect(await shownOutcomes(page)).toEqual(outcomesOf(expectedAnswer('WI', 'pending_or_daca', localToday())));
  await tabTo(page, 'details.show-source > summary');
  await page.keyboard.press('Enter');
  await expect(page.locator('details.show-source[open]')).toHaveCount(1);
  await tabTo(page, '[data-testid="start-over"]');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choose your language');
});

test('the navigation landmark says what it holds (UX review #20)', async ({ page }) => {
  await page.goto('/');
  await page.locator('button[data-locale="en"]').click(); // the links come with the language
  await expect(page.getByRole('navigation')).toHaveAccessibleName('Pages in this app');
});

test('arrow keys in the language select do not switch the app; Enter does (UX review #16)', async ({ page }) => {
  await page.goto('/');
  await page.locator('button[data-locale="en"]').click();
  const select = page.locator('#switch-language');
  await select.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(select).not.toHaveValue('en');
  const reached = await select.inputValue();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', reached);
});
