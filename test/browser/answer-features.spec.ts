// Answer screen features: bilingual view, English beside a machine translation, the
// out-of-date notice, read-aloud only with a local voice, "Show source" with plain-text
// addresses.
import { test, expect } from './fixtures.ts';
import { begin, chooseJurisdiction, expectedAnswer, fillPastDate, localToday, mockSpeech, outcomesOf, shownOutcomes, spokenUtterances, threeTaps } from './helpers.ts';

test('two languages side by side show the same answer', async ({ page }) => {
  await page.goto('/');
  await threeTaps(page, 'en', 'WI', 'unsure');
  await page.getByLabel('Second language').selectOption('ar');
  const columns = page.locator('.answer-column');
  await expect(columns).toHaveCount(2);
  await expect(columns.nth(1)).toHaveAttribute('dir', 'rtl');
  await expect(columns.nth(1)).toHaveAttribute('lang', 'ar');
  const expected = outcomesOf(expectedAnswer('WI', 'unsure', localToday()));
  expect(await shownOutcomes(page, 0)).toEqual(expected);
  expect(await shownOutcomes(page, 1)).toEqual(expected);
  await expect(columns.nth(1).locator('.notice-machine')).toBeVisible();
});

test('a navigator can switch language mid-conversation without losing the answer', async ({ page }) => {
  await page.goto('/');
  await threeTaps(page, 'en', 'TX', 'unsure');
  await page.getByLabel('Language', { exact: true }).selectOption('zh-Hans');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('您的答案');
  const expected = outcomesOf(expectedAnswer('TX', 'unsure', localToday()));
  expect(await shownOutcomes(page)).toEqual(expected);
});

test('a machine translation says so, in its language, with English one tap away', async ({ page }) => {
  await page.goto('/');
  await threeTaps(page, 'zh-Hans', 'CA', 'lpr');
  const notice = page.getByTestId('machine-notice');
  await expect(notice).toContainText('本文由计算机翻译');
  await notice.getByRole('button').click();
  await expect(page.locator('.answer-column')).toHaveCount(2);
  await expect(page.locator('.answer-column').nth(1)).toHaveAttribute('lang', 'en');
  await expect(page.locator('.answer-column').nth(1)).toContainText('Your home address');
});

test('"Show English beside it" and "Second language" are one setting (UX review #11)', async ({ page }) => {
  await page.goto('/');
  await threeTaps(page, 'vi', 'CA', 'lpr');
  const toggle = page.getByTestId('machine-notice').getByRole('button');
  const second = page.locator('.tools select');
  const columnLangs = () => page.locator('.answer-column').evaluateAll((cs) => cs.map((c) => c.getAttribute('lang')));
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(second).toHaveValue('en');
  await expect.poll(columnLangs).toEqual(['vi', 'en']);
  // Another language in the select replaces English, and the toggle says so.
  await second.selectOption('zh-Hans');
  await expect.poll(columnLangs).toEqual(['vi', 'zh-Hans']);
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  // None is one language.
  await toggle.click();
  await second.selectOption('');
  await expect(page.locator('.answer-column')).toHaveCount(1);
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
});

test('English beside a machine translation also labels the choices', async ({ page }) => {
  await page.goto('/');
  await page.locator('button[data-locale="ar"]').click();
  await page.getByTestId('machine-notice').getByRole('button').click();
  await begin(page);
  await expect(page.locator('input[data-jurisdiction="TX"] + label .bi-en')).toHaveText('Texas');
  await chooseJurisdiction(page, 'TX');
  await expect(page.locator('input[data-status="no_status"] + label .bi-en')).toHaveText('No legal immigration status');
  await expect(page.locator('input[data-status="no_status"] + label .bi-en')).toHaveAttribute('lang', 'en');
});

test('English has no machine-translation notice', async ({ page }) => {
  await page.goto('/');
  await threeTaps(page, 'en', 'CA', 'lpr');
  await expect(page.getByTestId('machine-notice')).toHaveCount(0);
});

test('an answer inside the sources carries an out-of-date notice once they are older than allowed', async ({ page }) => {
  await page.goto('/');
  await threeTaps(page, 'en', 'CA', 'no_status');
  await page.getByRole('button', { name: 'Timeline' }).click();
  await fillPastDate(page, '2025-09-01');
  await page.getByRole('button', { name: 'Show the answer on this date' }).click();
  // The sources end about April 2026, more than the preview's 90 days ago.
  await expect(page.getByTestId('stale')).toHaveText('This information may be out of date. Our sources end around April 2026. Things may have changed since then.');
  await expect(page.getByTestId('facts-end')).toHaveCount(0);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('print-facts').first()).toContainText('This information may be out of date.');
});

test('no notice while the sources are fresh and the answer is inside them', async ({ page }) => {
  const { shippedBundle } = await import('../../rules/data/index.ts');
  await page.clock.setFixedTime(new Date(`${shippedBundle.factsThrough.date}T12:00:00`));
  await page.goto('/');
  await threeTaps(page, 'en', 'CA', 'no_status');
  await expect(page.locator('.answer-screen')).toBeVisible();
  await expect(page.getByTestId('stale')).toHaveCount(0);
  await expect(page.getByTestId('facts-end')).toHaveCount(0);
  await expect(page.getByTestId('answer-columns').getByText('This data is protected on this date')).toBeVisible();
});

test('Show source reveals the citations, exact words and our summaries each labelled as such; addresses are text, never links', async ({ page }) => {
  await page.goto('/');
  await threeTaps(page, 'en', 'CA', 'no_status');
  // The card that lists health records; its one "Show source" holds the citations of every
  // category in it, each once, in the order they first appear.
  const card = page.locator('.answer-column li.card').filter({ has: page.locator('[data-category="medical_records"]') });
  await card.getByText('Show source').click();
  const expected = expectedAnswer('CA', 'no_status', localToday()).answers.find((a) => a.category === 'medical_records')!;
  expect(expected.citations.some((c) => 'quote' in c) && expected.citations.some((c) => 'summary' in c)).toBe(true);
  const words = await card.locator('.citation').evaluateAll((cs) => cs.map((c) => (c.querySelector('blockquote, .citation-summary')!.textContent ?? '')));
  for (const c of expected.citations) {
    const shown = card.locator('.citation').nth(words.indexOf('quote' in c ? `“${c.quote}”` : c.summary));
    if ('quote' in c) {
      await expect(shown.locator('blockquote')).toHaveText(`“${c.quote}”`);
      await expect(shown).toContainText('Exact words');
    } else {
      await expect(shown.locator('.citation-summary')).toHaveText(c.summary);
      await expect(shown).toContainText('Our summary (not their exact words)');
      await expect(shown).not.toContainText('Exact words');
    }
  }
  await expect(page.locator('a[href]')).toHaveCount(0);
});

test.describe('read aloud', () => {

  test('is offered with a local voice for the language, and uses it', async ({ page }) => {
    const voices = [{ name: 'Remote Arabic', lang: 'ar-EG', localService: false }, { name: 'Local Arabic', lang: 'ar-SA', localService: true }];
    await page.addInitScript(mockSpeech, JSON.stringify(voices));
    await page.goto('/');
    await threeTaps(page, 'ar', 'CA', 'citizen');
    await page.getByTestId('read-aloud').click();
    expect((await spokenUtterances(page)).map((u) => u.voice)).toEqual(['Local Arabic']);
  });

  test('says there is no voice, instead of vanishing, when only a network voice exists (UX review #9)', async ({ page }) => {
    const voices = [{ name: 'Remote Arabic', lang: 'ar-EG', localService: false }, { name: 'Local English', lang: 'en-US', localService: true }];
    await page.addInitScript(mockSpeech, JSON.stringify(voices));
    await page.goto('/');
    await threeTaps(page, 'ar', 'CA', 'citizen');
    await expect(page.getByTestId('read-aloud')).toBeDisabled();
    await expect(page.getByTestId('no-voice')).toBeVisible();
    await page.locator('.tools').screenshot({ path: 'test/artifacts/screenshots/no-voice-ar.png' });
    await page.locator('#switch-language').selectOption('en');
    await expect(page.getByTestId('read-aloud')).toBeEnabled();
    await expect(page.getByTestId('no-voice')).toHaveCount(0);
  });
});
