import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decideStart, locateElectronBinary, NO_ELECTRON_MESSAGE } from '../../scripts/start.ts';

const pkg = '/repo/node_modules/electron';
const files = (entries: Record<string, string>) => ({
  exists: (p: string) => p in entries,
  readText: (p: string) => entries[p] ?? '',
});

describe('npm start', () => {
  it('explains in one paragraph, points to npm run preview, and exits 1 without a binary', () => {
    const decision = decideStart(locateElectronBinary({ electronPackageDir: pkg, ...files({}) }));
    expect(decision).toEqual({ action: 'explain', message: NO_ELECTRON_MESSAGE, exitCode: 1 });
    expect(NO_ELECTRON_MESSAGE).toContain('npm run preview');
    expect(NO_ELECTRON_MESSAGE).not.toContain('\n');
  });

  it('does not launch when path.txt names a binary that is not there', () => {
    expect(locateElectronBinary({ electronPackageDir: pkg, ...files({ [path.join(pkg, 'path.txt')]: 'electron' }) })).toBeUndefined();
  });

  it('launches the installed binary', () => {
    const binary = path.join(pkg, 'dist', 'electron');
    const found = locateElectronBinary({ electronPackageDir: pkg, ...files({ [path.join(pkg, 'path.txt')]: 'electron\n', [binary]: '' }) });
    expect(decideStart(found)).toEqual({ action: 'launch', electronBinary: binary });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH', () => {
    const binary = path.join('/opt/electron', 'electron');
    expect(locateElectronBinary({ electronPackageDir: pkg, overrideDistPath: '/opt/electron', ...files({ [binary]: '' }) })).toBe(binary);
  });
});
