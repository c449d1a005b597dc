// Browser tests of the renderer, in Debian's Chromium (no browser download works here),
// against the preview server (scripts/preview.ts), which builds the renderer first.
import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.PREVIEW_TEST_PORT ?? 4391);
export const BASE_URL = `http://127.0.0.1:${PORT}/`;

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results',
  fullyParallel: true,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  forbidOnly: true,
  reporter: [['list'], ['./network-reporter.ts']],
  webServer: {
    command: 'node scripts/preview.ts',
    cwd: '../..',
    env: { PORT: String(PORT) },
    url: BASE_URL,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'pipe',
  },
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    viewport: { width: 1280, height: 900 },
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--disable-default-apps',
      ],
    },
  },
});
