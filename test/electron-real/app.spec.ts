// The built app in real Electron: what the browser tests (test/browser, against the preview)
// cannot show. The three taps through the real preload and IPC, zero network below the
// page, the CSP header the app:// handler serves, a real PDF, and the start-up time.
import { existsSync, readFileSync } from 'node:fs';
import type { Response } from '@playwright/test';
import { test, expect } from './launch.ts';
import { chooseLanguage, expectedAnswer, localToday, outcomesOf, shownOutcomes, threeTaps } from '../browser/helpers.ts';
import { APP_ENTRY_URL, APP_ORIGIN } from '../../electron/main/app-protocol.ts';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/csp.ts';

const isAppUrl = (url: string) => url.startsWith(`${APP_ORIGIN}/`);

test('language → state → status → the answer', async ({ launch }) => {
  const { window } = await launch();
  await threeTaps(window, 'en', 'CA', 'no_status');
  expect(await shownOutcomes(window)).toEqual(outcomesOf(expectedAnswer('CA', 'no_status', localToday())));
});

test('every request the app makes stays on app://', async ({ launch }) => {
  const { app, window, sessionRequests } = await launch();
  const inPages: string[] = [];
  app.context().on('request', (r) => inPages.push(r.url()));
  window.on('websocket', (ws) => inPages.push(ws.url()));
  await threeTaps(window, 'en', 'CA', 'unsure');
  // Another script: its words and fonts load now.
  await window.getByLabel('Language', { exact: true }).selectOption('ar');
  await expect(window.locator('html')).toHaveAttribute('lang', 'ar');
  const belowPages = await sessionRequests();
  // The session record holds the very first request, so an empty record cannot pass.
  expect(belowPages).toContain(APP_ENTRY_URL);
  // data: URLs (inline icons, which the CSP allows) are resolved inside the renderer.
  const elsewhere = [...inPages, ...belowPages].filter((url) => !isAppUrl(url) && !url.startsWith('data:'));
  expect(elsewhere, 'requests that were not to app://').toEqual([]);
});

test('the CSP header is served on every app:// response', async ({ launch }) => {
  const { window } = await launch();
  const responses: Response[] = [];
  window.on('response', (r) => {
    if (isAppUrl(r.url())) responses.push(r);
  });
  // Loaded again once the listener is on, so the document's own response is among them.
  const document = await window.reload();
  await chooseLanguage(window, 'en');
  expect(document?.url()).toBe(APP_ENTRY_URL);
  expect(responses.length).toBeGreaterThan(1);
  for (const r of responses) expect.soft(await r.headerValue('content-security-policy'), r.url()).toBe(CONTENT_SECURITY_POLICY);
});

test('Save as PDF writes the answer to the file the person chose', async ({ launch }, testInfo) => {
  const { app, window } = await launch();
  const target = testInfo.outputPath('answer.pdf');
  // A native dialog cannot be clicked from here: main's dialog answers with the path instead.
  await app.evaluate(({ dialog }, filePath) => {
    dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
  }, target);
  await threeTaps(window, 'en', 'TX', 'lpr');
  await window.getByRole('button', { name: 'Save as PDF' }).click();
  // Complete once the trailer is written.
  await expect.poll(() => existsSync(target) && readFileSync(target).subarray(-8).toString('latin1').includes('%%EOF')).toBe(true);
  expect(readFileSync(target).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expect(window.getByTestId('output-message')).toHaveText('');
});

test('start-up time: launch → first language button painted', async ({ launch }, testInfo) => {
  const started = performance.now();
  const { window } = await launch();
  await window.locator('button[data-locale]').first().waitFor();
  // A requestAnimationFrame callback runs before its frame is painted; a task queued from it, after.
  await window.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  const ms = Math.round(performance.now() - started);
  // Includes Playwright connecting to Electron: compare it with other runs of this test, not with the bench.
  console.log(`Electron start-up: ${ms} ms (launch → first language button painted)`);
  testInfo.annotations.push({ type: 'electron-start-up-ms', description: String(ms) });
});
