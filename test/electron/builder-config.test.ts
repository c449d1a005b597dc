// electron-builder.config.ts asserted literally (engineering.md §7 test 2): fuses, no update
// feed, asar, the targets, and metadata taken from package.json.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FuseV1Options } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import config, { completeFuseWire, FUSES_BEYOND_ELECTRON_BUILDER, PACKAGED_FILES, type StrictConfiguration } from '../../electron-builder.config.ts';

const pkg = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8'));

describe('electron-builder config', () => {
  it('sets every fuse explicitly', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
      resetAdHocDarwinSignature: true,
    });
    expect(FUSES_BEYOND_ELECTRON_BUILDER).toEqual({ wasmTrapHandlers: true });
  });

  it('decides every fuse the installed @electron/fuses knows', () => {
    const wire = completeFuseWire(config.electronFuses) as unknown as Record<number, boolean>;
    const fuseIndexes = Object.values(FuseV1Options).filter((v): v is number => typeof v === 'number');
    expect(fuseIndexes.filter((i) => typeof wire[i] !== 'boolean').map((i) => FuseV1Options[i])).toEqual([]);
    expect(completeFuseWire(config.electronFuses)).toMatchObject({ strictlyRequireAllFuses: true });
  });

  it('makes a forgotten fuse a compile error', () => {
    // @ts-expect-error every fuse is required (Element Desktop's pattern)
    const missing: StrictConfiguration['electronFuses'] = { runAsNode: false };
    expect(missing).toBeDefined();
  });

  it('has no update feed and packs an asar from the staged app only', () => {
    expect(config.publish).toBeNull();
    expect(config.asar).toBe(true);
    expect(config.directories).toEqual({ app: 'out/app', output: 'dist', buildResources: 'build' });
    expect(config.files).toBe(PACKAGED_FILES);
    expect(PACKAGED_FILES).toEqual(expect.arrayContaining(['!node_modules/**', '!**/*.map', '!**/.env*']));
  });

  it('builds NSIS + portable, dmg for x64 and arm64, AppImage + deb', () => {
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }, { target: 'portable', arch: ['x64'] }]);
    expect(config.mac?.target).toEqual([{ target: 'dmg', arch: ['x64', 'arm64'] }]);
    expect(config.linux?.target).toEqual([{ target: 'AppImage', arch: ['x64'] }, { target: 'deb', arch: ['x64'] }]);
    expect(config.mac?.entitlements).toBe('build/entitlements.mac.plist');
    expect(config.linux?.desktop?.entry).toMatchObject({ Name: 'Medicaid Data Notice', Terminal: 'false' });
  });

  it('takes its metadata from package.json and keeps no secrets', () => {
    expect(config.appId).toBe(`org.${pkg.name}`);
    expect(config.productName).toBe(pkg.productName);
    expect(config.extraMetadata).toEqual({ version: pkg.version, description: pkg.description, license: pkg.license });
    expect(config.copyright).toContain(pkg.author);
    expect(config.copyright).toContain(pkg.license);
    expect(JSON.stringify(config)).not.toMatch(/password|cscLink|cscKeyPassword|apple(Id|ApiKey)|token/i);
  });
});
