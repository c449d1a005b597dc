// Rollback protection that survives a swap of the bundle file (security review L4): the app
// remembers, in a file of its own beside the installed bundle, each version it accepted and
// which keys signed it. A bundle older than the highest of those is refused at import and
// at start-up, wherever it came from.
//
// A record counts only while its signers would still be trusted (enough of them, none
// revoked): when a stolen key signed "version 999" (review M5) and an app release revokes
// it, that record stops counting and genuine bundles are accepted again.
import { z } from 'zod';
import { compareVersions } from './engine/index.ts';
import { MAX_SIGNATURES, type TrustedKey, type TrustPolicy } from './signing.ts';

/** In the user-data folder, beside rules-bundle.json. */
export const FLOOR_FILE = 'rules-floor.json';
/** The newest records are kept; older ones can never be the highest anyway. */
export const MAX_FLOOR_RECORDS = 32;

const floorSchema = z.object({
  accepted: z.array(z.object({
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    keyIds: z.array(z.string().regex(/^[0-9a-f]{16}$/)).min(1).max(MAX_SIGNATURES),
  }).strict()).max(MAX_FLOOR_RECORDS),
}).strict();
export type Floor = z.infer<typeof floorSchema>;
export const EMPTY_FLOOR: Floor = { accepted: [] };

/** The floor file's contents, or undefined when it is not one. */
export function parseFloor(text: string): Floor | undefined {
  try {
    const parsed = floorSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function serializeFloor(floor: Floor): string {
  return JSON.stringify(floor, null, 2) + '\n';
}

/** The floor with one more accepted version, keeping the newest MAX_FLOOR_RECORDS. */
export function withAccepted(floor: Floor, version: string, keyIds: readonly string[]): Floor {
  const accepted = [...floor.accepted.filter((r) => r.version !== version || r.keyIds.join() !== keyIds.join()), { version, keyIds: [...keyIds] }]
    .sort((a, b) => compareVersions(b.version, a.version))
    .slice(0, MAX_FLOOR_RECORDS);
  return { accepted };
}

/** The highest version accepted with signatures that would still be accepted today, or
 * undefined when there is none. */
export function effectiveFloor(floor: Floor, trusted: readonly TrustedKey[], policy: TrustPolicy): string | undefined {
  const revoked = new Set(policy.revokedKeyIds);
  const usable = new Set(trusted.map((k) => k.keyId).filter((id) => !revoked.has(id)));
  let highest: string | undefined;
  for (const record of floor.accepted) {
    if (record.keyIds.filter((id) => usable.has(id)).length < policy.threshold) continue;
    if (highest === undefined || compareVersions(record.version, highest) > 0) highest = record.version;
  }
  return highest;
}

/** The later of two versions, either of which may be missing. */
export function laterOf(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return compareVersions(a, b) >= 0 ? a : b;
}
