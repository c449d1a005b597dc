// Kiosk behaviour through the preview's query flags (renderer/api/previewFlags.ts).
import { test, expect } from './fixtures.ts';
import { begin, chooseStatus, expectedAnswer, localToday, outcomesOf, shownOutcomes } from './helpers.ts';

test('preset state skips its question, the kiosk language list is honoured, clinic help is shown', async ({ page }) => {
  await page.goto('/?kiosk=1&state=CA&langs=zh-Hans,en&help=Front%20desk%2C%20room%202');
  await expect(page.locator('button[data-locale]')).toHaveCount(2);
  expect(await page.locator('button[data-locale]').evaluateAll((b) => b.map((e) => e.getAttribute('data-locale')))).toEqual(['zh-Hans', 'en']);
  await page.locator('button[data-locale="en"]').click();
  await expect(page.getByText('We ask you 1 question.')).toBeVisible();
  await begin(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What is your immigration status?');
  await expect(page.getByText('Step 2 of 2')).toBeVisible();
  await expect(page.getByText('This clinic is in California.')).toBeVisible();
  await chooseStatus(page, 'citizen');
  expect(await shownOutcomes(page)).toEqual(outcomesOf(expectedAnswer('CA', 'citizen', localToday())));
  await expect(page.getByRole('heading', { name: 'Help at this clinic' })).toBeVisible();
  await expect(page.locator('section.help').getByText('Front desk, room 2')).toBeVisible();
  // On paper too, before the other resources.
  await expect(page.getByTestId('print-help').locator('> *').first()).toContainText('Front desk, room 2');
  // Printing only: a saved file would stay on the kiosk for the next person.
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save as PDF' })).toHaveCount(0);
});

test('"Still there?" keeps the answer when the person answers it', async ({ page }) => {
  // The page's clock is the test's: the idle time passes at once, not in real seconds.
  await page.clock.install();
  await page.goto('/?kiosk=1&idle=6&state=TX');
  await page.locator('button[data-locale="en"]').click();
  await begin(page);
  await chooseStatus(page, 'lpr');
  const dialog = page.getByRole('alertdialog', { name: 'Are you still there?' });
  await page.clock.runFor(3_000);
  await expect(dialog).toHaveCount(0); // not yet: 6 s idle, the last 2 counted down
  await page.clock.runFor(1_500);
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(/This screen will clear in \d seconds?\./);
  await expect(dialog.getByRole('button')).toBeFocused();
  await dialog.getByRole('button', { name: 'Yes, I am still here' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.locator('.answer-screen')).toBeVisible();
});

test('kiosk and rules warnings are shown to the user', async ({ page }) => {
  await page.goto('/?kioskWarning=The%20kiosk%20config%20is%20broken&rulesWarning=Using%20the%20shipped%20rules');
  await expect(page.getByTestId('kiosk-warning')).toContainText('The kiosk config is broken');
  await expect(page.getByTestId('rules-warning')).toContainText('Using the shipped rules');
});

test('a kiosk whose settings cannot be used shows only "This kiosk needs staff" (security review M3)', async ({ page }) => {
  const why = 'The kiosk settings file is not valid JSON. The kiosk stays locked until staff fix the file and restart the app.';
  await page.goto(`/?needsStaff=1&kioskWarning=${encodeURIComponent(why)}`);
  const screen = page.getByTestId('needs-staff');
  await expect(screen.getByRole('heading', { level: 1 })).toHaveText('This kiosk needs staff. Please ask staff for help.');
  await expect(screen.locator('p[lang="en"]')).toHaveText(why);
  // Nothing else: no language to choose, no navigation, no About screen with a PIN field.
  await expect(page.locator('button, a, input, select')).toHaveCount(0);
  await expect(page.locator('button[data-locale]')).toHaveCount(0);
});

test('kiosk text is read from a step away: about 20 px, more for Ethiopic, a wider column in landscape (UX review #19)', async ({ page }) => {
  const rootSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/?state=TX');
  await expect(page.locator('html')).toHaveAttribute('data-app-ready', 'true');
  expect(await rootSize()).toBe(16);

  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/?kiosk=1&state=TX');
  await expect(page.locator('html')).toHaveAttribute('data-app-ready', 'true');
  expect(await rootSize()).toBe(20);
  // The laptop's 72rem column would leave a third of a landscape kiosk empty.
  expect(await page.locator('.app').evaluate((e) => e.getBoundingClientRect().width)).toBeGreaterThan(1600);
  await page.locator('button[data-locale="am"]').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'am');
  expect(await rootSize()).toBe(22);
  // "Larger" text still scales from the kiosk's base.
  await page.evaluate(() => document.documentElement.classList.add('text-larger'));
  expect(await rootSize()).toBe(33);
});
