// The later screens are their own chunks, fetched while the page is idle. Once fetched, the
// tap that asks for a screen draws it: before the page's next task, not after React has held
// it back behind an empty fallback (up to 300 ms, as with React's lazy() alone: the first
// visit to the timeline took 317 ms, the first answer 324 ms).
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { begin, chooseJurisdiction, chooseLanguage } from './helpers.ts';

/** Clicks `target` from inside the page; whether `shown` is on the page by the next task. */
function drawnByNextTask(page: Page, target: string, shown: string): Promise<boolean> {
  return page.evaluate(([t, s]) => new Promise<boolean>((resolve) => {
    document.querySelector<HTMLElement>(t)!.click();
    setTimeout(() => resolve(document.querySelector(s) !== null), 0);
  }), [target, shown] as const);
}

/** The later screens' chunks are fetched once the page is idle (App.tsx). */
async function laterScreensFetched(page: Page) {
  await page.waitForLoadState('networkidle');
}

for (const [view, position] of [['timeline', 1], ['questions', 2], ['about', 3], ['settings', 4]] as const) {
  test(`the ${view} screen is drawn by the tap that opens it`, async ({ page }) => {
    await page.goto('/');
    await chooseLanguage(page, 'en');
    await laterScreensFetched(page);
    expect(await drawnByNextTask(page, `#app-nav li:nth-child(${position}) button`, `[data-view="${view}"] main h1`)).toBe(true);
  });
}

test('the answer screen is drawn by the tap on Continue', async ({ page }) => {
  await page.goto('/');
  await chooseLanguage(page, 'en');
  await begin(page);
  await chooseJurisdiction(page, 'CA');
  await laterScreensFetched(page);
  await page.locator('input[data-status="unsure"] + label').click();
  expect(await drawnByNextTask(page, '[data-testid="continue"]', '.answer-screen li.card')).toBe(true);
});
