// Every screen, in English, Arabic (RTL) and Simplified Chinese (CJK): axe (WCAG 2.2 A/AA)
// finds nothing, <html> has the locale's lang and dir, and a screenshot is saved for a
// human to look at (test/artifacts/screenshots, git-ignored).
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { begin, chooseJurisdiction, chooseLanguage, chooseStatus, openNav, saveScreenshot } from './helpers.ts';

const LOCALES = [
  { code: 'en', dir: 'ltr' },
  { code: 'ar', dir: 'rtl' },
  { code: 'zh-Hans', dir: 'ltr' },
] as const;

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function checkScreen(page: Page, locale: string, screen: string, fullPage = true) {
  await page.evaluate(() => document.fonts.ready);
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const violations = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  expect(violations, `axe on ${screen} in ${locale}`).toEqual([]);
  await saveScreenshot(page, `${locale}-${screen}`, fullPage);
}

/** The review's sizes: a laptop, a kiosk's portrait screen (in kiosk mode) and a phone. */
const SIZES = [
  { name: 'laptop', viewport: { width: 1366, height: 768 }, url: '/' },
  { name: 'kiosk', viewport: { width: 1080, height: 1920 }, url: '/?kiosk=1' },
  { name: 'phone', viewport: { width: 390, height: 844 }, url: '/' },
] as const;

for (const size of SIZES) for (const { code, dir } of LOCALES) {
  test(`every screen passes axe and is laid out for ${code} at ${size.name} size`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(size.viewport);
    await page.goto(size.url);
    const check = (page: Page, locale: string, screen: string, fullPage = true) => checkScreen(page, locale, `${size.name}-${screen}`, fullPage);
    await check(page, code, '1-language');
    await chooseLanguage(page, code);
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    await expect(page.locator('html')).toHaveAttribute('dir', dir);
    await check(page, code, '1b-start');
    await begin(page);
    await check(page, code, '2-jurisdiction');
    await chooseJurisdiction(page, 'TX');
    await check(page, code, '3-status');
    await chooseStatus(page, 'unsure');
    await page.locator('details.show-source').first().evaluate((d) => d.setAttribute('open', ''));
    await check(page, code, '4-answer');
    await openNav(page, 1);
    await check(page, code, '5-timeline');
    await openNav(page, 2);
    await check(page, code, '6-questions');
    await openNav(page, 3);
    await check(page, code, '7-about');
    await page.locator('section[aria-labelledby="about-licence"] button').click();
    await expect(page.getByTestId('third-party-notices')).toContainText('Noto Sans Arabic: SIL Open Font License');
    await check(page, code, '7-about-licences', false);
    await openNav(page, 4);
    await check(page, code, '8-settings');
  });
}

test('high contrast with larger text, the bilingual view and the kiosk countdown pass axe too', async ({ page }) => {
  test.setTimeout(60_000);
  // The page's clock is ours, so the test can jump to the countdown instead of waiting.
  await page.clock.install();
  await page.goto('/?kiosk=1&idle=30');
  await chooseLanguage(page, 'en');
  await begin(page);
  await chooseJurisdiction(page, 'CA');
  await chooseStatus(page, 'unsure');
  await page.getByLabel('Second language').selectOption('ar');
  await checkScreen(page, 'en', '10-bilingual', false);
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Larger').check();
  await page.getByLabel('High contrast').check();
  await expect(page.locator('html')).toHaveClass(/high-contrast/);
  await page.getByRole('button', { name: 'Back' }).click();
  await checkScreen(page, 'en', '11-high-contrast-answer', false);
  await page.keyboard.press('Shift');
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 500));
  await page.clock.runFor(21_000);
  await expect(page.getByTestId('still-there')).toBeVisible();
  // axe needs running timers; the countdown has 9 s left, plenty for one check.
  await page.clock.resume();
  await checkScreen(page, 'en', '12-kiosk-countdown', false);
});

test.describe('reflow at 320 px wide with the largest text (WCAG 1.4.10)', () => {
  test.use({ viewport: { width: 320, height: 900 } });

  for (const code of ['en', 'ar'] as const) {
    test(`nothing scrolls sideways in ${code}`, async ({ page }) => {
      // Polled: a screen may overflow for a moment while its fonts swap in.
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      await page.goto('/');
      await chooseLanguage(page, code);
      await openNav(page, -1);
      await page.locator('input[value="larger"]').check();
      await page.locator('.back').click();
      await expect.poll(overflow, { message: 'start' }).toBeLessThanOrEqual(0);
      await begin(page);
      await expect.poll(overflow, { message: 'jurisdiction' }).toBeLessThanOrEqual(0);
      await chooseJurisdiction(page, 'WI');
      await expect.poll(overflow, { message: 'status' }).toBeLessThanOrEqual(0);
      await chooseStatus(page, 'unsure');
      await page.locator('details.show-source').first().evaluate((d) => d.setAttribute('open', ''));
      await expect.poll(overflow, { message: 'answer' }).toBeLessThanOrEqual(0);
      for (const [i, name] of [[1, 'timeline'], [2, 'questions'], [3, 'about']] as const) {
        await openNav(page, i);
        await expect.poll(overflow, { message: name }).toBeLessThanOrEqual(0);
      }
      await page.locator('section[aria-labelledby="about-licence"] button').click();
      await expect(page.getByTestId('third-party-notices')).toBeVisible();
      await expect.poll(overflow, { message: 'third-party licences' }).toBeLessThanOrEqual(0);
    });
  }
});
