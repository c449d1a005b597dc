// Signed rules bundles (brief §3), made and checked with Node's own crypto. Used by the CLI
// (keygen/sign/verify) and by the Electron main process (importing a bundle).
//
// File format 2 (since the December 2026 security review; format 1 is refused, see
// rules/README.md "Signing"): a DSSE-style envelope (github.com/secure-systems-lab/dsse)
//
//   { "payloadType": BUNDLE_PAYLOAD_TYPE,
//     "payload": "<base64 of the canonical JSON bytes of the bundle>",
//     "signatures": [{ "keyId": "<16 hex>", "algorithm": "ed25519", "value": "<base64>" }, …] }
//
// Each signature is Ed25519 over PAE(payloadType, payload bytes), DSSE's pre-authentication
// encoding, so (review L2) the signature covers the exact bytes that are then parsed, and a
// key's signature for another purpose cannot be taken for a bundle signature (the type is
// signed too). Nothing in the payload is parsed before a signature by a trusted key checks.
//
// Trust, as The Update Framework does it: several keys may be trusted (rules/keys/trusted/
// *.pem), some revoked (policy.json beside them), and `threshold` of them must have signed
// (a stolen key alone cannot sign "law" when the threshold is 2: review M5).
//
// verifyBundleBytes never throws: whatever the file holds, the answer is a refusal with a
// reason (review L1), and its work is bounded: size, signatures checked, nesting depth (L3).
import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { z } from 'zod';
import { canonicalJson, compareVersions, formatProblem, jsonDepth, MAX_JSON_DEPTH, validateBundle, type Bundle } from './engine/index.ts';

/** A real bundle is about 100 KB; anything past this is not one of ours. */
export const MAX_BUNDLE_BYTES = 5 * 1024 * 1024;
/** More signatures than this are refused before any is checked (review L3: 32,000 bogus ones
 * kept the main process busy for 5 s). Far above any sane threshold. */
export const MAX_SIGNATURES = 8;
export const BUNDLE_PAYLOAD_TYPE = 'application/vnd.medicaid-data-notice.rules-bundle+json';
export const SIGNATURE_ALGORITHM = 'ed25519';

const keyIdSchema = z.string().regex(/^[0-9a-f]{16}$/);
const signatureSchema = z.object({
  keyId: keyIdSchema,
  algorithm: z.literal(SIGNATURE_ALGORITHM),
  value: z.base64().max(200),
}).strict();

export const signedBundleSchema = z.object({
  payloadType: z.literal(BUNDLE_PAYLOAD_TYPE),
  payload: z.base64(),
  signatures: z.array(signatureSchema).max(MAX_SIGNATURES),
}).strict();
export type SignedBundle = z.infer<typeof signedBundleSchema>;

/** Which of the trusted keys count, and how many must have signed. Compiled into the app
 * from rules/keys/trusted/policy.json; the CLI reads the same file. */
export const trustPolicySchema = z.object({
  /** Signatures by distinct trusted, unrevoked keys a bundle needs. */
  threshold: z.number().int().min(1).max(MAX_SIGNATURES),
  /** Keys that are never trusted again, by id, even if their .pem is still present. */
  revokedKeyIds: z.array(keyIdSchema).max(1000),
}).strict();
export type TrustPolicy = z.infer<typeof trustPolicySchema>;
export const DEFAULT_TRUST_POLICY: TrustPolicy = { threshold: 1, revokedKeyIds: [] };

export interface TrustedKey {
  keyId: string;
  key: KeyObject;
}

/** A key's id: the first 16 hex digits of the SHA-256 of its DER public key. */
export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 16);
}

/** A trusted key from a PEM public key. A private key is refused (review L11):
 * createPublicKey would quietly derive the public half, and a private key in the trusted
 * folder would end up inside every installer. */
export function trustedKeyFromPem(pem: string): TrustedKey {
  if (isPrivateKey(pem)) throw new Error('a trusted key must be a public key, and this is a private key: remove it and keep it off the repository');
  const key = createPublicKey(pem);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('trusted keys must be Ed25519 public keys');
  return { keyId: keyIdOf(key), key };
}

/** Asked of crypto rather than of the text, so the app's build holds no "BEGIN … KEY"
 * pattern for test/electron/build.test.ts to mistake for an embedded key. */
function isPrivateKey(pem: string): boolean {
  try {
    createPrivateKey(pem);
    return true;
  } catch {
    return false;
  }
}

/** DSSE v1 pre-authentication encoding: what each signature signs. */
export function preAuthEncoding(payloadType: string, payload: Uint8Array): Buffer {
  const type = Buffer.from(payloadType, 'utf8');
  return Buffer.concat([Buffer.from(`DSSEv1 ${type.length} `), type, Buffer.from(` ${payload.length} `), payload]);
}

function signerOf(privateKeyPem: string): { privateKey: KeyObject; keyId: string } {
  const privateKey = createPrivateKey(privateKeyPem);
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error('the signing key must be an Ed25519 private key');
  return { privateKey, keyId: keyIdOf(createPublicKey(privateKey)) };
}

/** A new envelope for `bundle`, with one signature. */
export function signBundle(bundle: Bundle, privateKeyPem: string): SignedBundle {
  const payload = Buffer.from(canonicalJson(bundle), 'utf8');
  return addSignature({ payloadType: BUNDLE_PAYLOAD_TYPE, payload: payload.toString('base64'), signatures: [] }, privateKeyPem);
}

/** The same envelope with one more signature over the same bytes: how a second publisher
 * co-signs when the trust policy's threshold is 2. */
export function addSignature(envelope: SignedBundle, privateKeyPem: string): SignedBundle {
  const { privateKey, keyId } = signerOf(privateKeyPem);
  if (envelope.signatures.some((s) => s.keyId === keyId)) throw new Error(`the bundle is already signed by key ${keyId}`);
  if (envelope.signatures.length >= MAX_SIGNATURES) throw new Error(`a bundle carries at most ${MAX_SIGNATURES} signatures`);
  const value = sign(null, preAuthEncoding(envelope.payloadType, Buffer.from(envelope.payload, 'base64')), privateKey).toString('base64');
  return { ...envelope, signatures: [...envelope.signatures, { keyId, algorithm: SIGNATURE_ALGORITHM, value }] };
}

export type VerifyFailure =
  | 'too_large' | 'not_json' | 'not_a_bundle' | 'old_format' | 'unsigned' | 'unknown_key' | 'revoked_key'
  | 'bad_signature' | 'too_few_signatures' | 'schema' | 'older';

export type VerifyResult =
  | { ok: true; bundle: Bundle; /** The trusted keys whose signatures checked, sorted. */ keyIds: string[]; payload: Uint8Array }
  | { ok: false; reason: VerifyFailure; message: string };

export interface VerifyOptions {
  /** Refuse a bundle older than this version (the installed one, or the highest accepted). */
  minimumVersion?: string;
  policy?: TrustPolicy;
}

const fail = (reason: VerifyFailure, message: string): VerifyResult => ({ ok: false, reason, message });

/**
 * Everything a bundle file must pass before the app uses it, in order: size, JSON, the
 * envelope, enough signatures by trusted keys over the exact payload bytes, then (only
 * now) the payload's JSON, its depth, the schema and totality, and a version not older
 * than `minimumVersion`. Each refusal has its own reason and a sentence for people.
 * Never throws.
 */
export function verifyBundleBytes(bytes: Uint8Array, trusted: readonly TrustedKey[], options: VerifyOptions = {}): VerifyResult {
  try {
    return verifyUnguarded(bytes, trusted, options.policy ?? DEFAULT_TRUST_POLICY, options.minimumVersion);
  } catch {
    // No known input gets here; if one does, it is refused like any other bad file.
    return fail('not_a_bundle', 'The file could not be checked, so it is not used.');
  }
}

function verifyUnguarded(bytes: Uint8Array, trusted: readonly TrustedKey[], policy: TrustPolicy, minimumVersion: string | undefined): VerifyResult {
  if (bytes.byteLength > MAX_BUNDLE_BYTES) {
    return fail('too_large', `The file is ${bytes.byteLength} bytes; a rules bundle is never larger than ${MAX_BUNDLE_BYTES} bytes.`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(decodeUtf8(bytes));
  } catch {
    return fail('not_json', 'The file is not readable JSON (it may be cut short or damaged).');
  }
  const shape = envelopeShape(parsed);
  if (shape) return shape;
  const envelope = signedBundleSchema.safeParse(parsed);
  if (!envelope.success) return fail('not_a_bundle', 'The file is not a signed rules bundle (expected "payloadType", "payload" and "signatures").');
  const { signatures } = envelope.data;
  if (signatures.length === 0) return fail('unsigned', 'The bundle has no signature.');
  if (new Set(signatures.map((s) => s.keyId)).size !== signatures.length) return fail('not_a_bundle', 'The bundle names the same key in two signatures.');

  const payload = Buffer.from(envelope.data.payload, 'base64');
  const signed = preAuthEncoding(envelope.data.payloadType, payload);
  const revoked = new Set(policy.revokedKeyIds);
  const usable = trusted.filter((k) => !revoked.has(k.keyId));
  const candidates = signatures.filter((s) => usable.some((k) => k.keyId === s.keyId));
  if (candidates.length === 0) {
    const revokedSigners = signatures.filter((s) => revoked.has(s.keyId)).map((s) => s.keyId);
    if (revokedSigners.length > 0) return fail('revoked_key', `The bundle is signed by a key that has been revoked (${revokedSigners.join(', ')}).`);
    return fail('unknown_key', `The bundle is signed by a key this app does not trust (${signatures.map((s) => s.keyId).join(', ')}).`);
  }
  const good = candidates
    .filter((s) => verify(null, signed, usable.find((k) => k.keyId === s.keyId)!.key, Buffer.from(s.value, 'base64')))
    .map((s) => s.keyId)
    .sort();
  if (good.length === 0) return fail('bad_signature', 'The signature does not match the contents: the file was changed after it was signed.');
  if (good.length < policy.threshold) {
    return fail('too_few_signatures', `The bundle needs signatures by ${policy.threshold} trusted keys and has ${good.length}.`);
  }

  // Authenticated: only now is the payload read.
  let payloadValue: unknown;
  try {
    payloadValue = JSON.parse(decodeUtf8(payload));
  } catch {
    return fail('schema', 'The signed rules are not readable JSON.');
  }
  if (jsonDepth(payloadValue) > MAX_JSON_DEPTH) return fail('schema', `The signed rules are nested more than ${MAX_JSON_DEPTH} levels deep; no rules bundle is.`);
  const validation = validateBundle(payloadValue, 'bundle');
  if (!validation.ok) {
    return fail('schema', `The bundle's rules are not valid: ${validation.problems.slice(0, 3).map(formatProblem).join('; ')}`);
  }
  if (minimumVersion !== undefined && compareVersions(validation.bundle.version, minimumVersion) < 0) {
    return fail('older', `The bundle is version ${validation.bundle.version}, older than ${minimumVersion}, the newest this computer has accepted.`);
  }
  return { ok: true, bundle: validation.bundle, keyIds: good, payload };
}

/** Strict UTF-8: a byte sequence that is not UTF-8 is not silently turned into U+FFFD. A
 * leading byte-order mark is dropped: the envelope is not signed, so a bundle re-saved by
 * an editor that adds one (Notepad) still reads; the payload's bytes are signed as they are. */
function decodeUtf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** Refusals that need only a glance at the parsed envelope, before any schema runs over it:
 * a format-1 file (payload as an object), and a flood of signatures (review L3). */
function envelopeShape(parsed: unknown): VerifyResult | undefined {
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return fail('not_a_bundle', 'The file is not a signed rules bundle.');
  const { payload, signatures } = parsed as { payload?: unknown; signatures?: unknown };
  if (payload !== null && typeof payload === 'object') {
    return fail('old_format', 'The bundle is in the old format 1, which this version of the app no longer accepts; ask the publisher for the same rules signed again.');
  }
  if (Array.isArray(signatures) && signatures.length > MAX_SIGNATURES) {
    return fail('not_a_bundle', `The bundle carries ${signatures.length} signatures; a rules bundle has at most ${MAX_SIGNATURES}.`);
  }
  return undefined;
}

/**
 * The bundle inside a bundle file, WITHOUT checking any signature: for the CLI's diff and
 * query --bundle, which read bundles for review, never for use. Reads format 2, format 1
 * (`payload` as an object) and a plain bundle. Throws on anything else.
 */
export function unverifiedPayload(text: string): unknown {
  const raw: unknown = JSON.parse(text);
  if (!raw || typeof raw !== 'object' || !('payload' in raw)) return raw;
  const { payload } = raw as { payload: unknown };
  if (typeof payload === 'string') return JSON.parse(decodeUtf8(Buffer.from(payload, 'base64')));
  return payload;
}
