// The zero-network recorder must be able to fail: an injected external fetch, image and
// WebSocket are all recorded (negative control). And the app's CSP itself refuses a
// fetch off the device before it becomes a request.
import { test, expect } from './fixtures.ts';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/csp.ts';

test.describe('negative control', () => {
  // Lift the CSP so the injected requests reach the network layer the recorder watches.
  test.use({ allowExternalRequests: true, allowPageErrors: true, bypassCSP: true });

  test('the recorder catches injected external requests', async ({ page, network }) => {
    await page.goto('/');
    await page.evaluate(async () => {
      await fetch('https://example.invalid/probe.json').catch(() => undefined);
      await new Promise<void>((resolve) => {
        const img = new Image();
        img.onerror = img.onload = () => resolve();
        img.src = 'https://tracker.example.invalid/pixel.png';
      });
      await new Promise<void>((resolve) => {
        const ws = new WebSocket('wss://ws.example.invalid/socket');
        ws.onclose = ws.onerror = () => resolve();
      });
    });
    await expect.poll(() => network.external.length).toBeGreaterThanOrEqual(3);
    expect(network.external.join('\n')).toContain('https://example.invalid/probe.json');
    expect(network.external.join('\n')).toContain('https://tracker.example.invalid/pixel.png');
    expect(network.external.join('\n')).toContain('wss://ws.example.invalid/socket');
  });
});

test.describe('the app’s CSP', () => {
  test.use({ allowPageErrors: true });

  // The preview sends the CSP as a header; the built page must carry it too, first in
  // <head>, so it holds wherever the file is loaded from.
  test('the built page carries the same policy as a meta tag, before anything that loads', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('head > meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', CONTENT_SECURITY_POLICY);
    expect(await page.evaluate(() => document.head.firstElementChild?.getAttribute('http-equiv'))).toBe('Content-Security-Policy');
  });

  test('blocks a fetch off the device, and says so', async ({ page, network, pageErrors }) => {
    await page.goto('/');
    const outcome = await page.evaluate(() => fetch('https://example.invalid/x').then(() => 'sent', (e: Error) => `refused: ${e.name}`));
    expect(outcome).toMatch(/^refused/);
    expect(network.external).toEqual([]);
    await expect.poll(() => pageErrors.join('\n')).toContain('Content Security Policy');
  });
});
