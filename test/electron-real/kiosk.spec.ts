// Kiosk mode in real Electron, from a kiosk config file (--kiosk-config=PATH): the idle
// reset and the staff PIN that leaves it. The browser tests see the renderer's half only.
// (A kiosk that cannot be closed, and one whose config is broken: hardening.spec.ts.)
import { test, expect } from './launch.ts';
import { chooseLanguage, threeTaps } from '../browser/helpers.ts';
import { hashPin } from '../../electron/main/kiosk-pin.ts';

const PIN = '246813';
// 30 s is the shortest idle timeout the config allows (kioskConfigSchema).
const kiosk = { idleTimeoutSeconds: 30, exitPin: hashPin(PIN) };

test('an idle kiosk wipes the answer, the clipboard and the page, and goes back to the language screen', async ({ launch }) => {
  test.setTimeout(90_000);
  const { app, window } = await launch({ kiosk });
  await threeTaps(window, 'en', 'CA', 'citizen');
  // What the person copied, and a mark only this page load carries (security review L5).
  await app.evaluate(({ clipboard }) => clipboard.writeText('California, citizen'));
  await window.evaluate(() => { (globalThis as { mdnMark?: number }).mdnMark = 1; });
  await expect(window.getByRole('alertdialog', { name: 'Are you still there?' })).toBeVisible({ timeout: 35_000 });
  await expect(window.getByRole('heading', { level: 1 })).toHaveText('Choose your language', { timeout: 35_000 });
  await expect(window.locator('.answer-screen')).toHaveCount(0);
  await expect.poll(() => app.evaluate(({ clipboard }) => clipboard.readText())).toBe('');
  await expect.poll(() => window.evaluate(() => (globalThis as { mdnMark?: number }).mdnMark ?? null)).toBeNull(); // reloaded
});

test('staff leave kiosk mode with the PIN, and only with it', async ({ launch }) => {
  const { app, window } = await launch({ kiosk });
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => w.isKiosk()))).toEqual([true]);
  // The links appear once a language is chosen (the first screen asks only that).
  await chooseLanguage(window, 'en');
  await window.getByRole('button', { name: 'About this app' }).click();
  const pin = window.getByLabel('Staff PIN');
  const leave = window.getByRole('button', { name: 'Leave kiosk mode' });
  await pin.fill('000000');
  await leave.click();
  await expect(window.getByTestId('exit-result')).toContainText('The app did not close.');
  await pin.fill(PIN);
  const closed = app.waitForEvent('close');
  await leave.click();
  await closed;
  expect(app.process().exitCode).toBe(0);
});
