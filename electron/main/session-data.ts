// Chromium keeps its own state (Local State, GPU caches, …) in "sessionData", which is the
// user-data folder by default. It holds no answers (the window's partition is in memory),
// but a kiosk must leave nothing behind: it goes to a fresh temp folder, removed at quit.
//
// A crash or a power cut skips the removal, and Windows never empties %TEMP% by itself, so
// such folders used to pile up (security review L9). Each folder now names the process that
// made it; at start-up, once this app holds its single-instance lock, the folders of
// processes that are gone are removed. A folder from before this change (no owner) is
// removed once it is a day old. Only this user's own folders are touched, never a link.
import { lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const SESSION_DIR_PREFIX = 'mdn-session-';
export const OWNER_FILE = 'owner.pid';
const LEGACY_AGE_MS = 24 * 60 * 60 * 1000;

/** True while a process with this id runs (EPERM: it runs, as someone else). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface StaleSweepOptions {
  root?: string;
  isAlive?: (pid: number) => boolean;
  /** This user's id (POSIX); undefined on Windows, where %TEMP% is the user's own. */
  uid?: number | undefined;
  now?: number;
}

/** Removes the session folders left by processes that are gone; returns their names. */
export function removeStaleSessionDirs({ root = tmpdir(), isAlive = isProcessAlive, uid = process.getuid?.(), now = Date.now() }: StaleSweepOptions = {}): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(root).filter((n) => n.startsWith(SESSION_DIR_PREFIX));
  } catch {
    return removed;
  }
  for (const name of names) {
    const dir = path.join(root, name);
    try {
      const info = lstatSync(dir);
      if (!info.isDirectory() || (uid !== undefined && info.uid !== uid)) continue;
      let pid: number | undefined;
      try {
        pid = Number.parseInt(readFileSync(path.join(dir, OWNER_FILE), 'utf8'), 10);
      } catch {
        pid = undefined;
      }
      const stale = pid !== undefined && Number.isInteger(pid) && pid > 0 ? !isAlive(pid) : now - info.mtimeMs > LEGACY_AGE_MS;
      if (!stale) continue;
      rmSync(dir, { recursive: true, force: true });
      removed.push(name);
    } catch {
      // Gone meanwhile, or not ours to remove: leave it.
    }
  }
  return removed;
}

/** A fresh folder for Chromium's state, owned by this process. */
export function createSessionDataDir(root = tmpdir()): string {
  const dir = mkdtempSync(path.join(root, SESSION_DIR_PREFIX));
  writeFileSync(path.join(dir, OWNER_FILE), String(process.pid));
  return dir;
}
