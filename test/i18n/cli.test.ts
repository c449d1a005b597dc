// `npm run i18n` runs in plain Node, not through Vite: every file it imports (the renderer's
// locale metadata included) must load there. Vite forgives a JSON import without its
// attribute; Node refuses it, and the kit then stops before checking anything.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('npm run i18n', () => {
  it('check runs in Node and passes for a locale', () => {
    const r = spawnSync(process.execPath, ['scripts/i18n.ts', 'check', 'es'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^es +ok /);
    expect(r.status).toBe(0);
  });
});
