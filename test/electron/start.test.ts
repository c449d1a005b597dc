// `npm start`: finds the Electron binary, fetches it with Electron's own installer when it
// is missing, and where that fails serves the same UI through the preview instead.
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fallbackMessage, locateElectronBinary, start, type InstallResult, type StartSteps } from '../../scripts/start.ts';

const pkg = '/repo/node_modules/electron';
const files = (entries: Record<string, string>) => ({
  exists: (p: string) => p in entries,
  readText: (p: string) => entries[p] ?? '',
});

describe('finding the Electron binary', () => {
  it('finds nothing without path.txt, or when path.txt names a binary that is not there', () => {
    expect(locateElectronBinary({ electronPackageDir: pkg, ...files({}) })).toBeUndefined();
    expect(locateElectronBinary({ electronPackageDir: pkg, ...files({ [path.join(pkg, 'path.txt')]: 'electron' }) })).toBeUndefined();
  });

  it('finds the installed binary', () => {
    const binary = path.join(pkg, 'dist', 'electron');
    expect(locateElectronBinary({ electronPackageDir: pkg, ...files({ [path.join(pkg, 'path.txt')]: 'electron\n', [binary]: '' }) })).toBe(binary);
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH', () => {
    const binary = path.join('/opt/electron', 'electron');
    expect(locateElectronBinary({ electronPackageDir: pkg, overrideDistPath: '/opt/electron', ...files({ [binary]: '' }) })).toBe(binary);
  });
});

/** The steps of `npm start` with a stubbed downloader: `binaryAfterInstall` is what the
 * installer leaves behind. */
function stubbed(binaryBefore: string | undefined, install: InstallResult, binaryAfterInstall?: string) {
  let installed = false;
  const said: string[] = [];
  const steps: StartSteps = {
    locate: () => (installed ? binaryAfterInstall : binaryBefore),
    install: vi.fn(() => ((installed = true), install)),
    launch: vi.fn(async () => undefined),
    preview: vi.fn(async () => 'http://127.0.0.1:4173/'),
    say: (line) => said.push(line),
  };
  return { steps, said };
}

describe('npm start', () => {
  it('launches an installed binary without fetching anything', async () => {
    const { steps, said } = stubbed('/e/electron', { ok: true });
    expect(await start(steps)).toEqual({ ran: 'electron' });
    expect(steps.install).not.toHaveBeenCalled();
    expect(steps.launch).toHaveBeenCalledWith('/e/electron');
    expect(steps.preview).not.toHaveBeenCalled();
    expect(said).toEqual([]);
  });

  it('fetches a missing binary with the installer, then launches it', async () => {
    const { steps } = stubbed(undefined, { ok: true }, '/e/electron');
    expect(await start(steps)).toEqual({ ran: 'electron' });
    expect(steps.install).toHaveBeenCalledTimes(1);
    expect(steps.launch).toHaveBeenCalledWith('/e/electron');
    expect(steps.preview).not.toHaveBeenCalled();
  });

  it('where the download fails, says why in one line and serves the preview, printing its address', async () => {
    const { steps, said } = stubbed(undefined, { ok: false, reason: 'TypeError: fetch failed' });
    expect(await start(steps)).toEqual({ ran: 'preview' });
    expect(steps.launch).not.toHaveBeenCalled();
    expect(said).toEqual([fallbackMessage('TypeError: fetch failed'), 'Open http://127.0.0.1:4173/ in a browser (Ctrl+C stops it).']);
    expect(said[0]).toContain('fetch failed');
    expect(said[0]).not.toContain('\n');
  });

  it('serves the preview too when the installer reports success but leaves no binary', async () => {
    const { steps, said } = stubbed(undefined, { ok: true }, undefined);
    expect(await start(steps)).toEqual({ ran: 'preview' });
    expect(said[0]).toContain('no binary');
  });

  it('keeps a multi-line reason on one line', () => {
    expect(fallbackMessage('first\n    at stack')).not.toContain('\n');
  });
});
