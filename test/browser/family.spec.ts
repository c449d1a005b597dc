// A family's answer (issue 17): a navigator adds people, each with a status and whether
// they are applying, and gets one page and one printout for all of them, with what is the
// same for everyone said once. Start over leaves nothing.
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.ts';
import { chooseJurisdiction, chooseLanguage, EMPTY_STORAGE, expectedAnswer, localToday, mockSpeech, outcomesOf, spokenUtterances, storageSnapshot } from './helpers.ts';
import type { Jurisdiction, Status } from '../../rules/schema/vocabulary.ts';

interface Person { role: string; status: Status; applying: boolean }

/** No status, not applying; a citizen child, applying; a green-card partner, applying. */
const FAMILY: Person[] = [
  { role: 'me', status: 'no_status', applying: false },
  { role: 'child', status: 'citizen', applying: true },
  { role: 'partner', status: 'lpr', applying: true },
];

async function familyAnswer(page: Page, locale: string, state: Jurisdiction, people: Person[]) {
  await page.goto('/');
  await chooseLanguage(page, locale);
  await page.getByTestId('begin-family').click();
  await chooseJurisdiction(page, state);
  for (const [i, p] of people.entries()) {
    if (i > 0) await page.getByTestId('family-add').click();
    const member = page.locator(`fieldset[data-member="${i}"]`);
    await member.locator('select[data-field="role"]').selectOption(p.role);
    await member.locator('select[data-field="status"]').selectOption(p.status);
    await member.locator(`input[data-field="applying"][value="${p.applying ? 'yes' : 'no'}"]`).check();
  }
  await page.getByTestId('continue').click();
  await expect(page.locator('section.family-person')).toHaveCount(people.length);
}

/** Each category's outcome in one person's section, as on screen. */
const outcomesOfPerson = (page: Page, i: number) => page.locator(`section.family-person[data-person="${i}"] li.card`).evaluateAll((cards) =>
  Object.fromEntries(cards.flatMap((c) => [...c.querySelectorAll('[data-category]')].map((el) => [el.getAttribute('data-category'), c.getAttribute('data-outcome')]))));

for (const state of ['CA', 'TX'] as const) {
  test(`a family of three in ${state} today: each person's answer, the shared caveats once, one printout, and Start over leaves nothing`, async ({ page }) => {
    test.setTimeout(60_000);
    await familyAnswer(page, 'en', state, FAMILY);
    for (const [i, p] of FAMILY.entries()) {
      const expected = expectedAnswer(state, p.status, localToday(), p.applying);
      expect(await outcomesOfPerson(page, i), `person ${i}`).toEqual(outcomesOf(expected));
    }
    await expect(page.locator('section.family-person').first()).toContainText('Me: No legal immigration status, not applying');
    // Said once for everyone: where the facts end, what is not known, data already shared.
    await expect(page.getByTestId('facts-end')).toHaveCount(1);
    await expect(page.locator('section.notes')).toHaveCount(1);
    await expect(page.locator('section.past')).toHaveCount(1);
    await expect(page.locator('section.notes [data-note="non-applicant-not-asked"]')).toHaveCount(1);
    const noteIds = await page.locator('section.notes [data-note]').evaluateAll((notes) => notes.map((n) => n.getAttribute('data-note')));
    expect(noteIds.length).toBeGreaterThan(1);
    expect(noteIds, 'each note once').toEqual([...new Set(noteIds)]);
    // Print: the three people, each in turn.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByTestId('print-person')).toHaveText(FAMILY.map((p) => new RegExp(`^${{ me: 'Me', child: 'My child', partner: 'My partner' }[p.role]}: `)));
    await expect(page.getByTestId('print-view').nth(2)).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
    // Start over: back to the language screen, nothing of the family anywhere.
    await page.getByTestId('start-over').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choose your language');
    await expect(page.locator('body')).not.toContainText('not applying');
    expect(await storageSnapshot(page)).toEqual(EMPTY_STORAGE);
    await chooseLanguage(page, 'en');
    await page.getByTestId('begin-family').click();
    await chooseJurisdiction(page, state);
    await expect(page.locator('fieldset[data-member]')).toHaveCount(1); // a new family starts empty
  });
}

for (const locale of ['en', 'ar', 'zh-Hans']) {
  test(`the family screens pass axe in ${locale}`, async ({ page }) => {
    await page.goto('/');
    await chooseLanguage(page, locale);
    await page.getByTestId('begin-family').click();
    await chooseJurisdiction(page, 'CA');
    await page.getByTestId('family-add').click();
    const axe = () => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect((await axe()).violations.map((v) => v.id), 'people').toEqual([]);
    await page.getByTestId('continue').click();
    await expect(page.locator('section.family-person')).toHaveCount(2);
    expect((await axe()).violations.map((v) => v.id), 'answer').toEqual([]);
  });
}

test('read aloud says each person once, and what is the same for everyone once', async ({ page }) => {
  await page.addInitScript(mockSpeech, JSON.stringify([{ name: 'Local English', lang: 'en-US', localService: true }]));
  await familyAnswer(page, 'en', 'CA', FAMILY);
  await page.getByTestId('read-aloud').click();
  const lines = (await spokenUtterances(page)).map((u) => u.text).join('\n').split('\n');
  const count = (re: RegExp) => lines.filter((l) => re.test(l)).length;
  expect([count(/^Me: /), count(/^My child: /), count(/^My partner: /)]).toEqual([1, 1, 1]);
  expect(count(/^Our sources end around April 2026\./)).toBe(1);
  expect(count(/^What is not known\.$/)).toBe(1);
  expect(count(/^Medicaid data from California was shared/)).toBe(0); // said once, under data already shared
});

test('at a kiosk, the idle reset clears the whole family', async ({ page }) => {
  await page.clock.install();
  await page.goto('/?kiosk=1&idle=30');
  await chooseLanguage(page, 'en');
  await page.getByTestId('begin-family').click();
  await chooseJurisdiction(page, 'CA');
  await page.getByTestId('family-add').click();
  await page.locator('fieldset[data-member="1"] input[data-field="applying"][value="no"]').check();
  await page.getByTestId('continue').click();
  await expect(page.locator('section.family-person')).toHaveCount(2);
  await page.clock.runFor(31_000);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choose your language');
  await expect(page.locator('body')).not.toContainText('not applying');
  await chooseLanguage(page, 'en');
  await page.getByTestId('begin-family').click();
  await chooseJurisdiction(page, 'CA');
  await expect(page.locator('fieldset[data-member]')).toHaveCount(1);
});
