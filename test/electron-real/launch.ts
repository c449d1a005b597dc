// Starts the built app (out/, from scripts/build-app.ts, as `npm run test:electron` builds it) in real
// Electron, once or more per test, and closes whatever is still running after it. Without
// an Electron binary every test is skipped, with the runner's reason (scripts/test-electron.ts).
//
// No executablePath is given: Playwright then starts node_modules/electron itself (the binary
// findElectron found; ELECTRON_OVERRIDE_DIST_PATH included, electron/index.js resolves it the
// same way) and adds its loader, which holds the app's `ready` back until Playwright is
// connected, so nothing the window does happens unseen.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { _electron, test as base, type ElectronApplication, type Page } from '@playwright/test';
import type { z } from 'zod';
import { KIOSK_CONFIG_FLAG, parseKioskConfig, type kioskConfigSchema } from '../../electron/main/kiosk-config.ts';
import { repoRoot } from '../../scripts/start.ts';
import { findElectron, skipLine } from '../../scripts/test-electron.ts';

const HARNESS = path.join(repoRoot, 'test', 'electron-real', 'harness.cjs');
const electron = findElectron();

export interface LaunchOptions {
  /** Written to a file and passed as --kiosk-config=PATH. */
  kiosk?: z.input<typeof kioskConfigSchema>;
  /** The file's text as it is, however broken, passed as --kiosk-config=PATH. */
  rawKioskConfig?: string;
}

export interface LaunchedApp {
  app: ElectronApplication;
  window: Page;
  /** Every URL any Electron session requested since start-up (harness.cjs). */
  sessionRequests: () => Promise<string[]>;
}

/** A config the app would turn down would lock it as "needs staff" (or, enabled: false,
 * run it in normal mode): fail here instead, and say why. A test that wants a broken config
 * passes its text as `rawKioskConfig`. */
function writeKioskConfig(file: string, config: NonNullable<LaunchOptions['kiosk']>): string {
  const raw = JSON.stringify(config);
  const { settings } = parseKioskConfig(raw);
  if (!settings.enabled || settings.needsStaff) throw new Error(`The test's kiosk config is not one the app accepts: ${settings.warning ?? 'disabled'}`);
  writeFileSync(file, raw);
  return file;
}

function processEnv(): Record<string, string> {
  return Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined));
}

async function closeIfRunning(app: ElectronApplication): Promise<void> {
  const child = app.process();
  if (child.exitCode === null && child.signalCode === null) await app.close();
}

export const test = base.extend<{ launch: (options?: LaunchOptions) => Promise<LaunchedApp> }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture needs from this pattern; this one needs none.
  launch: async ({}, use, testInfo) => {
    testInfo.skip(!electron.binary, skipLine(electron));
    const started: ElectronApplication[] = [];
    await use(async ({ kiosk, rawKioskConfig } = {}) => {
      const n = started.length;
      const userData = testInfo.outputPath(`user-data-${n}`);
      mkdirSync(userData, { recursive: true });
      const args = ['-r', HARNESS, repoRoot];
      if (kiosk) args.push(KIOSK_CONFIG_FLAG + writeKioskConfig(testInfo.outputPath(`kiosk-${n}.json`), kiosk));
      if (rawKioskConfig !== undefined) {
        const file = testInfo.outputPath(`kiosk-raw-${n}.json`);
        writeFileSync(file, rawKioskConfig);
        args.push(KIOSK_CONFIG_FLAG + file);
      }
      const app = await _electron.launch({ args, cwd: repoRoot, env: { ...processEnv(), MDN_E2E_USER_DATA: userData } });
      started.push(app);
      const sessionRequests = async () => {
        const urls = await app.evaluate(() => (globalThis as { __mdnE2eRequests?: string[] }).__mdnE2eRequests);
        if (!urls) throw new Error('harness.cjs was not loaded into the main process: nothing was recorded');
        return urls;
      };
      return { app, window: await app.firstWindow(), sessionRequests };
    });
    for (const app of started) await closeIfRunning(app);
  },
});

export { expect } from '@playwright/test';
