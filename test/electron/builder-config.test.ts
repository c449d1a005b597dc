// electron-builder.config.ts asserted literally (engineering.md §7 test 2): fuses, no update
// feed, asar, the targets, and metadata taken from package.json.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { FuseV1Options } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import config, { completeFuseWire, FUSES_BEYOND_ELECTRON_BUILDER, PACKAGED_FILES } from '../../electron-builder.config.ts';

const pkg = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8'));

/** The option names of electron-builder's FuseOptionsV1, read from the installed declaration
 * (the type is not exported at runtime, and electron-builder does not re-export it). */
function electronBuilderFuseOptions(): string[] {
  const require = createRequire(createRequire(import.meta.url).resolve('electron-builder'));
  const dts = readFileSync(require.resolve('app-builder-lib/out/configuration.d.ts'), 'utf8');
  const body = /export interface FuseOptionsV1 \{([\s\S]*?)\n\}/.exec(dts)?.[1];
  if (body === undefined) throw new Error('FuseOptionsV1 not found in app-builder-lib/out/configuration.d.ts');
  return [...body.matchAll(/^ {4}(\w+)\??: boolean;$/gm)].map((m) => m[1]!);
}

function undecidedBuilderFuses(fuses: object, known: readonly string[]): string[] {
  return known.filter((k) => typeof (fuses as Record<string, unknown>)[k] !== 'boolean');
}

/** The @electron/fuses options that a wire leaves undecided, by name. */
function undecidedWireFuses(wire: object): string[] {
  const indexes = Object.values(FuseV1Options).filter((v): v is number => typeof v === 'number');
  return indexes.filter((i) => typeof (wire as Record<number, unknown>)[i] !== 'boolean').map((i) => FuseV1Options[i]!);
}

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
    expect(undecidedWireFuses(completeFuseWire(config.electronFuses))).toEqual([]);
    expect(completeFuseWire(config.electronFuses)).toMatchObject({ strictlyRequireAllFuses: true });
    // The check itself catches a fuse left out of the wire.
    const wire = { ...completeFuseWire(config.electronFuses) } as Record<number, unknown>;
    delete wire[FuseV1Options.WasmTrapHandlers];
    expect(undecidedWireFuses(wire)).toEqual(['WasmTrapHandlers']);
  });

  // The compile-time guard (StrictConfiguration: every FuseOptionsV1 key required) only holds
  // while our copy of the option names matches electron-builder's; this reads the installed
  // declaration so a fuse electron-builder adds, or one dropped from the config, fails here.
  it('decides every fuse electron-builder can set', () => {
    const known = electronBuilderFuseOptions();
    expect(known).toContain('runAsNode');
    expect(known.length).toBeGreaterThanOrEqual(9);
    expect(undecidedBuilderFuses(config.electronFuses, known)).toEqual([]);
    expect(Object.keys(config.electronFuses).sort()).toEqual([...known].sort());
    // The check itself catches a forgotten fuse.
    const missing: Record<string, unknown> = { ...config.electronFuses };
    delete missing.grantFileProtocolExtraPrivileges;
    expect(undecidedBuilderFuses(missing, known)).toEqual(['grantFileProtocolExtraPrivileges']);
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
