// Real-Electron tests of the built app. Run them with `npm run test:electron`
// (scripts/test-electron.ts), which builds first and says why when they are skipped.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  // A folder of its own: each Playwright run empties its output folder first.
  outputDir: '../../test-results/electron-real',
  // Each test starts its own Electron with a window; one at a time keeps the start-up time honest.
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: true,
  reporter: [['list']],
});
