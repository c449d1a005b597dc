// The app's three builds, said once: the renderer (vite.config.ts), then Electron's main
// process and its preload (vite.electron.config.ts, in its two modes). `npm start`,
// `npm run dist` (staged into out/app), `npm run test:electron` and `npm run build:app`
// all build with this.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Builds the app into `outDir` (renderer/ and electron/ inside it). */
export async function buildApp({ outDir = path.join(repoRoot, 'out'), logLevel = 'warn' }: { outDir?: string; logLevel?: 'warn' | 'silent' } = {}): Promise<void> {
  const { build } = await import('vite');
  // Vite keeps a NODE_ENV it finds (vitest sets 'test'), and React then bundles its
  // development build: a test would build a different app from the one people run.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    // The renderer's config sets its own root (renderer/); main's and preload's build from the repository's.
    await build({ logLevel, configFile: path.join(repoRoot, 'vite.config.ts'), build: { outDir: path.join(outDir, 'renderer'), emptyOutDir: true } });
    for (const mode of ['production', 'preload']) {
      await build({ root: repoRoot, logLevel, configFile: path.join(repoRoot, 'vite.electron.config.ts'), mode, build: { outDir: path.join(outDir, 'electron'), emptyOutDir: false } });
    }
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await buildApp();
