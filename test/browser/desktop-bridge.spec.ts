// With a preload-style window.api (as in Electron) the renderer uses it instead of the
// preview's in-page API: the staff import button appears, and main's messages are shown.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.ts';
import { shippedBundle } from '../../rules/data/index.ts';
import { CHANNELS } from '../../electron/ipc-contract.ts';
import { chooseLanguage, threeTaps } from './helpers.ts';

const REFUSAL = 'This file is older than the rules in use (1.0.0). Nothing was changed.';
const NO_PRINTER = 'No printer is set up on this computer.';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(({ bundle, refusal, noPrinter, channels }) => {
    const rules = { version: bundle.version, dataAsOf: bundle.dataAsOf, factsThrough: bundle.factsThrough, origin: 'shipped', staleAfterDays: 90 };
    (window as unknown as { api: unknown }).api = {
      appInfo: async () => ({ appVersion: '0.1.0', shell: 'electron', rules }),
      rulesBundle: async () => bundle,
      kioskSettings: async () => ({ enabled: false, idleTimeoutSeconds: 0, helpContacts: [] }),
      importRulesBundle: async () => ({ ok: false, reason: 'older', message: refusal }),
      printAnswer: async () => ({ ok: false, reason: 'unavailable', message: noPrinter }),
      saveAnswerPdf: async () => ({ ok: false, reason: 'cancelled', message: 'Nothing was saved.' }),
      exitKiosk: async () => ({ ok: false }),
      resetSession: async () => ({ ok: false }),
    };
    // Like the preload: every declared call exists, so a call added to the contract is
    // present here too (it rejects, loudly, until a test gives it behaviour).
    const api = (window as unknown as { api: Record<string, unknown> }).api;
    for (const c of channels) api[c] ??= async () => { throw new Error(`desktop-bridge stub: ${c} not stubbed`); };
  }, { bundle: shippedBundle, refusal: REFUSAL, noPrinter: NO_PRINTER, channels: [...CHANNELS] });
});

test('staff import shows main’s exact message', async ({ page }) => {
  await page.goto('/');
  await chooseLanguage(page, 'en');
  await page.getByRole('button', { name: 'About this app' }).click();
  await page.getByRole('button', { name: 'Import rules update' }).click();
  await expect(page.getByTestId('import-result')).toContainText(REFUSAL);
  await expect(page.getByTestId('import-result')).toContainText('The old rules are still in use.');
});

test('a print that fails says why, on screen', async ({ page }) => {
  await page.goto('/');
  await threeTaps(page, 'en', 'CA', 'citizen');
  await page.getByRole('button', { name: 'Print' }).click();
  await expect(page.getByTestId('output-message')).toHaveText(`That did not work: ${NO_PRINTER}`);
  await page.getByRole('button', { name: 'Save as PDF' }).click();
  await expect(page.getByTestId('output-message')).toHaveText('Cancelled.');
});

test.describe('at a kiosk', () => {
  // Runs after the bridge above is installed: the same bridge, with kiosk mode on.
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      const api = (window as unknown as { api: Record<string, unknown> }).api;
      api.kioskSettings = async () => ({ enabled: true, idleTimeoutSeconds: 120, helpContacts: [] });
      api.exitKiosk = async (pin: string) => ({ ok: pin === '2468' });
    });
  });

  test('staff leave kiosk mode with the PIN; no file dialog is offered', async ({ page }) => {
    await page.goto('/');
    await chooseLanguage(page, 'en');
    await page.getByRole('button', { name: 'About this app' }).click();
    await expect(page.getByRole('button', { name: 'Import rules update' })).toHaveCount(0);
    const pin = page.getByLabel('Staff PIN');
    await pin.fill('1111');
    await page.getByRole('button', { name: 'Leave kiosk mode' }).click();
    await expect(page.getByTestId('exit-result')).toContainText('The app did not close.');
    await expect(pin).toHaveValue('');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await pin.fill('2468');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('exit-result')).toHaveText('The app is closing.');
  });
});
