// `npm run dist [-- electron-builder args]`: build the installers. The app is first staged
// in out/app/ (renderer, main, preload and a package.json without dependencies), so the
// asar can hold nothing else and a concurrent `vite build` of out/renderer cannot race it.
// electron-builder.config.ts points directories.app at out/app. The package test
// (test/electron/package.test.ts) stages the same way into a temp folder.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from './build-app.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const STAGED_APP_DIR = path.join(repoRoot, 'out', 'app');

/** The package.json inside the app: what Electron and electron-builder read at run time,
 * with no dependencies (everything is bundled), no scripts and no devDependencies. */
export function packagedPackageJson(source: Record<string, unknown>): Record<string, unknown> {
  const keep = ['name', 'productName', 'version', 'description', 'license', 'author', 'homepage', 'main', 'type'];
  return Object.fromEntries(keep.filter((k) => source[k] !== undefined).map((k) => [k, source[k]]));
}

export async function stageApp(appDir = STAGED_APP_DIR): Promise<void> {
  rmSync(appDir, { recursive: true, force: true });
  mkdirSync(appDir, { recursive: true });
  await buildApp({ outDir: path.join(appDir, 'out'), logLevel: 'silent' });
  const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(path.join(appDir, 'package.json'), `${JSON.stringify(packagedPackageJson(pkg), null, 2)}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await stageApp();
  const cli = path.join(repoRoot, 'node_modules', 'electron-builder', 'cli.js');
  const run = spawnSync(process.execPath, [cli, '--config', 'electron-builder.config.ts', '--publish', 'never', ...process.argv.slice(2)], { cwd: repoRoot, stdio: 'inherit' });
  process.exit(run.status ?? 1);
}
