// Signed rules bundles (brief §3): one canonical JSON payload plus Ed25519 signatures made
// with Node's own crypto. The app trusts only the public keys in rules/keys/trusted/; no
// private key is ever committed (the publisher keeps it; tests make their own pairs).
// Used by the CLI (sign/verify) and by the Electron main process (importing a bundle).
import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { z } from 'zod';
import { canonicalJson, compareVersions, formatProblem, validateBundle, type Bundle } from './engine/index.ts';

/** A real bundle is about 100 KB; anything past this is not one of ours. */
export const MAX_BUNDLE_BYTES = 5 * 1024 * 1024;

export const signedBundleSchema = z.object({
  payload: z.unknown(),
  signatures: z.array(z.object({
    keyId: z.string().regex(/^[0-9a-f]{16}$/),
    algorithm: z.literal('ed25519'),
    value: z.base64(),
  }).strict()),
}).strict();
export type SignedBundle = { payload: Bundle; signatures: { keyId: string; algorithm: 'ed25519'; value: string }[] };

export interface TrustedKey {
  keyId: string;
  key: KeyObject;
}

/** A key's id: the first 16 hex digits of the SHA-256 of its DER public key. */
export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 16);
}

export function trustedKeyFromPem(pem: string): TrustedKey {
  const key = createPublicKey(pem);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('trusted keys must be Ed25519 public keys');
  return { keyId: keyIdOf(key), key };
}

export function signBundle(bundle: Bundle, privateKeyPem: string): SignedBundle {
  const privateKey = createPrivateKey(privateKeyPem);
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error('the signing key must be an Ed25519 private key');
  const keyId = keyIdOf(createPublicKey(privateKey));
  const value = sign(null, Buffer.from(canonicalJson(bundle)), privateKey).toString('base64');
  return { payload: bundle, signatures: [{ keyId, algorithm: 'ed25519', value }] };
}

export type VerifyFailure =
  | 'too_large' | 'not_json' | 'not_a_bundle' | 'unsigned' | 'unknown_key' | 'bad_signature' | 'schema' | 'older';

export type VerifyResult =
  | { ok: true; bundle: Bundle; keyId: string }
  | { ok: false; reason: VerifyFailure; message: string };

const fail = (reason: VerifyFailure, message: string): VerifyResult => ({ ok: false, reason, message });

/**
 * Everything a bundle file must pass before the app uses it, in order: size, JSON, the
 * envelope, a signature by a trusted key, the schema and totality, and a version not
 * older than the installed one. Each refusal has its own reason and a sentence for people.
 */
export function verifyBundleBytes(bytes: Uint8Array, trusted: readonly TrustedKey[], installedVersion?: string): VerifyResult {
  if (bytes.byteLength > MAX_BUNDLE_BYTES) {
    return fail('too_large', `The file is ${bytes.byteLength} bytes; a rules bundle is never larger than ${MAX_BUNDLE_BYTES} bytes.`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    return fail('not_json', 'The file is not readable JSON (it may be cut short or damaged).');
  }
  const envelope = signedBundleSchema.safeParse(parsed);
  if (!envelope.success) return fail('not_a_bundle', 'The file is not a signed rules bundle (expected "payload" and "signatures").');
  if (envelope.data.signatures.length === 0) return fail('unsigned', 'The bundle has no signature.');
  const payloadBytes = Buffer.from(canonicalJson(envelope.data.payload));
  const known = envelope.data.signatures.filter((s) => trusted.some((k) => k.keyId === s.keyId));
  if (known.length === 0) {
    return fail('unknown_key', `The bundle is signed by a key this app does not trust (${envelope.data.signatures.map((s) => s.keyId).join(', ')}).`);
  }
  const good = known.find((s) => verify(null, payloadBytes, trusted.find((k) => k.keyId === s.keyId)!.key, Buffer.from(s.value, 'base64')));
  if (!good) return fail('bad_signature', 'The signature does not match the contents: the file was changed after it was signed.');
  const validation = validateBundle(envelope.data.payload, 'bundle');
  if (!validation.ok) {
    return fail('schema', `The bundle's rules are not valid: ${validation.problems.slice(0, 3).map(formatProblem).join('; ')}`);
  }
  if (installedVersion !== undefined && compareVersions(validation.bundle.version, installedVersion) < 0) {
    return fail('older', `The bundle is version ${validation.bundle.version}, older than the installed ${installedVersion}.`);
  }
  return { ok: true, bundle: validation.bundle, keyId: good.keyId };
}
