// Security review L9: Chromium's temp folders stayed behind after a crash or a power cut.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSessionDataDir, isProcessAlive, OWNER_FILE, removeStaleSessionDirs } from '../../electron/main/session-data.ts';
import { tempDir } from './helpers/signed-bundles.ts';

/** The id of a process that has exited. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

describe('session data folders', () => {
  it('each names the process that made it', () => {
    const root = tempDir('sessions-new');
    const dir = createSessionDataDir(root);
    expect(path.basename(dir).startsWith('mdn-session-')).toBe(true);
    expect(readFileSync(path.join(dir, OWNER_FILE), 'utf8')).toBe(String(process.pid));
  });

  it('at start-up, removes the folders of processes that are gone, and old ones without an owner; keeps the rest', () => {
    const root = tempDir('sessions');
    const made = (name: string, owner?: number, ageMs = 0) => {
      const dir = path.join(root, name);
      mkdirSync(dir);
      writeFileSync(path.join(dir, 'Local State'), '{}');
      if (owner !== undefined) writeFileSync(path.join(dir, OWNER_FILE), String(owner));
      if (ageMs) utimesSync(dir, new Date(Date.now() - ageMs), new Date(Date.now() - ageMs));
      return dir;
    };
    made('mdn-session-crashed', deadPid());
    made('mdn-session-running', process.pid);
    made('mdn-session-legacy-old', undefined, 2 * 24 * 3600_000);
    made('mdn-session-legacy-new');
    made('someone-elses', deadPid());
    const target = made('elsewhere', deadPid());
    symlinkSync(target, path.join(root, 'mdn-session-link'), process.platform === 'win32' ? 'junction' : 'dir');
    expect(isProcessAlive(process.pid)).toBe(true);
    expect(removeStaleSessionDirs({ root }).sort()).toEqual(['mdn-session-crashed', 'mdn-session-legacy-old']);
    expect(readdirSync(root).sort()).toEqual(['elsewhere', 'mdn-session-legacy-new', 'mdn-session-link', 'mdn-session-running', 'someone-elses']);
    expect(existsSync(path.join(target, 'Local State'))).toBe(true); // a link is never followed
  });

  it("never touches another user's folders", () => {
    const root = tempDir('sessions-uid');
    mkdirSync(path.join(root, 'mdn-session-x'));
    writeFileSync(path.join(root, 'mdn-session-x', OWNER_FILE), String(deadPid()));
    expect(removeStaleSessionDirs({ root, uid: 987_654 })).toEqual([]);
    expect(removeStaleSessionDirs({ root, uid: undefined })).toEqual(['mdn-session-x']);
  });
});
