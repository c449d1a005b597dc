// The one atomic file writer of the main process: the installed rules bundle, the versions
// accepted (rules-floor.json) and the kiosk's PIN lock-out are written through it.
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** temp file in the same folder + fsync + rename: a crash leaves the old file or the new
 * one, never half of one. */
export async function writeFileAtomically(filePath: string, bytes: Uint8Array | string): Promise<void> {
  const temp = path.join(path.dirname(filePath), `.${path.basename(filePath)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx', 0o600);
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
