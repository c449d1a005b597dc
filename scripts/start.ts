// `npm start`: build the renderer, main and preload, then launch Electron. Where the
// Electron binary is missing (it is downloaded from GitHub, which some machines, like the
// one this project is built on, cannot reach) it explains that in one paragraph, points to
// `npm run preview`, and exits with code 1. It never tries to download anything itself:
// require('electron') would, so the binary is located by hand.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

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

export const NO_ELECTRON_MESSAGE =
  'The Electron binary is not installed here, so the desktop app cannot open on this computer: ' +
  'node_modules/electron holds only its type definitions, because the binary is downloaded from GitHub ' +
  'and this machine cannot reach it. Run `npm run preview` instead: it builds the same user interface and ' +
  'serves it to your browser on 127.0.0.1, with an in-page stand-in for the desktop shell (printing and the ' +
  'kiosk lock-down need the real app). On a computer with internet access, `node node_modules/electron/install.js` ' +
  'fetches the binary, and `npm start` will then build and launch the app.';

export type StartDecision = { action: 'launch'; electronBinary: string } | { action: 'explain'; message: string; exitCode: 1 };

export function decideStart(electronBinary: string | undefined): StartDecision {
  return electronBinary ? { action: 'launch', electronBinary } : { action: 'explain', message: NO_ELECTRON_MESSAGE, exitCode: 1 };
}

async function buildAll(): Promise<void> {
  const { build } = await import('vite');
  await build({ root: repoRoot, configFile: path.join(repoRoot, 'vite.config.ts'), logLevel: 'warn' });
  await build({ root: repoRoot, configFile: path.join(repoRoot, 'vite.electron.config.ts'), logLevel: 'warn' });
  await build({ root: repoRoot, configFile: path.join(repoRoot, 'vite.electron.config.ts'), mode: 'preload', logLevel: 'warn' });
}

async function main(): Promise<void> {
  const decision = decideStart(locateElectronBinary({
    electronPackageDir: path.join(repoRoot, 'node_modules', 'electron'),
    overrideDistPath: process.env.ELECTRON_OVERRIDE_DIST_PATH,
    exists: existsSync,
    readText: (p) => readFileSync(p, 'utf8'),
  }));
  if (decision.action === 'explain') {
    console.error(decision.message);
    process.exit(decision.exitCode);
  }
  await buildAll();
  const child = spawn(decision.electronBinary, ['.', ...process.argv.slice(2)], { cwd: repoRoot, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 1));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
