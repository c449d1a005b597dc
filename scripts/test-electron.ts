// `npm run test:electron [-- playwright args]`: the real-Electron tests (test/electron-real)
// on the built app. Where no Electron binary is installed (this project's own build machine
// cannot download one) it says so in one line and Playwright still runs, reporting every
// test as skipped: a skip is counted, never silent. With a binary, the renderer, main and
// preload are built first, and the exit code is Playwright's, so a failing test fails the run.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { installedElectronBinary, repoRoot } from './start.ts';
import { buildApp } from './build-app.ts';

export const ELECTRON_TESTS_CONFIG = 'test/electron-real/playwright.config.ts';

export interface ElectronFound {
  binary: string | undefined;
  /** Where the binary was looked for, in words, for the skip line. */
  lookedIn: string;
}

/** The binary `npm start` would launch (scripts/start.ts), and where it was looked for.
 * Unlike `npm start`, this never runs Electron's installer. */
export function findElectron(): ElectronFound {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const lookedIn = override
    ? `ELECTRON_OVERRIDE_DIST_PATH=${override}`
    : 'node_modules/electron/dist, as named by node_modules/electron/path.txt; ELECTRON_OVERRIDE_DIST_PATH is not set';
  return { binary: installedElectronBinary(), lookedIn };
}

export const skipLine = (found: ElectronFound): string => `skipped: no Electron binary (looked in ${found.lookedIn})`;

/** Runs a command to its end; resolves with its exit code. */
export type Run = (command: string, args: readonly string[]) => Promise<number>;

export interface RunnerDeps {
  run: Run;
  /** Builds the app (scripts/build-app.ts); throws when a build fails. */
  build: () => Promise<void>;
  log: (line: string) => void;
}

export async function runElectronTests(found: ElectronFound, playwrightArgs: readonly string[], { run, build, log }: RunnerDeps): Promise<number> {
  if (found.binary) {
    try {
      await build();
    } catch (e) {
      log(`the build failed: ${(e as Error).message.split('\n')[0]}`);
      return 1;
    }
  } else {
    log(skipLine(found));
  }
  const cli = path.join(repoRoot, 'node_modules', '@playwright', 'test', 'cli.js');
  return run(process.execPath, [cli, 'test', '-c', ELECTRON_TESTS_CONFIG, ...playwrightArgs]);
}

const spawnInRepo: Run = (command, args) => new Promise((resolve) => {
  // npm is npm.cmd on Windows, which only a shell can start.
  const child = spawn(command, args, { cwd: repoRoot, stdio: 'inherit', shell: command === 'npm' && process.platform === 'win32' });
  child.on('error', () => resolve(1));
  child.on('exit', (code) => resolve(code ?? 1));
});

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exit(await runElectronTests(findElectron(), process.argv.slice(2), { run: spawnInRepo, build: () => buildApp(), log: (line) => console.log(line) }));
}
