// `npm run dist [-- electron-builder args]`: build the installers. The app is first staged
// in out/app/ (renderer, main, preload and a package.json without dependencies), so the
// asar can hold nothing else and a concurrent `vite build` of out/renderer cannot race it.
// electron-builder.config.ts points directories.app at out/app. The package test
// (test/electron/package.test.ts) stages the same way into a temp folder.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const STAGED_APP_DIR = path.join(repoRoot, 'out', 'app');

/** The package.json inside the app: what Electron and electron-builder read at run time,
 * with no dependencies (everything is bundled), no scripts and no devDependencies. */
export function packagedPackageJson(source: Record<string, unknown>): Record<string, unknown> {
  const keep = ['name', 'productName', 'version', 'description', 'license', 'author', 'homepage', 'main', 'type'];
  return Object.fromEntries(keep.filter((k) => source[k] !== undefined).map((k) => [k, source[k]]));
}

export async function stageApp(appDir = STAGED_APP_DIR): Promise<void> {
  const { build } = await import('vite');
  // Vite keeps a NODE_ENV it finds (vitest sets 'test'), and React then bundles its
  // development build: the package test would pack a different app from `npm run dist`.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    rmSync(appDir, { recursive: true, force: true });
    mkdirSync(appDir, { recursive: true });
    const quiet = { logLevel: 'silent' as const };
    await build({ ...quiet, configFile: path.join(repoRoot, 'vite.config.ts'), build: { outDir: path.join(appDir, 'out', 'renderer'), emptyOutDir: true } });
    for (const mode of ['production', 'preload']) {
      await build({ ...quiet, root: repoRoot, configFile: path.join(repoRoot, 'vite.electron.config.ts'), mode, build: { outDir: path.join(appDir, 'out', 'electron'), emptyOutDir: false } });
    }
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(path.join(appDir, 'package.json'), `${JSON.stringify(packagedPackageJson(pkg), null, 2)}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await stageApp();
  const cli = path.join(repoRoot, 'node_modules', 'electron-builder', 'cli.js');
  const run = spawnSync(process.execPath, [cli, '--config', 'electron-builder.config.ts', '--publish', 'never', ...process.argv.slice(2)], { cwd: repoRoot, stdio: 'inherit' });
  process.exit(run.status ?? 1);
}
