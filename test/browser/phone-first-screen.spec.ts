// On a 390×844 phone the first screen of every answer holds its summary (UX review #8: in
// Arabic and Vietnamese the header and notices used to fill it). Every status, in a lawsuit
// state and one that is not, in English, Arabic and Vietnamese; the statuses are changed
// from the answer ("Change"), as a person would.
import { test, expect } from './fixtures.ts';
import { chooseStatus, threeTaps, waitOutDoubleTap } from './helpers.ts';
import { STATUSES } from '../../rules/schema/vocabulary.ts';

const PHONE = { width: 390, height: 844 };
test.use({ viewport: PHONE });

for (const locale of ['en', 'ar', 'vi']) {
  for (const state of ['CA', 'TX'] as const) {
    test(`${locale}, ${state}: the whole summary is on the first screen of every answer`, async ({ page }) => {
      test.setTimeout(60_000);
      await page.goto('/');
      await threeTaps(page, locale, state, STATUSES[0]);
      const ends: Record<string, number> = {};
      for (const [i, status] of STATUSES.entries()) {
        if (i > 0) {
          await waitOutDoubleTap(page);
          await page.locator('[data-change="status"]').click();
          await chooseStatus(page, status);
        }
        await expect(page.locator('.answer-screen')).toBeVisible();
        await page.evaluate(() => window.scrollTo(0, 0));
        const box = (await page.getByTestId('summary').first().boundingBox())!;
        ends[status] = Math.round(box.y + box.height);
      }
      console.log(`${locale} ${state}: summary ends at ${JSON.stringify(ends)} (screen ${PHONE.height} px)`);
      expect(Object.entries(ends).filter(([, end]) => end > PHONE.height)).toEqual([]);
    });
  }
}
