// The main and preload builds (vite.electron.config.ts) are self-contained: main imports
// only electron and Node built-ins (zod, the engine, the shipped bundle and the trusted keys
// are inside), and the sandboxed preload is one CommonJS file that requires only electron.
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { build, type Rolldown } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { SHIPPED_TRUSTED_KEY_PEMS } from '../../electron/main/trusted-keys.ts';
import { electronPackages } from '../../scripts/notices/vite-plugin.ts';
import { tempDir } from './helpers/signed-bundles.ts';

const root = path.resolve(import.meta.dirname, '../..');
const outDir = tempDir('electron-build');
let main = '';
let preload = '';
/** The npm packages whose modules main and preload hold, from the bundler's own list of modules. */
const bundledPackages = new Set<string>();

beforeAll(async () => {
  for (const mode of ['production', 'preload']) {
    const result = await build({ root, configFile: path.join(root, 'vite.electron.config.ts'), mode, logLevel: 'silent', build: { outDir, emptyOutDir: false } });
    for (const chunk of ([result].flat() as Rolldown.RolldownOutput[]).flatMap((r) => r.output).filter((o) => o.type === 'chunk')) {
      for (const id of chunk.moduleIds) bundledPackages.add(/\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(id)?.[1] ?? '');
    }
  }
  bundledPackages.delete('');
  main = readFileSync(path.join(outDir, 'main.js'), 'utf8');
  preload = readFileSync(path.join(outDir, 'preload.cjs'), 'utf8');
}, 60_000);

const importsOf = (code: string) => [...code.matchAll(/^import\s.*?from\s+"([^"]+)";?$|^import\s+"([^"]+)";?$/gm)].map((m) => m[1] ?? m[2]);

describe('electron build', () => {
  it('main imports nothing but electron and Node built-ins', () => {
    const imports = importsOf(main);
    expect(imports).toContain('electron');
    const allowed = new Set(['electron', ...builtinModules.map((m) => `node:${m}`)]);
    expect(imports.filter((i) => !allowed.has(i!))).toEqual([]);
    expect(main).not.toMatch(/\brequire\(/);
  });

  // The lint rule bans networking in electron/**; this checks the built file, which also
  // holds everything main inlines (zod, the rules engine and data), whatever path it came by.
  it('main, with all it inlines, imports no networking module and no electron net', () => {
    const networking = ['http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns', 'child_process', 'cluster', 'worker_threads', 'inspector'];
    const banned = new Set(networking.flatMap((m) => [m, `node:${m}`, `node:${m}/promises`, `${m}/promises`]));
    expect(importsOf(main).filter((i) => banned.has(i!))).toEqual([]);
    const fromElectron = [...main.matchAll(/^import\s+\{([^}]*)\}\s+from\s+"electron"/gm)]
      .flatMap((m) => m[1]!.split(',').map((name) => name.trim().split(/\s+as\s+/)[0]));
    expect(fromElectron.length).toBeGreaterThan(0);
    expect(fromElectron).not.toContain('net');
    expect(main).not.toMatch(/\bfetch\(|\bWebSocket\b|\bXMLHttpRequest\b|\bEventSource\b/);
  });

  it('main carries the shipped bundle and the trusted public keys', () => {
    expect(SHIPPED_TRUSTED_KEY_PEMS.length).toBeGreaterThan(0);
    for (const pem of SHIPPED_TRUSTED_KEY_PEMS) expect(main).toContain(pem.trim().split('\n')[1]);
    expect(main).toMatch(/coverageFrom: "2025-01-01"/); // rules/data/meta.json, inlined
    expect(main).not.toMatch(/PRIVATE KEY/);
  });

  // The renderer's build lists these in the app's third-party notices (scripts/notices/).
  it('the third-party notices see every npm package main and preload bundle', async () => {
    expect(bundledPackages).toContain('zod');
    expect((await electronPackages()).map((p) => p.name).sort()).toEqual([...bundledPackages].sort());
  });

  it('the preload is CommonJS and requires only electron', () => {
    expect([...preload.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1])).toEqual(['electron']);
    expect(preload).not.toMatch(/^import\s/m);
    expect(preload).not.toMatch(/\bexports\b|\bmodule\./); // the sandbox gives a preload only require()
    expect(preload).toContain('exposeInMainWorld');
    expect(preload.length).toBeLessThan(10_000); // no zod or other library in the privileged preload
  });
});
