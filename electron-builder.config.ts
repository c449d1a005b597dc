// electron-builder configuration as typed code (Element Desktop style). The type makes
// every Electron fuse a required key, so a fuse added to electron-builder cannot be
// forgotten: leaving it out is a compile error. `npm run dist` builds the installers;
// test/electron/package.test.ts packs the Linux dir target offline and checks app.asar.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion, type FuseConfig } from '@electron/fuses';
import type { AfterPackContext, Configuration } from 'electron-builder';

/** electron-builder's FuseOptionsV1 (not re-exported by the electron-builder package). */
type FuseOptions = NonNullable<Configuration['electronFuses']>;
export type StrictConfiguration = Omit<Configuration, 'electronFuses'> & { electronFuses: Required<FuseOptions> };

interface PackageJson {
  name: string;
  productName: string;
  version: string;
  description: string;
  license: string;
  author: string;
}
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as PackageJson;

/** build/linux/*.desktop, kept as a real desktop file and read into electron-builder's entry map. */
function desktopEntry(): Record<string, string> {
  const text = readFileSync(new URL('./build/linux/medicaid-data-notice.desktop', import.meta.url), 'utf8');
  return Object.fromEntries(text.split('\n').filter((l) => /^[A-Za-z]+=/.test(l)).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
}

/** What goes into app.asar (paths inside the staged out/app): the built main, preload and
 * renderer (which holds the locales and fonts), and package.json. The shipped rules bundle
 * and the trusted public keys are compiled into main.js. No sources, tests, source maps,
 * node_modules or .env. */
export const PACKAGED_FILES = [
  'package.json',
  'out/electron/main.js',
  'out/electron/preload.cjs',
  'out/renderer/**/*',
  // Fontsource lists WOFF 1 after WOFF2 as a fallback for old browsers; Electron's Chromium
  // always takes the WOFF2, so the 750 WOFF files (19 MB) would only weigh down the installer.
  '!**/*.woff',
  '!**/*.map',
  '!**/.env*',
  '!node_modules/**',
];

/**
 * Fuses that @electron/fuses defines but electron-builder 26's electronFuses cannot set yet.
 * wasmTrapHandlers: V8 catches out-of-bounds WebAssembly memory access with signal handlers
 * instead of bounds checks. It is Electron's default and a hardening, not a risk; kept on.
 */
export const FUSES_BEYOND_ELECTRON_BUILDER = { wasmTrapHandlers: true } as const;

/** Every fuse of the binary as one strict @electron/fuses config: a fuse that a newer
 * Electron adds and nobody decided on makes the build fail (strictlyRequireAllFuses). */
export function completeFuseWire(fuses: Required<FuseOptions>): FuseConfig {
  return {
    version: FuseVersion.V1,
    strictlyRequireAllFuses: true,
    resetAdHocDarwinSignature: fuses.resetAdHocDarwinSignature,
    [FuseV1Options.RunAsNode]: fuses.runAsNode,
    [FuseV1Options.EnableCookieEncryption]: fuses.enableCookieEncryption,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: fuses.enableNodeOptionsEnvironmentVariable,
    [FuseV1Options.EnableNodeCliInspectArguments]: fuses.enableNodeCliInspectArguments,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: fuses.enableEmbeddedAsarIntegrityValidation,
    [FuseV1Options.OnlyLoadAppFromAsar]: fuses.onlyLoadAppFromAsar,
    [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: fuses.loadBrowserProcessSpecificV8Snapshot,
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: fuses.grantFileProtocolExtraPrivileges,
    [FuseV1Options.WasmTrapHandlers]: FUSES_BEYOND_ELECTRON_BUILDER.wasmTrapHandlers,
  };
}

/** The Electron binary that carries the fuse wire, per platform. */
export function electronBinaryOf(context: Pick<AfterPackContext, 'appOutDir' | 'electronPlatformName' | 'packager'>): string {
  const name = context.packager.appInfo.productFilename;
  if (context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas') return path.join(context.appOutDir, `${name}.app`);
  if (context.electronPlatformName === 'win32') return path.join(context.appOutDir, `${name}.exe`);
  return path.join(context.appOutDir, (context.packager as unknown as { executableName: string }).executableName);
}

const config: StrictConfiguration = {
  // Reverse-DNS id from the package name; never change it after a release (installs and
  // the macOS keychain/permissions are keyed on it).
  appId: `org.${pkg.name}`,
  productName: pkg.productName,
  copyright: `Copyright © 2026 ${pkg.author}. Licensed under ${pkg.license}.`,
  extraMetadata: { version: pkg.version, description: pkg.description, license: pkg.license },
  // scripts/dist.ts stages the built app in out/app with a dependency-free package.json.
  directories: { app: 'out/app', output: 'dist', buildResources: 'build' },
  files: PACKAGED_FILES,
  asar: true,
  // Nothing is ever fetched by the app: no update feed, no update metadata (Mullvad).
  publish: null,
  // The app has no native modules; nothing to rebuild (and no compiler downloads).
  npmRebuild: false,
  nodeGypRebuild: false,
  buildDependenciesFromSource: false,
  electronFuses: {
    // ELECTRON_RUN_AS_NODE would turn the signed app into a general Node runtime.
    runAsNode: false,
    // Cookies are kept in memory only, but if any were ever written they'd be encrypted.
    enableCookieEncryption: true,
    // NODE_OPTIONS / NODE_EXTRA_CA_CERTS could inject code or trust into the main process.
    enableNodeOptionsEnvironmentVariable: false,
    // --inspect and SIGUSR1 would open the main process to a debugger (see debug-guard.ts).
    enableNodeCliInspectArguments: false,
    // The asar is hashed into the binary on macOS and Windows; a changed file refuses to load.
    enableEmbeddedAsarIntegrityValidation: true,
    // Only app.asar is loaded: no app/ folder next to it can replace the code.
    onlyLoadAppFromAsar: true,
    // No custom V8 snapshot is built for the browser process.
    loadBrowserProcessSpecificV8Snapshot: false,
    // The UI is served from app://, never file:// (security checklist item 18).
    grantFileProtocolExtraPrivileges: false,
    // Flipping fuses invalidates the ad-hoc signature of an arm64 macOS binary; reset it so an
    // unsigned local build still starts (a real build is signed again afterwards).
    resetAdHocDarwinSignature: true,
  },
  // electron-builder flips the fuses above right after this hook; this sets the whole wire
  // first, including the fuses electron-builder does not know, and fails on an unknown one.
  afterPack: async (context) => {
    await flipFuses(electronBinaryOf(context), completeFuseWire(config.electronFuses));
  },
  win: {
    target: [{ target: 'nsis', arch: ['x64'] }, { target: 'portable', arch: ['x64'] }],
    icon: 'build/icon.ico',
    // Signing: electron-builder reads CSC_LINK / CSC_KEY_PASSWORD (or WIN_CSC_LINK /
    // WIN_CSC_KEY_PASSWORD) from the environment. Nothing secret lives in this file.
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    deleteAppDataOnUninstall: true,
    license: 'LICENSE',
  },
  portable: { artifactName: '${productName}-${version}-portable.${ext}' },
  mac: {
    target: [{ target: 'dmg', arch: ['x64', 'arm64'] }],
    category: 'public.app-category.reference',
    icon: 'build/icon.png',
    hardenedRuntime: true,
    entitlements: 'build/entitlements.mac.plist',
    entitlementsInherit: 'build/entitlements.mac.plist',
    // Notarisation runs when APPLE_API_KEY / APPLE_API_KEY_ID / APPLE_API_ISSUER (or
    // APPLE_ID / APPLE_APP_SPECIFIC_PASSWORD / APPLE_TEAM_ID) are set in the environment.
  },
  dmg: { sign: false },
  linux: {
    target: [{ target: 'AppImage', arch: ['x64'] }, { target: 'deb', arch: ['x64'] }],
    icon: 'build/icons',
    category: 'Office',
    maintainer: pkg.author,
    synopsis: 'Which Medicaid data may be shared with immigration authorities, offline.',
    description: pkg.description,
    desktop: { entry: desktopEntry() },
  },
  deb: { priority: 'optional' },
};

export default config;
