// Builds the Electron main process and preload (the renderer has its own vite.config.ts).
//   vite build -c vite.electron.config.ts                 → out/electron/main.js   (ESM, Node)
//   vite build -c vite.electron.config.ts --mode preload  → out/electron/preload.cjs
// Everything except `electron` and Node built-ins is bundled in (zod, the rules engine, the
// shipped bundle, the trusted keys), so the packaged app needs no node_modules at all.
// The preload runs sandboxed, where only require('electron') works: it must be one
// CommonJS file with no imports of its own.
import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default defineConfig(({ mode }) => {
  const preload = mode === 'preload';
  return {
    publicDir: false,
    // Production code paths only (no dev-only branches, no NODE_ENV from the environment).
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: 'out/electron',
      emptyOutDir: !preload,
      sourcemap: false,
      minify: false,
      target: 'node22',
      reportCompressedSize: false,
      ...(preload
        ? {
            lib: { entry: 'electron/preload/preload.ts', formats: ['cjs' as const], fileName: () => 'preload.cjs' },
            rollupOptions: { external: ['electron'], output: { codeSplitting: false } },
          }
        : {
            ssr: 'electron/main/main.ts',
            rollupOptions: { external: ['electron', ...nodeBuiltins], output: { format: 'es' as const, entryFileNames: 'main.js', codeSplitting: false } },
          }),
    },
    ssr: { noExternal: true, external: ['electron'] },
  };
});
