// `npm start`: the main command does the main job on every machine.
// 1. Where the Electron binary is missing, fetch it with Electron's own installer
//    (node_modules/electron/install.js: what `require('electron')` would run, and what an
//    install script did in older Electron versions), since `npm ci` does not fetch it.
// 2. With a binary: build the renderer, main and preload, and launch the desktop app.
// 3. Where the binary cannot be had (an offline machine, or no route to the download
//    host): say so in one line, and serve the same UI on 127.0.0.1, printing its address.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from './build-app.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronPackageDir = path.join(repoRoot, 'node_modules', 'electron');

export interface ElectronLookup {
  electronPackageDir: string;
  overrideDistPath?: string;
  exists: (p: string) => boolean;
  readText: (p: string) => string;
}

/** Where node_modules/electron would find its binary, without its download fallback. */
export function locateElectronBinary({ electronPackageDir, overrideDistPath, exists, readText }: ElectronLookup): string | undefined {
  const pathFile = path.join(electronPackageDir, 'path.txt');
  const relative = exists(pathFile) ? readText(pathFile).trim() : undefined;
  const candidate = overrideDistPath
    ? path.join(overrideDistPath, relative || 'electron')
    : relative ? path.join(electronPackageDir, 'dist', relative) : undefined;
  return candidate && exists(candidate) ? candidate : undefined;
}

/** The binary on this machine, honouring ELECTRON_OVERRIDE_DIST_PATH as Electron does. */
export function installedElectronBinary(): string | undefined {
  return locateElectronBinary({
    electronPackageDir,
    overrideDistPath: process.env.ELECTRON_OVERRIDE_DIST_PATH,
    exists: existsSync,
    readText: (p) => readFileSync(p, 'utf8'),
  });
}

export type InstallResult = { ok: true } | { ok: false; reason: string };

/** Runs Electron's own installer; when it fails, the first line of its error output (the
 * error's message, before the stack) is the reason. */
function runElectronInstaller(): InstallResult {
  console.log('Fetching the Electron binary with its own installer (node_modules/electron/install.js)…');
  const run = spawnSync(process.execPath, [path.join(electronPackageDir, 'install.js')], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'inherit', 'pipe'], timeout: 10 * 60_000 });
  if (run.status === 0) return { ok: true };
  const firstLine = (run.stderr ?? '').trim().split('\n').find((l) => l.trim()) ?? '';
  return { ok: false, reason: run.error?.message ?? (firstLine.trim() || `the installer exited with code ${run.status}`) };
}

/** One line, for the person who typed `npm start`. */
export function fallbackMessage(reason: string): string {
  return `The Electron binary could not be fetched (${reason.replace(/\s+/g, ' ').slice(0, 160)}), so the desktop app cannot open here: serving the same UI on 127.0.0.1 instead (printing and the kiosk lock-down need the desktop app).`;
}

export interface StartSteps {
  locate: () => string | undefined;
  install: () => InstallResult;
  launch: (electronBinary: string) => Promise<void>;
  preview: () => Promise<string>;
  say: (line: string) => void;
}

/** What `npm start` does, with each step passed in so both paths can be tested. */
export async function start(steps: StartSteps): Promise<{ ran: 'electron' | 'preview' }> {
  let binary = steps.locate();
  if (!binary) {
    const installed = steps.install();
    binary = installed.ok ? steps.locate() : undefined;
    if (!binary) {
      steps.say(fallbackMessage(installed.ok ? 'the installer finished but no binary is there' : installed.reason));
      steps.say(`Open ${await steps.preview()} in a browser (Ctrl+C stops it).`);
      return { ran: 'preview' };
    }
  }
  await steps.launch(binary);
  return { ran: 'electron' };
}

async function launchElectron(electronBinary: string): Promise<void> {
  await buildApp();
  const child = spawn(electronBinary, ['.', ...process.argv.slice(2)], { cwd: repoRoot, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 1));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await start({
    locate: installedElectronBinary,
    install: runElectronInstaller,
    launch: launchElectron,
    preview: async () => (await import('./preview.ts')).startPreview(),
    say: (line) => console.log(line),
  });
}
