// The three-tap flow, and the answer on screen equals the rules engine's answer.
import { test, expect } from './fixtures.ts';
import { expectedAnswer, fillPastDate, localToday, outcomesOf, shownOutcomes, threeTaps, waitOutDoubleTap } from './helpers.ts';
import { KNOWN_STATUSES, type Jurisdiction, type KnownStatus, type Status } from '../../rules/schema/vocabulary.ts';

const CASES: [Jurisdiction, Status][] = [['CA', 'no_status'], ['CA', 'citizen'], ['TX', 'unsure'], ['CA', 'unsure'], ['WI', 'pending_or_daca']];

for (const [jurisdiction, status] of CASES) {
  test(`three taps to the answer: ${jurisdiction} + ${status}`, async ({ page }) => {
    await page.goto('/');
    await threeTaps(page, 'en', jurisdiction, status);
    const expected = expectedAnswer(jurisdiction, status, localToday());
    expect(await shownOutcomes(page)).toEqual(outcomesOf(expected));
    // Grouped: "may be shared" first, then depends, unclear, protected.
    const order = await page.locator('.answer-column').first().locator('section.group').evaluateAll((s) => s.map((e) => e.className));
    const rank = ['may_be_shared', 'depends', 'unclear', 'protected'];
    const ranks = order.map((c) => rank.findIndex((r) => c.includes(`group-${r}`)));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    // "Not sure": when statuses differ, one block per group of statuses; every status is in
    // exactly one block, and each block gives, for every category, that status's own answer.
    if (status === 'unsure' && expected.answers.some((a) => a.outcome === 'depends')) {
      const blocks = await page.locator('.answer-column >> nth=0 >> .status-group').evaluateAll((gs) => gs.map((g) => ({
        statuses: g.getAttribute('data-statuses')!.split(' '),
        outcomes: Object.fromEntries([...g.querySelectorAll('[data-category]')].map((li) => [li.getAttribute('data-category'), li.closest('.status-item')!.getAttribute('data-outcome')])),
      })));
      expect(blocks.flatMap((b) => b.statuses).sort()).toEqual([...KNOWN_STATUSES].sort());
      for (const block of blocks) {
        for (const s of block.statuses) expect(block.outcomes).toEqual(outcomesOf(expectedAnswer(jurisdiction, s as KnownStatus, localToday())));
      }
    }
    // No raw i18n key ever reaches the screen.
    await expect(page.locator('body')).not.toContainText(/\b(rules:|rule\.|fallbackReason\.|answer\.)[a-z]/);
  });
}

test('a past date chosen on the timeline gives that day’s answer', async ({ page }) => {
  await page.goto('/');
  await threeTaps(page, 'en', 'CA', 'no_status');
  await page.getByRole('button', { name: 'Timeline' }).click();
  // Dates are as exact as the sources allow, and events that named the state are marked.
  await expect(page.locator('li.event[data-event="wisconsin-joins"] .event-date')).toHaveText('About August 2025 (exact date not known)');
  await expect(page.locator('li.event[data-event="june-2025-transfer"]')).toContainText('This includes California.');
  await expect(page.locator('li.event[data-event="state-reporting-laws"]')).not.toContainText('This includes California.');
  await fillPastDate(page, '2025-09-01');
  await page.getByRole('button', { name: 'Show the answer on this date' }).click();
  await expect(page.getByTestId('answer-date')).toHaveAttribute('data-date', '2025-09-01');
  await expect(page.getByRole('note')).toContainText('This is the answer for a past date.');
  await expect(page.getByTestId('print-view')).toContainText('This is the answer for a past date.');
  expect(await shownOutcomes(page)).toEqual(outcomesOf(expectedAnswer('CA', 'no_status', '2025-09-01')));
});

test('Back works on every screen, and Start over returns to the language screen', async ({ page }) => {
  await page.goto('/');
  await threeTaps(page, 'en', 'CA', 'citizen');
  const back = async () => {
    await waitOutDoubleTap(page);
    await page.getByRole('button', { name: 'Back' }).click();
  };
  await back();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What is your immigration status?');
  await back();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Where do you get Medicaid?');
  await back();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What this app tells you');
  await back();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choose your language');
  await threeTaps(page, 'en', 'TX', 'lpr');
  await page.getByTestId('start-over').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choose your language');
});

/** The start of the range message in each language: the app's words, not the browser's. */
const OUT_OF_RANGE = { es: 'Por favor, elija una fecha del 1 de enero de 2025 al', ar: 'يُرجى اختيار تاريخ من' } as const;

for (const code of ['es', 'ar'] as const) {
  test(`a future past-date gets the app's own message in ${code}, never the browser's English bubble (UX review #12)`, async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 900 });
    await page.goto('/');
    await threeTaps(page, code, 'CA', 'no_status');
    await page.locator('nav button').nth(1).click();
    const form = page.locator('.date-pick form');
    await expect(form).toHaveAttribute('novalidate', '');
    await expect(form.locator('input[name="day"]')).toHaveAttribute('type', 'text');
    await fillPastDate(page, '2027-03-01');
    await form.locator('button[type="submit"]').click();
    // Still on the timeline, with the message in the page's language: in the summary (focused) and by the fields.
    await expect(page.locator('.answer-screen')).toHaveCount(0);
    const summary = page.getByTestId('date-error-summary');
    await expect(summary).toBeFocused();
    await expect(page.getByTestId('date-error')).toContainText(OUT_OF_RANGE[code]);
    await expect(summary).toContainText(OUT_OF_RANGE[code]);
    // The whole date is out of range, so all three fields are marked.
    await expect(form.locator('input[aria-invalid="true"]')).toHaveCount(3);
    expect(await form.locator('input').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).validationMessage))).toEqual(['', '', '']);
    await page.locator('.date-pick').screenshot({ path: `test/artifacts/screenshots/date-input-${code}.png` });
  });
}
