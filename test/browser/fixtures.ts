// Shared by every spec: the zero-network recorder. Every request of every page (HTTP,
// fetch, images, beacons, WebSockets) is recorded; anything not addressed to the preview's
// own origin is blocked, and the test fails at teardown if there was any.
import { test as base, expect, type BrowserContext } from '@playwright/test';

export interface NetworkRecord {
  all: string[];
  external: string[];
}

export async function recordNetwork(context: BrowserContext, origin: string): Promise<NetworkRecord> {
  const record: NetworkRecord = { all: [], external: [] };
  const isOwn = (url: string) => url.startsWith(origin + '/') || url === origin;
  context.on('request', (r) => {
    record.all.push(`${r.method()} ${r.url()}`);
    if (!isOwn(r.url()) && !r.url().startsWith('data:')) record.external.push(`${r.method()} ${r.url()}`);
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    return isOwn(url) ? route.continue() : route.abort('blockedbyclient');
  });
  await context.routeWebSocket(/.*/, (ws) => {
    record.all.push(`WS ${ws.url()}`);
    record.external.push(`WS ${ws.url()}`);
    void ws.close();
  });
  return record;
}

export const test = base.extend<{ network: NetworkRecord; pageErrors: string[]; allowExternalRequests: boolean; allowPageErrors: boolean }>({
  allowExternalRequests: [false, { option: true }],
  allowPageErrors: [false, { option: true }],
  network: [async ({ context, baseURL, allowExternalRequests }, use, testInfo) => {
    const record = await recordNetwork(context, new URL(baseURL!).origin);
    await use(record);
    await testInfo.attach('requests', { body: record.all.join('\n'), contentType: 'text/plain' });
    // Summed up across the run by network-reporter.ts.
    testInfo.annotations.push({ type: 'requests', description: String(record.all.length) });
    if (!allowExternalRequests) expect(record.external, 'requests that left the device').toEqual([]);
  }, { auto: true }],
  // Console errors and uncaught exceptions, which include every CSP violation: the app's
  // code must run under its own strict policy without tripping it.
  pageErrors: [async ({ context, allowPageErrors }, use) => {
    const errors: string[] = [];
    context.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
    context.on('weberror', (e) => errors.push(`uncaught: ${e.error().message}`));
    await use(errors);
    if (!allowPageErrors) expect(errors, 'errors in the page').toEqual([]);
  }, { auto: true }],
});

export { expect };
