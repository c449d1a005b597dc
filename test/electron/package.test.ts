// Packs the Linux `dir` target offline, as `npm run dist` would, with a stand-in Electron
// (toolchain.md §1: electronDist = a folder with a stub executable and a `version` file).
// The stub carries a real fuse wire, so the fuses electron-builder and our afterPack hook
// flip can be read back. app.asar is listed and must hold only the allow-list.
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { extractFile, getRawHeader, listPackage, statFile } from '@electron/asar';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { Arch, build, Platform } from 'electron-builder';
import { beforeAll, describe, expect, it } from 'vitest';
import config from '../../electron-builder.config.ts';
import localesFile from '../../locales/locales.json' with { type: 'json' };
import { bundledFontPackages } from '../../scripts/fonts/fontsource.ts';
import { repoRoot, stageApp } from '../../scripts/dist.ts';
import { electronVersion } from '../../scripts/scan-electron.ts';
import { tempDir } from './helpers/signed-bundles.ts';

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/** A stand-in Electron: a tiny script plus Electron 45's fuse wire at its defaults. */
function stubElectronDist(dir: string): string {
  const { DISABLE, ENABLE } = FuseState;
  // RunAsNode, CookieEncryption, NodeOptions, NodeCliInspect, AsarIntegrity, OnlyAsar, V8Snapshot, FileProtocol, WasmTrap
  const defaults = [ENABLE, DISABLE, ENABLE, ENABLE, DISABLE, DISABLE, DISABLE, ENABLE, ENABLE];
  const binary = Buffer.concat([Buffer.from('#!/bin/sh\necho "stand-in Electron: cannot run the app"\nexit 1\n# '), Buffer.from(SENTINEL), Buffer.from([1, defaults.length, ...defaults]), Buffer.from('\n')]);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'electron'), binary);
  chmodSync(path.join(dir, 'electron'), 0o755);
  writeFileSync(path.join(dir, 'version'), `v${electronVersion()}`);
  return dir;
}

/** Everything app.asar may hold. */
const ALLOWED = [
  /^\/package\.json$/,
  /^\/out$/, /^\/out\/electron$/, /^\/out\/renderer$/, /^\/out\/renderer\/assets$/,
  /^\/out\/electron\/main\.js$/,
  /^\/out\/electron\/preload\.cjs$/,
  /^\/out\/renderer\/index\.html$/,
  /^\/out\/renderer\/THIRD_PARTY_NOTICES\.txt$/,
  /^\/out\/renderer\/assets\/[\w.-]+\.(js|css|woff2|svg|png)$/,
];

const work = tempDir('package');
const appDir = path.join(work, 'app');
const distDir = path.join(work, 'dist');
let unpacked = '';
let asarPath = '';
let entries: string[] = [];

beforeAll(async () => {
  await stageApp(appDir);
  await build({
    projectDir: repoRoot,
    targets: Platform.LINUX.createTarget('dir', Arch.x64),
    publish: 'never',
    config: {
      ...config,
      directories: { ...config.directories, app: appDir, output: distDir },
      electronDist: stubElectronDist(path.join(work, 'electron-dist')),
      electronVersion: electronVersion(),
    },
  });
  unpacked = path.join(distDir, 'linux-unpacked');
  asarPath = path.join(unpacked, 'resources', 'app.asar');
  entries = listPackage(asarPath, { isPack: false });
}, 90_000);

describe('packaged app (linux dir, stand-in Electron)', () => {
  it('holds only the built app in app.asar', () => {
    const unexpected = entries.filter((e) => !ALLOWED.some((re) => re.test(e)));
    expect(unexpected).toEqual([]);
    expect(entries).toEqual(expect.arrayContaining(['/package.json', '/out/electron/main.js', '/out/electron/preload.cjs', '/out/renderer/index.html']));
    expect(entries.some((e) => e.endsWith('.woff2'))).toBe(true); // fonts are bundled
    expect(entries.filter((e) => e.endsWith('.woff'))).toEqual([]); // WOFF 1 is only a fallback Chromium never uses
  });

  it('has a package.json without dependencies, scripts or dev tooling', () => {
    const header = getRawHeader(asarPath);
    expect(header.header).toBeDefined();
    const pkg = JSON.parse(readAsarText('/package.json'));
    expect(Object.keys(pkg).sort()).toEqual(['author', 'description', 'homepage', 'license', 'main', 'name', 'productName', 'type', 'version']);
    expect(pkg.main).toBe('out/electron/main.js');
  });

  // Against what the app is known to ship: every runtime dependency but the fonts is inside
  // a bundle, each locale has its font family, and each font file comes from a package.
  it('carries the third-party notices of everything it bundles', () => {
    const notices = readAsarText('/out/renderer/THIRD_PARTY_NOTICES.txt');
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    for (const name of Object.keys(pkg.dependencies).filter((n) => !n.startsWith('@fontsource'))) {
      const { version, license } = JSON.parse(readFileSync(path.join(repoRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string; license: string };
      expect(notices).toContain(`\n${name} ${version}: ${license}\n`);
    }
    for (const family of new Set(localesFile.locales.map((l) => l.fontFamily.replace(/ Variable$/, '')))) {
      expect(notices).toContain(`\n${family}: SIL Open Font License, Version 1.1 (OFL-1.1)\n`);
    }
    // Every font file's package is named (a file is named after its package's slug).
    const fontPackages = bundledFontPackages().sort((a, b) => b.slug.length - a.slug.length);
    for (const file of entries.filter((e) => e.endsWith('.woff2')).map((e) => path.basename(e))) {
      const from = fontPackages.find((p) => file.startsWith(`${p.slug}-`));
      expect(from && notices.includes(`${from.name} `), file).toBe(true);
    }
    expect(notices).toContain('SIL OPEN FONT LICENSE Version 1.1');
    expect(notices).toContain('PERMISSION & CONDITIONS');
  });

  it('reports its size and largest files', () => {
    const files = entries.map((e) => ({ e, stat: statFile(asarPath, e.slice(1)) })).filter(({ stat }) => 'size' in stat)
      .map(({ e, stat }) => ({ file: e, size: (stat as { size: number }).size })).sort((a, b) => b.size - a.size);
    const total = files.reduce((sum, f) => sum + f.size, 0);
    console.info(`app.asar: ${files.length} files, ${(total / 1024 / 1024).toFixed(2)} MiB; largest:\n${files.slice(0, 8).map((f) => `  ${(f.size / 1024).toFixed(0).padStart(6)} KiB  ${f.file}`).join('\n')}`);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(60 * 1024 * 1024); // sanity bound: fonts are most of it
  });

  it('flips every fuse as configured, including the ones electron-builder does not know', async () => {
    const wire = await getCurrentFuseWire(path.join(unpacked, 'medicaid-data-notice'));
    const { ENABLE, DISABLE } = FuseState;
    expect({
      runAsNode: wire[FuseV1Options.RunAsNode],
      cookieEncryption: wire[FuseV1Options.EnableCookieEncryption],
      nodeOptions: wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable],
      nodeCliInspect: wire[FuseV1Options.EnableNodeCliInspectArguments],
      asarIntegrity: wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation],
      onlyLoadAppFromAsar: wire[FuseV1Options.OnlyLoadAppFromAsar],
      browserV8Snapshot: wire[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot],
      fileProtocolPrivileges: wire[FuseV1Options.GrantFileProtocolExtraPrivileges],
      wasmTrapHandlers: wire[FuseV1Options.WasmTrapHandlers],
    }).toEqual({
      runAsNode: DISABLE, cookieEncryption: ENABLE, nodeOptions: DISABLE, nodeCliInspect: DISABLE, asarIntegrity: ENABLE,
      onlyLoadAppFromAsar: ENABLE, browserV8Snapshot: DISABLE, fileProtocolPrivileges: DISABLE, wasmTrapHandlers: ENABLE,
    });
  });
});

function readAsarText(file: string): string {
  return extractFile(asarPath, file.slice(1)).toString('utf8');
}
