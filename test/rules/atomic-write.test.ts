// The one atomic writer (rules/atomic-write.ts): the new bytes land whole, and a write that
// fails part-way leaves the old file as it was and no temp file behind.
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomically, writeFileAtomicallySync } from '../../rules/atomic-write.ts';

const fresh = () => mkdtempSync(path.join(tmpdir(), 'mdn-atomic-'));

describe.each([
  ['async', writeFileAtomically],
  ['sync', async (file: string, bytes: string | Uint8Array, mode?: number) => writeFileAtomicallySync(file, bytes, mode)],
] as const)('writeFileAtomically (%s)', (_name, write) => {
  it('replaces the file with the whole new content and leaves no temp file', async () => {
    const dir = fresh();
    const file = path.join(dir, 'a.json');
    writeFileSync(file, 'old');
    await write(file, 'new content');
    expect(readFileSync(file, 'utf8')).toBe('new content');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  it('keeps private files private and shared ones readable', async () => {
    if (process.platform === 'win32') return;
    const dir = fresh();
    await write(path.join(dir, 'private'), 'x');
    await write(path.join(dir, 'shared'), 'x', 0o644);
    expect(statSync(path.join(dir, 'private')).mode & 0o777).toBe(0o600);
    expect(statSync(path.join(dir, 'shared')).mode & 0o077).not.toBe(0);
  });

  it('fails safe: the old file stays whole and no half file is left', async () => {
    const dir = fresh();
    const file = path.join(dir, 'a.json');
    writeFileSync(file, 'old');
    // The rename target is a folder that cannot be replaced by a file: the write fails after
    // the temp file was written and synced.
    const target = path.join(dir, 'folder');
    mkdirSync(target);
    writeFileSync(path.join(target, 'x'), 'keep');
    await expect(write(target, 'new')).rejects.toThrow();
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'folder']);
    expect(readFileSync(path.join(target, 'x'), 'utf8')).toBe('keep');
    // A folder that cannot be written to: nothing is created, the old file is untouched.
    if (process.platform !== 'win32' && process.getuid?.() !== 0) {
      chmodSync(dir, 0o500);
      try {
        await expect(write(file, 'new')).rejects.toThrow();
      } finally {
        chmodSync(dir, 0o700);
      }
      expect(readFileSync(file, 'utf8')).toBe('old');
    }
  });
});
