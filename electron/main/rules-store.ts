// The active rules bundle: the one shipped inside the app, or a newer signed bundle that an
// admin imported from a file (brief §3). An import is verified completely (size, JSON,
// envelope, signature by a trusted key, schema and totality, not older), written
// atomically, and only then made active; any failure leaves the installed bundle in force
// and says why. The store takes its folder and keys as parameters so tests use a temp dir.
import { open, readFile, rename, rm, stat } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { ImportResult, RulesInfo } from '../ipc-contract.ts';
import type { Bundle } from '../../rules/schema/bundle.ts';
import { MAX_BUNDLE_BYTES, verifyBundleBytes, type TrustedKey } from '../../rules/signing.ts';

/** The imported bundle, kept exactly as signed so it is verified again at every start. */
export const INSTALLED_BUNDLE_FILE = 'rules-bundle.json';
/** Answers carry a "may be out of date" notice past this many days after factsThrough. */
export const DEFAULT_STALE_AFTER_DAYS = 120;

export interface RulesStoreOptions {
  /** The folder the installed bundle lives in (the user-data folder in the app). */
  dir: string;
  trustedKeys: readonly TrustedKey[];
  shippedBundle: Bundle;
  staleAfterDays?: number;
}

export interface RulesStore {
  activeBundle(): Bundle;
  info(): RulesInfo;
  /** Verify, install and activate the bundle in `filePath`. */
  importFile(filePath: string): Promise<ImportResult>;
}

type Failure = Extract<ImportResult, { ok: false }>;
const failure = (reason: Failure['reason'], message: string): Failure => ({ ok: false, reason, message });

/** Reads at most MAX_BUNDLE_BYTES + 1 bytes, so a huge file is refused without loading it. */
export async function readBundleFile(filePath: string): Promise<{ ok: true; bytes: Uint8Array } | Failure> {
  try {
    const info = await stat(filePath);
    if (!info.isFile()) return failure('unreadable', 'That is not a file.');
    if (info.size > MAX_BUNDLE_BYTES) {
      return failure('too_large', `The file is ${info.size} bytes; a rules bundle is never larger than ${MAX_BUNDLE_BYTES} bytes.`);
    }
    const handle = await open(filePath, 'r');
    try {
      const buffer = Buffer.alloc(MAX_BUNDLE_BYTES + 1);
      let length = 0;
      for (;;) {
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
        if (bytesRead === 0) break;
        length += bytesRead;
        if (length === buffer.length) {
          return failure('too_large', `The file is larger than ${MAX_BUNDLE_BYTES} bytes; it is not a rules bundle.`);
        }
      }
      return { ok: true, bytes: buffer.subarray(0, length) };
    } finally {
      await handle.close();
    }
  } catch {
    return failure('unreadable', 'The file could not be read.');
  }
}

/** temp file in the same folder + rename: a crash leaves the old bundle or the new one,
 * never half of one. */
export async function writeFileAtomically(filePath: string, bytes: Uint8Array): Promise<void> {
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

export async function openRulesStore(options: RulesStoreOptions): Promise<RulesStore> {
  const { dir, trustedKeys, shippedBundle } = options;
  const staleAfterDays = options.staleAfterDays ?? DEFAULT_STALE_AFTER_DAYS;
  const installedPath = path.join(dir, INSTALLED_BUNDLE_FILE);

  let active: Bundle = shippedBundle;
  let origin: RulesInfo['origin'] = 'shipped';
  let warning: string | undefined;

  const started = await loadInstalledBundle(installedPath, trustedKeys, shippedBundle);
  if (started.bundle) {
    active = started.bundle;
    origin = 'imported';
  }
  warning = started.warning;

  const info = (): RulesInfo => ({
    version: active.version,
    dataAsOf: active.dataAsOf,
    factsThrough: active.factsThrough,
    origin,
    staleAfterDays,
    ...(warning ? { warning } : {}),
  });

  return {
    activeBundle: () => active,
    info,
    async importFile(filePath) {
      const read = await readBundleFile(filePath);
      if (!read.ok) return read;
      const verified = verifyBundleBytes(read.bytes, trustedKeys, active.version);
      if (!verified.ok) return failure(verified.reason, verified.message);
      try {
        await writeFileAtomically(installedPath, read.bytes);
      } catch {
        return failure('write_failed', 'The bundle is valid but could not be saved on this computer; the rules in use have not changed.');
      }
      active = verified.bundle;
      origin = 'imported';
      warning = undefined;
      return { ok: true, rules: info() };
    },
  };
}

/**
 * At start-up an installed bundle must pass the same checks as on import. A damaged one
 * is not used: the shipped bundle is, and the user is told. One older than the shipped
 * bundle (the app was updated since the import) simply gives way to it.
 */
async function loadInstalledBundle(installedPath: string, trustedKeys: readonly TrustedKey[], shippedBundle: Bundle): Promise<{ bundle?: Bundle; warning?: string }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(installedPath);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return {};
    return { warning: 'The imported rules could not be read, so the rules that came with the app are in use.' };
  }
  const verified = verifyBundleBytes(bytes, trustedKeys, shippedBundle.version);
  if (verified.ok) return { bundle: verified.bundle };
  if (verified.reason === 'older') return {};
  return { warning: `The imported rules failed a check (${verified.message}), so the rules that came with the app (version ${shippedBundle.version}) are in use.` };
}
