// The one atomic file writer: temp file in the same folder, fsync, rename. A crash or a
// failed write leaves the old file or the new one, never half of one, and no temp file.
// Used by the rules CLI, the translation tooling and the Electron main process (the
// installed rules bundle, rules-floor.json, the kiosk's PIN lock-out). The renderer never
// writes files and does not import it.
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** A fresh temp name next to `filePath` (same folder, so the rename cannot cross file systems). */
function tempPathFor(filePath: string): string {
  return path.join(path.dirname(filePath), `.${path.basename(filePath)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** `mode`: 0o600 (the default) for a person's device data; 0o644 for files meant to be shared
 * (a rules bundle, a translation catalogue). */
export async function writeFileAtomically(filePath: string, bytes: Uint8Array | string, mode = 0o600): Promise<void> {
  const temp = tempPathFor(filePath);
  try {
    const handle = await open(temp, 'wx', mode);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, filePath);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
}

/** The same, for synchronous command-line tools. */
export function writeFileAtomicallySync(filePath: string, bytes: Uint8Array | string, mode = 0o600): void {
  const temp = tempPathFor(filePath);
  try {
    const fd = openSync(temp, 'wx', mode);
    try {
      writeFileSync(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, filePath);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}
