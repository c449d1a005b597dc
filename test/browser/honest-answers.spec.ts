// Honest answers (brief §2, §4): an answer dated after the sources end says so first, on
// screen (inside the first screenful, at laptop and phone sizes), on paper and aloud; the
// summary names every outcome present; the printout carries what is not known, data
// already shared and where to get help.
import { test, expect } from './fixtures.ts';
import { begin, chooseJurisdiction, chooseStatus, expectedAnswer, localToday, mockSpeech, spokenUtterances, threeTaps } from './helpers.ts';

const SIZES = [{ width: 1366, height: 768 }, { width: 390, height: 844 }];

for (const locale of ['en', 'ar', 'zh-Hans']) {
  for (const size of SIZES) {
    test(`${locale} at ${size.width}×${size.height}: where the facts end is inside the first screenful of today's answer`, async ({ page }) => {
      await page.setViewportSize(size);
      await page.goto('/');
      await threeTaps(page, locale, 'CA', 'pending_or_daca');
      const notice = page.getByTestId('facts-end');
      await expect(notice).toBeVisible();
      await page.evaluate(() => window.scrollTo(0, 0));
      const box = (await notice.boundingBox())!;
      expect(box.y + box.height, `notice ends at ${Math.round(box.y + box.height)} px`).toBeLessThanOrEqual(size.height);
    });
  }
}

test('the summary names every outcome present, never "none of your data" above unclear items', async ({ page }) => {
  await page.goto('/');
  await threeTaps(page, 'en', 'CA', 'pending_or_daca');
  const expected = expectedAnswer('CA', 'pending_or_daca', localToday());
  const unclear = expected.answers.filter((a) => a.outcome === 'unclear').length;
  const protectedCount = expected.answers.filter((a) => a.outcome === 'protected').length;
  expect(unclear).toBeGreaterThan(0);
  const summary = page.getByTestId('summary');
  await expect(summary).toContainText(`For ${unclear} kinds of data, no one knows for sure yet if they may be shared.`);
  await expect(summary).toContainText(`${protectedCount} kinds of data were protected when our sources end.`);
  await expect(summary).toContainText('Medicaid data from California was shared with immigration officials before this date.');
  await expect(summary).not.toContainText('None of your data');
  // Outcome labels never say "now".
  await expect(page.locator('.answer-screen')).not.toContainText(/Protected now|right now/);
});

test('the printed page carries where the facts end, what is not known, data already shared and where to get help', async ({ page }) => {
  await page.goto('/?kiosk=1&help=Front%20desk%2C%20room%202');
  await page.locator('button[data-locale="en"]').click();
  await begin(page);
  await chooseJurisdiction(page, 'CA');
  await chooseStatus(page, 'no_status');
  const expected = expectedAnswer('CA', 'no_status', localToday());
  await page.emulateMedia({ media: 'print' });
  const paper = page.getByTestId('print-view');
  await expect(paper.getByTestId('print-facts')).toHaveText(/^Our sources end around April 2026\./);
  const notes = paper.getByTestId('print-notes');
  await expect(notes.locator('li')).toHaveCount(expected.notes.length);
  await expect(notes).toContainText('We do not know how the judge ruled.');
  await expect(paper.getByTestId('print-past').locator('li')).toHaveCount(expected.pastDisclosures.length);
  await expect(paper.getByTestId('print-past')).toContainText('Medicaid data from this state was given to DHS');
  const help = paper.getByTestId('print-help');
  await expect(help.locator('> *').first()).toContainText('Front desk, room 2');
  await expect(help).toContainText('https://pifcoalition.org/medicaid');
  await expect(paper).toContainText('This app is not legal advice.');
});

test('read aloud says where the facts end first, then the caveats and where to get help', async ({ page }) => {
  await page.addInitScript(mockSpeech, JSON.stringify([{ name: 'Local English', lang: 'en-US', localService: true }]));
  await page.goto('/?kiosk=1&help=Front%20desk%2C%20room%202');
  await page.locator('button[data-locale="en"]').click();
  await begin(page);
  await chooseJurisdiction(page, 'TX');
  await chooseStatus(page, 'citizen');
  await page.getByTestId('read-aloud').click();
  const text = (await spokenUtterances(page)).map((u) => u.text).join('\n');
  const lines = text.split('\n');
  expect(lines[2]).toMatch(/^Our sources end around April 2026\./);
  for (const part of ['What is not known.', 'Data that was already shared.', 'Where to get help.', 'Front desk, room 2', 'This app is not legal advice.']) expect(text).toContain(part);
  expect(text.indexOf('Front desk, room 2')).toBeLessThan(text.indexOf('Protecting Immigrant Families'));
});

test('the timeline ends where the sources end', async ({ page }) => {
  await page.goto('/');
  await threeTaps(page, 'en', 'CA', 'citizen');
  await page.getByRole('button', { name: 'Timeline' }).click();
  const last = page.locator('ol.events > li').last();
  await expect(last).toHaveAttribute('data-testid', 'sources-end');
  await expect(last).toContainText('This is where our sources stop: around April 2026.');
});

test('the end of the answer says "not legal advice" and "checked on" once, in the footer (UX review #17)', async ({ page }) => {
  await page.goto('/');
  await threeTaps(page, 'en', 'CA', 'no_status');
  await expect(page.locator('.card').first()).toBeVisible();
  for (const words of ['This app is not legal advice.', 'We last checked our sources on']) {
    await expect(page.getByText(words).locator('visible=true')).toHaveCount(1);
    await expect(page.locator('.app-footer')).toContainText(words);
  }
});

test('the timeline heading says the order the events are in (UX review #17)', async ({ page }) => {
  await page.goto('/');
  await threeTaps(page, 'en', 'CA', 'citizen');
  await page.getByRole('button', { name: 'Timeline' }).click();
  await expect(page.locator('#events-title')).toHaveText('The main events, oldest first');
  const dates = await page.locator('ol.events time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
  expect(dates).toEqual([...dates].sort());
});
