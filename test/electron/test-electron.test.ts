import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ELECTRON_TESTS_CONFIG, findElectron, runElectronTests, type ElectronFound, type Run } from '../../scripts/test-electron.ts';

const missing: ElectronFound = { binary: undefined, lookedIn: 'node_modules/electron/dist' };
const present: ElectronFound = { binary: '/repo/node_modules/electron/dist/electron', lookedIn: 'node_modules/electron/dist' };

/** Records what the runner starts: the build (failing when told to) and Playwright,
 * which exits with the given code. */
function fakeRun(codes: { playwright?: number; buildFails?: boolean } = {}) {
  const ran: string[] = [];
  const logged: string[] = [];
  const run: Run = async (command, args) => {
    ran.push(`playwright ${args.slice(1).join(' ')}`);
    expect(path.basename(args[0]!)).toBe('cli.js');
    return codes.playwright ?? 0;
  };
  const build = async () => {
    ran.push('build');
    if (codes.buildFails) throw new Error('vite: renderer/main.tsx: syntax error');
  };
  return { ran, logged, deps: { run, build, log: (line: string) => logged.push(line) } };
}

describe('npm run test:electron', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('without a binary: one skip line saying where it looked, and Playwright reports the tests as skipped', async () => {
    const f = fakeRun();
    expect(await runElectronTests(missing, [], f.deps)).toBe(0);
    expect(f.logged).toEqual(['skipped: no Electron binary (looked in node_modules/electron/dist)']);
    // No build: nothing will launch. Playwright still runs, so the skips are counted.
    expect(f.ran).toEqual([`playwright test -c ${ELECTRON_TESTS_CONFIG}`]);
  });

  it('with a binary: builds the renderer, main and preload, then runs Playwright with the extra arguments', async () => {
    const f = fakeRun();
    expect(await runElectronTests(present, ['-g', 'kiosk'], f.deps)).toBe(0);
    expect(f.logged).toEqual([]);
    expect(f.ran).toEqual(['build', `playwright test -c ${ELECTRON_TESTS_CONFIG} -g kiosk`]);
  });

  it('with a binary, failing tests fail the run', async () => {
    expect(await runElectronTests(present, [], fakeRun({ playwright: 1 }).deps)).toBe(1);
  });

  it('a failed build stops the run, saying so in one line', async () => {
    const f = fakeRun({ buildFails: true });
    expect(await runElectronTests(present, [], f.deps)).toBe(1);
    expect(f.ran).toEqual(['build']);
    expect(f.logged).toEqual(['the build failed: vite: renderer/main.tsx: syntax error']);
  });

  it('looks where ELECTRON_OVERRIDE_DIST_PATH says, and says so', () => {
    const folder = path.join(path.sep, 'no', 'such', 'folder');
    vi.stubEnv('ELECTRON_OVERRIDE_DIST_PATH', folder);
    expect(findElectron()).toEqual({ binary: undefined, lookedIn: `ELECTRON_OVERRIDE_DIST_PATH=${folder}` });
  });
});
