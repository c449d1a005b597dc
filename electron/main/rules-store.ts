// The active rules bundle: the one shipped inside the app, or a newer signed bundle that an
// admin imported from a file (brief §3). An import is verified completely (size, JSON,
// envelope, enough signatures by trusted keys, schema and totality, not older than anything
// this computer accepted before), written atomically, and only then made active; any
// failure leaves the installed bundle in force and says why. The store takes its folder,
// keys and trust policy as parameters so tests use a temp dir. Nothing here throws: a
// damaged or hostile file in user-data must never stop the app from starting (review L1).
import { constants } from 'node:fs';
import { open, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { ImportResult, RulesInfo } from '../ipc-contract.ts';
import { writeFileAtomically } from '../../rules/atomic-write.ts';
import type { Bundle } from '../../rules/schema/bundle.ts';
import { canonicalJson, compareVersions } from '../../rules/engine/index.ts';
import { DEFAULT_TRUST_POLICY, MAX_BUNDLE_BYTES, verifyBundleBytes, type TrustedKey, type TrustPolicy } from '../../rules/signing.ts';
import { EMPTY_FLOOR, effectiveFloor, FLOOR_FILE, laterOf, parseFloor, serializeFloor, withAccepted, type Floor } from '../../rules/rollback.ts';

/** The imported bundle, kept exactly as signed so it is verified again at every start. */
export const INSTALLED_BUNDLE_FILE = 'rules-bundle.json';
export { FLOOR_FILE };
/** Answers carry a "may be out of date" notice past this many days after factsThrough. */
export const DEFAULT_STALE_AFTER_DAYS = 120;

export interface RulesStoreOptions {
  /** The folder the installed bundle lives in (the user-data folder in the app). */
  dir: string;
  trustedKeys: readonly TrustedKey[];
  policy?: TrustPolicy;
  shippedBundle: Bundle;
  staleAfterDays?: number;
}

export interface RulesStore {
  activeBundle(): Bundle;
  info(): RulesInfo;
  /** Verify, install and activate the bundle in `filePath`. Never throws. */
  importFile(filePath: string): Promise<ImportResult>;
}

type Failure = Extract<ImportResult, { ok: false }>;
const failure = (reason: Failure['reason'], message: string): Failure => ({ ok: false, reason, message });

type Read = { ok: true; bytes: Uint8Array } | { ok: false; code: 'missing' | 'not_a_file' | 'too_large' | 'unreadable'; size?: number };

/**
 * Reads at most MAX_BUNDLE_BYTES + 1 bytes. The file is opened first and the open handle
 * is checked (review L16: no window between a stat and the open), without blocking on a
 * FIFO; a device, a directory or a huge file is refused without being read.
 */
async function readCapped(filePath: string): Promise<Read> {
  let handle;
  try {
    handle = await open(filePath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return { ok: false, code: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'unreadable' };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { ok: false, code: 'not_a_file' };
    if (info.size > MAX_BUNDLE_BYTES) return { ok: false, code: 'too_large', size: info.size };
    const buffer = Buffer.alloc(MAX_BUNDLE_BYTES + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.length) return { ok: false, code: 'too_large' };
    }
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch {
    return { ok: false, code: 'unreadable' };
  } finally {
    await handle.close().catch(() => {});
  }
}

/** A bundle file from a USB stick, with the refusal people read when it cannot be used. */
export async function readBundleFile(filePath: string): Promise<{ ok: true; bytes: Uint8Array } | Failure> {
  const read = await readCapped(filePath);
  if (read.ok) return read;
  switch (read.code) {
    case 'not_a_file': return failure('unreadable', 'That is not a file.');
    case 'too_large': return failure('too_large', read.size !== undefined
      ? `The file is ${read.size} bytes; a rules bundle is never larger than ${MAX_BUNDLE_BYTES} bytes.`
      : `The file is larger than ${MAX_BUNDLE_BYTES} bytes; it is not a rules bundle.`);
    default: return failure('unreadable', 'The file could not be read.');
  }
}

/** Temp files a crash left between the write and the rename (review §4.2). */
async function removeLeftoverTempFiles(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const leftover = (name: string) => [INSTALLED_BUNDLE_FILE, FLOOR_FILE].some((f) => name.startsWith(`.${f}.`) && name.endsWith('.tmp'));
  await Promise.all(names.filter(leftover).map((name) => rm(path.join(dir, name), { force: true }).catch(() => {})));
}

export async function openRulesStore(options: RulesStoreOptions): Promise<RulesStore> {
  const { dir, trustedKeys, shippedBundle } = options;
  const policy = options.policy ?? DEFAULT_TRUST_POLICY;
  const staleAfterDays = options.staleAfterDays ?? DEFAULT_STALE_AFTER_DAYS;
  const installedPath = path.join(dir, INSTALLED_BUNDLE_FILE);
  const floorPath = path.join(dir, FLOOR_FILE);

  await removeLeftoverTempFiles(dir);
  let floor = await readFloor(floorPath);
  const floorVersion = () => effectiveFloor(floor, trustedKeys, policy);

  let active: Bundle = shippedBundle;
  let origin: RulesInfo['origin'] = 'shipped';
  const started = await loadInstalledBundle(installedPath, trustedKeys, policy, shippedBundle, floorVersion());
  if (started.bundle) {
    active = started.bundle;
    origin = 'imported';
    // A floor file that was deleted or damaged is written again from the bundle in force.
    if (compareVersions(started.bundle.version, floorVersion() ?? '0.0.0') > 0) floor = await remember(floorPath, floor, started.bundle.version, started.keyIds);
  }
  let warning = started.warning;

  const info = (): RulesInfo => ({
    version: active.version,
    dataAsOf: active.dataAsOf,
    factsThrough: active.factsThrough,
    origin,
    staleAfterDays,
    ...(warning ? { warning } : {}),
  });

  const importFile = async (filePath: string): Promise<ImportResult> => {
    const read = await readBundleFile(filePath);
    if (!read.ok) return read;
    const verified = verifyBundleBytes(read.bytes, trustedKeys, { policy, minimumVersion: laterOf(active.version, floorVersion()) });
    if (!verified.ok) return failure(verified.reason, verified.message);
    // Two different bundles must never share a version (review L4): the same one again is fine.
    if (verified.bundle.version === active.version && canonicalJson(verified.bundle) !== canonicalJson(active)) {
      return failure('same_version', `The bundle is version ${active.version}, the version in use, but its rules differ: a changed bundle needs a new version.`);
    }
    try {
      await writeFileAtomically(installedPath, read.bytes);
    } catch {
      return failure('write_failed', 'The bundle is valid but could not be saved on this computer; the rules in use have not changed.');
    }
    floor = await remember(floorPath, floor, verified.bundle.version, verified.keyIds);
    active = verified.bundle;
    origin = 'imported';
    warning = undefined;
    return { ok: true, rules: info() };
  };

  return {
    activeBundle: () => active,
    info,
    async importFile(filePath) {
      try {
        return await importFile(filePath);
      } catch {
        return failure('unreadable', 'The file could not be checked; the rules in use have not changed.');
      }
    },
  };
}

async function readFloor(floorPath: string): Promise<Floor> {
  const read = await readCapped(floorPath);
  // A missing or damaged floor file counts as empty: the shipped bundle is then the floor,
  // and the bundle in force writes it again.
  return (read.ok && parseFloor(Buffer.from(read.bytes).toString('utf8'))) || EMPTY_FLOOR;
}

/** Adds an accepted version to the floor file. Failing to write it leaves the import in
 * force: the next start writes it again from the installed bundle. */
async function remember(floorPath: string, floor: Floor, version: string, keyIds: readonly string[]): Promise<Floor> {
  const next = withAccepted(floor, version, keyIds);
  await writeFileAtomically(floorPath, serializeFloor(next)).catch(() => {});
  return next;
}

const fallback = (why: string, shipped: Bundle) =>
  `The imported rules ${why}, so the rules that came with the app (version ${shipped.version}) are in use.`;

/**
 * At start-up an installed bundle must pass the same checks as on import, and be no older
 * than what this computer accepted before. A damaged, replaced or missing one is not used:
 * the shipped bundle is, and the user is told. One older than the shipped bundle (the app
 * was updated since the import) simply gives way to it.
 */
async function loadInstalledBundle(
  installedPath: string, trustedKeys: readonly TrustedKey[], policy: TrustPolicy, shippedBundle: Bundle, floorVersion: string | undefined,
): Promise<{ bundle?: Bundle; keyIds: string[]; warning?: string }> {
  try {
    const floorAboveShipped = floorVersion !== undefined && compareVersions(floorVersion, shippedBundle.version) > 0;
    const read = await readCapped(installedPath);
    if (!read.ok) {
      if (read.code === 'missing') return floorAboveShipped ? { keyIds: [], warning: fallback(`(version ${floorVersion}) are missing`, shippedBundle) } : { keyIds: [] };
      return { keyIds: [], warning: fallback(read.code === 'too_large' ? 'are too large to be a rules bundle' : 'could not be read', shippedBundle) };
    }
    const verified = verifyBundleBytes(read.bytes, trustedKeys, { policy });
    if (!verified.ok) return { keyIds: [], warning: fallback(`failed a check (${verified.message})`, shippedBundle) };
    const { version } = verified.bundle;
    if (floorVersion !== undefined && compareVersions(version, floorVersion) < 0 && floorAboveShipped) {
      return { keyIds: [], warning: fallback(`are version ${version}, older than version ${floorVersion} that this computer accepted before: the file was replaced`, shippedBundle) };
    }
    if (compareVersions(version, shippedBundle.version) < 0) return { keyIds: [] };
    return { bundle: verified.bundle, keyIds: verified.keyIds };
  } catch {
    return { keyIds: [], warning: fallback('could not be checked', shippedBundle) };
  }
}

