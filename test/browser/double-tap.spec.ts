// UX review #1 (a blocker): a touch double tap, two taps 150–250 ms apart at one spot, on
// a state used to answer the status question, and on a status reached Print. Here every
// state tile and every status tile is double-tapped, and so is every button that moves the
// person on (a language, Start, Continue, Change), at a phone, a laptop and a kiosk size.
// Never may an answer show for a status the person did not choose, nor Print be called.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { STATUSES, JURISDICTION_CODES, type Status } from '../../rules/schema/vocabulary.ts';
import english from '../../locales/en/ui.json' with { type: 'json' };

/** The second tap comes 150, 200 or 250 ms after the first, in turn. */
const GAPS = [150, 200, 250];
let taps = 0;

async function doubleTap(page: Page, selector: string) {
  const target = page.locator(selector);
  // In the middle of the screen: a tile at the bottom edge is under the Continue bar, where
  // a finger taps Continue (what it sees), not the tile.
  await target.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const box = (await target.boundingBox())!;
  const x = box.x + box.width / 2, y = box.y + box.height / 2;
  await page.touchscreen.tap(x, y);
  await page.waitForTimeout(GAPS[taps++ % GAPS.length]!);
  await page.touchscreen.tap(x, y);
  // Let anything the second tap set off happen before looking.
  await page.waitForTimeout(300);
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const printCalls = (page: Page) => page.evaluate(() => (window as unknown as { printCalls: number }).printCalls);

/** The answer on screen is for `status`, and nothing was printed. */
async function expectAnswerFor(page: Page, status: Status) {
  await expect(page.locator('.answer-screen')).toBeVisible();
  await expect(page.getByTestId('you-said').locator('[data-you-said="status"] .you-said-value')).toHaveText(english.status[status].label);
  expect(await printCalls(page)).toBe(0);
}

const SIZES = [
  { name: 'phone', viewport: { width: 390, height: 844 }, url: '/' },
  { name: 'laptop', viewport: { width: 1366, height: 768 }, url: '/' },
  { name: 'kiosk', viewport: { width: 1080, height: 1920 }, url: '/?kiosk=1' },
];

for (const size of SIZES) {
  test.describe(`touch double taps at ${size.name} size`, () => {
    test.use({ viewport: size.viewport, hasTouch: true });
    test.beforeEach(async ({ page }) => {
      await page.addInitScript(() => {
        const w = window as unknown as { printCalls: number };
        w.printCalls = 0;
        window.print = () => { w.printCalls++; };
      });
    });

    test(`no double tap answers a question the person did not answer, or prints (${size.name})`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.goto(size.url);
      await expect(page.locator('html')).toHaveAttribute('data-app-ready', 'true');
      await doubleTap(page, 'button[data-locale="en"]');
      await expect(heading(page)).toHaveText('What this app tells you');

      await doubleTap(page, '[data-testid="begin"]');
      await expect(heading(page)).toHaveText('Where do you get Medicaid?');
      await expect(page.locator('input[data-jurisdiction]:checked')).toHaveCount(0);

      // Every position on the state screen: the tile is chosen, and nothing moves on.
      for (const j of JURISDICTION_CODES) {
        await doubleTap(page, `input[data-jurisdiction="${j}"] + label`);
        await expect(page.locator('input[data-jurisdiction]:checked'), j).toHaveAttribute('data-jurisdiction', j);
        await expect(heading(page), j).toHaveText('Where do you get Medicaid?');
      }

      await page.locator('input[data-jurisdiction="CA"] + label').click();
      await doubleTap(page, '[data-testid="continue"]');
      await expect(heading(page)).toHaveText('What is your immigration status?');
      await expect(page.locator('input[data-status]:checked')).toHaveCount(0);
      await expect(page.locator('.choice-error')).toHaveCount(0); // the second tap did not press Continue here

      for (const [i, status] of STATUSES.entries()) {
        if (i > 0) {
          // Back to the status question from the answer, with a double tap on Change.
          await doubleTap(page, '[data-change="status"]');
          await expect(heading(page)).toHaveText('What is your immigration status?');
          await expect(page.locator('input[data-status]:checked')).toHaveAttribute('data-status', STATUSES[i - 1]!);
        }
        await doubleTap(page, `input[data-status="${status}"] + label`);
        await expect(heading(page), status).toHaveText('What is your immigration status?');
        await expect(page.locator('input[data-status]:checked')).toHaveAttribute('data-status', status);
        await doubleTap(page, '[data-testid="continue"]');
        await expectAnswerFor(page, status);
      }
      expect(await printCalls(page)).toBe(0);
    });
  });
}
