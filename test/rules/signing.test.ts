// Signed bundles: each way a bundle file can be wrong is refused with its own reason, and
// no file makes verification throw or run long (security review L1–L3, L11, M5).
// Tests make their own key pairs; the publisher's private key is never in the repo.
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { shippedBundle } from '../../rules/data/index.ts';
import { canonicalJson, CanonicalJsonError, jsonDepth } from '../../rules/engine/index.ts';
import {
  addSignature, BUNDLE_PAYLOAD_TYPE, MAX_BUNDLE_BYTES, MAX_SIGNATURES, preAuthEncoding, signBundle, trustedKeyFromPem,
  unverifiedPayload, verifyBundleBytes, type SignedBundle, type TrustPolicy,
} from '../../rules/signing.ts';
import { loadTrustedKeyPems, loadTrustPolicy } from '../../rules/load.ts';
import { freshBundle, laterVersion } from './helpers.ts';
import { deeplyNested, deeplyNestedText, deepPayloadV1, manySignatures, signRaw } from './hostile-bundles.ts';

function keyPair() {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }) as string,
    trusted: trustedKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }) as string),
  };
}
const publisher = keyPair();
const second = keyPair();
const stranger = keyPair();
const bytes = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));
const signedBytes = (bundle = shippedBundle, key = publisher.privatePem) => bytes(signBundle(bundle, key));
const decodePayload = (envelope: SignedBundle) => Buffer.from(envelope.payload, 'base64').toString('utf8');

describe('signed rules bundles', () => {
  it('accepts a bundle signed by a trusted key', () => {
    const r = verifyBundleBytes(signedBytes(), [publisher.trusted]);
    expect(r).toMatchObject({ ok: true, keyIds: [publisher.trusted.keyId] });
    expect(r.ok && r.bundle.version).toBe(shippedBundle.version);
  });

  it('accepts the envelope pretty-printed, with a byte-order mark or CRLF: only the payload bytes are signed', () => {
    const pretty = JSON.stringify(signBundle(shippedBundle, publisher.privatePem), null, 2).replace(/\n/g, '\r\n');
    expect(verifyBundleBytes(bytes(pretty), [publisher.trusted]).ok).toBe(true);
    expect(verifyBundleBytes(bytes(`\uFEFF${pretty}`), [publisher.trusted]).ok).toBe(true);
  });

  it('signs the exact payload bytes, with the payload type (DSSE pre-authentication encoding)', () => {
    const envelope = signBundle(shippedBundle, publisher.privatePem);
    expect(envelope.payloadType).toBe(BUNDLE_PAYLOAD_TYPE);
    expect(decodePayload(envelope)).toBe(canonicalJson(shippedBundle));
    const payload = Buffer.from(envelope.payload, 'base64');
    expect(preAuthEncoding(BUNDLE_PAYLOAD_TYPE, payload).subarray(0, 7).toString()).toBe('DSSEv1 ');
  });

  it('refuses one changed byte in the rules', () => {
    const envelope = signBundle(shippedBundle, publisher.privatePem);
    const changed = decodePayload(envelope).replace('"outcome":"protected"', '"outcome":"unclear"');
    expect(changed).not.toBe(decodePayload(envelope));
    const tampered = { ...envelope, payload: Buffer.from(changed).toString('base64') };
    expect(verifyBundleBytes(bytes(tampered), [publisher.trusted])).toMatchObject({ ok: false, reason: 'bad_signature' });
  });

  it('refuses the same rules written differently (review L2: a signature covers bytes, not a re-serialisation)', () => {
    const envelope = signBundle(shippedBundle, publisher.privatePem);
    const text = decodePayload(envelope);
    for (const variant of [
      JSON.stringify(JSON.parse(text), null, 1), // pretty-printed payload
      text.replace('"formatVersion":1', '"formatVersion":1e0'), // the same number
      text.replace('{', '{"version":"9.9.9",'), // a duplicate key, which JSON.parse resolves to the signed value
    ]) {
      expect(variant).not.toBe(text);
      const edited = { ...envelope, payload: Buffer.from(variant).toString('base64') };
      expect(verifyBundleBytes(bytes(edited), [publisher.trusted])).toMatchObject({ ok: false, reason: 'bad_signature' });
    }
  });

  it('a key cannot be used to sign something else that passes as a bundle: the payload type is signed', () => {
    const envelope = signBundle(shippedBundle, publisher.privatePem);
    const otherType = { ...envelope, payloadType: 'application/json' };
    expect(verifyBundleBytes(bytes(otherType), [publisher.trusted])).toMatchObject({ ok: false, reason: 'not_a_bundle' });
  });

  it('refuses a signature by an unknown key', () => {
    expect(verifyBundleBytes(signedBytes(shippedBundle, stranger.privatePem), [publisher.trusted])).toMatchObject({ ok: false, reason: 'unknown_key' });
  });

  it('refuses a bundle without signatures, and a plain unsigned bundle', () => {
    const envelope = signBundle(shippedBundle, publisher.privatePem);
    expect(verifyBundleBytes(bytes({ ...envelope, signatures: [] }), [publisher.trusted])).toMatchObject({ ok: false, reason: 'unsigned' });
    expect(verifyBundleBytes(bytes(shippedBundle), [publisher.trusted])).toMatchObject({ ok: false, reason: 'not_a_bundle' });
  });

  it('refuses the old format 1 (payload as an object) and says so', () => {
    const r = verifyBundleBytes(bytes({ payload: shippedBundle, signatures: [{ keyId: publisher.trusted.keyId, algorithm: 'ed25519', value: 'AAAA' }] }), [publisher.trusted]);
    expect(r).toMatchObject({ ok: false, reason: 'old_format' });
    expect(!r.ok && r.message).toMatch(/old format 1/);
  });

  it('refuses a bundle older than the minimum version, and accepts the same or newer', () => {
    expect(verifyBundleBytes(signedBytes(), [publisher.trusted], { minimumVersion: laterVersion(shippedBundle.version, 'patch') })).toMatchObject({ ok: false, reason: 'older' });
    expect(verifyBundleBytes(signedBytes(), [publisher.trusted], { minimumVersion: shippedBundle.version }).ok).toBe(true);
    expect(verifyBundleBytes(signedBytes(), [publisher.trusted], { minimumVersion: '0.9.12' }).ok).toBe(true);
  });

  it('refuses a correctly signed bundle that fails the schema or totality', () => {
    const broken = freshBundle();
    broken.rules = broken.rules.filter((r) => r.id !== 'cms-notice-2025-11-25');
    const r = verifyBundleBytes(signedBytes(broken), [publisher.trusted]);
    expect(r).toMatchObject({ ok: false, reason: 'schema' });
    expect(!r.ok && r.message).toMatch(/no rule covers|unknown rule/);
  });

  it('refuses an oversized file before reading it as JSON', () => {
    const big = new Uint8Array(MAX_BUNDLE_BYTES + 1).fill(0x20);
    expect(verifyBundleBytes(big, [publisher.trusted])).toMatchObject({ ok: false, reason: 'too_large' });
  });

  it('refuses a truncated file, and bytes that are not UTF-8', () => {
    const full = signedBytes();
    expect(verifyBundleBytes(full.slice(0, full.length / 2), [publisher.trusted])).toMatchObject({ ok: false, reason: 'not_json' });
    const invalid = Uint8Array.from([...bytes('{"payload":"'), 0xff, ...bytes('"}')]);
    expect(verifyBundleBytes(invalid, [publisher.trusted])).toMatchObject({ ok: false, reason: 'not_json' });
  });

  it('the repository trusts exactly the publisher keys in rules/keys/trusted, all Ed25519 public keys, under a valid policy', () => {
    const pems = loadTrustedKeyPems();
    expect(pems.length).toBeGreaterThanOrEqual(1);
    for (const { pem } of pems) expect(pem).not.toMatch(/PRIVATE KEY/);
    const keys = pems.map(({ pem }) => trustedKeyFromPem(pem));
    expect(keys.every((k) => /^[0-9a-f]{16}$/.test(k.keyId))).toBe(true);
    const policy = loadTrustPolicy();
    expect(policy.threshold).toBeLessThanOrEqual(keys.filter((k) => !policy.revokedKeyIds.includes(k.keyId)).length);
    expect(verifyBundleBytes(signedBytes(), keys, { policy })).toMatchObject({ ok: false, reason: 'unknown_key' });
  });
});

describe('hostile bundle files never make verification throw or run long (review L1, L3)', () => {
  it('a payload nested 5,000 and 200,000 deep in the old format: refused, no stack overflow', () => {
    for (const depth of [5_000, 200_000]) {
      expect(verifyBundleBytes(deepPayloadV1(depth), [publisher.trusted])).toMatchObject({ ok: false, reason: 'old_format' });
    }
  });

  it('a signed payload nested 5,000 deep: the signature checks, then the depth bound refuses it', () => {
    const r = verifyBundleBytes(signRaw(deeplyNestedText(5_000), publisher.privatePem), [publisher.trusted]);
    expect(r).toMatchObject({ ok: false, reason: 'schema' });
    expect(!r.ok && r.message).toMatch(/nested more than 64 levels/);
  });

  it('an unsigned payload nested 200,000 deep is never parsed', () => {
    const r = verifyBundleBytes(signRaw(deeplyNestedText(200_000), stranger.privatePem), [publisher.trusted]);
    expect(r).toMatchObject({ ok: false, reason: 'unknown_key' });
  });

  it('32,000 bogus signatures are refused at once, before any is checked', () => {
    const file = manySignatures(32_000, publisher.trusted.keyId);
    expect(file.byteLength).toBeLessThanOrEqual(MAX_BUNDLE_BYTES);
    const started = performance.now();
    const r = verifyBundleBytes(file, [publisher.trusted]);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(r).toMatchObject({ ok: false, reason: 'not_a_bundle' });
    expect(!r.ok && r.message).toMatch(/32000 signatures; a rules bundle has at most 8/);
  });

  it('at most MAX_SIGNATURES signatures, each key once', () => {
    const envelope = signBundle(shippedBundle, publisher.privatePem);
    const repeated = { ...envelope, signatures: [envelope.signatures[0]!, envelope.signatures[0]!] };
    expect(verifyBundleBytes(bytes(repeated), [publisher.trusted])).toMatchObject({ ok: false, reason: 'not_a_bundle' });
    expect(MAX_SIGNATURES).toBe(8);
  });

  it('random damage anywhere in a signed file is refused, never thrown', () => {
    const good = signedBytes();
    for (let i = 0; i < 300; i++) {
      const damaged = Uint8Array.from(good);
      const at = (i * 7919) % damaged.length;
      damaged[at] = (damaged[at]! + 1 + (i % 250)) % 256;
      const r = verifyBundleBytes(damaged.subarray(0, damaged.length - (i % 3)), [publisher.trusted]);
      expect(r.ok).toBe(false);
    }
  });
});

describe('several trusted keys, revocation and a threshold (review M5; The Update Framework)', () => {
  const both = [publisher.trusted, second.trusted];
  const twoOf: TrustPolicy = { threshold: 2, revokedKeyIds: [] };

  it('with threshold 1, any one trusted key is enough', () => {
    expect(verifyBundleBytes(signedBytes(shippedBundle, second.privatePem), both)).toMatchObject({ ok: true, keyIds: [second.trusted.keyId] });
  });

  it('with threshold 2, one signature is refused and two by different keys are accepted', () => {
    const once = signBundle(shippedBundle, publisher.privatePem);
    expect(verifyBundleBytes(bytes(once), both, { policy: twoOf })).toMatchObject({ ok: false, reason: 'too_few_signatures' });
    const twice = addSignature(once, second.privatePem);
    expect(verifyBundleBytes(bytes(twice), both, { policy: twoOf })).toMatchObject({ ok: true, keyIds: [publisher.trusted.keyId, second.trusted.keyId].sort() });
    expect(() => addSignature(twice, second.privatePem)).toThrow(/already signed/);
  });

  it('with threshold 2, a bad signature does not count, nor does an untrusted key', () => {
    const once = signBundle(shippedBundle, publisher.privatePem);
    const forged = { ...once, signatures: [...once.signatures, { keyId: second.trusted.keyId, algorithm: 'ed25519' as const, value: once.signatures[0]!.value }] };
    expect(verifyBundleBytes(bytes(forged), both, { policy: twoOf })).toMatchObject({ ok: false, reason: 'too_few_signatures' });
    const withStranger = addSignature(once, stranger.privatePem);
    expect(verifyBundleBytes(bytes(withStranger), both, { policy: twoOf })).toMatchObject({ ok: false, reason: 'too_few_signatures' });
  });

  it('a revoked key is refused by name, even while its .pem is still trusted', () => {
    const revoked: TrustPolicy = { threshold: 1, revokedKeyIds: [publisher.trusted.keyId] };
    const r = verifyBundleBytes(signedBytes(), both, { policy: revoked });
    expect(r).toMatchObject({ ok: false, reason: 'revoked_key' });
    expect(!r.ok && r.message).toContain(publisher.trusted.keyId);
    // The other key still signs.
    expect(verifyBundleBytes(signedBytes(shippedBundle, second.privatePem), both, { policy: revoked }).ok).toBe(true);
    // A revoked key's signature never counts towards a threshold.
    const twice = addSignature(signBundle(shippedBundle, publisher.privatePem), second.privatePem);
    expect(verifyBundleBytes(bytes(twice), both, { policy: { threshold: 2, revokedKeyIds: [publisher.trusted.keyId] } })).toMatchObject({ ok: false, reason: 'too_few_signatures' });
  });

  it('a private key is never taken for a trusted key (review L11)', () => {
    expect(() => trustedKeyFromPem(publisher.privatePem)).toThrow(/private key/);
    expect(trustedKeyFromPem(publisher.publicPem).keyId).toBe(publisher.trusted.keyId);
  });
});

describe('canonical JSON (review L1, L2)', () => {
  /** The recursive canonicaliser this replaced, for shallow values. */
  const reference = (v: unknown): unknown => Array.isArray(v) ? v.map(reference)
    : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, reference((v as Record<string, unknown>)[k])])) : v;

  it('gives the same text as before for the shipped bundle', () => {
    expect(canonicalJson(shippedBundle)).toBe(JSON.stringify(reference(shippedBundle)));
  });

  it('does not recurse: 200,000 levels are refused with its own error, not a stack overflow', () => {
    expect(() => canonicalJson(deeplyNested(200_000))).toThrow(CanonicalJsonError);
    expect(canonicalJson(deeplyNested(5_000), 10_000)).toBe('['.repeat(5_000) + ']'.repeat(5_000));
    expect(jsonDepth(deeplyNested(200_000))).toBe(65);
  });

  it('refuses values JSON.stringify would change silently: non-finite numbers and -0', () => {
    for (const v of [Infinity, -Infinity, NaN, -0]) expect(() => canonicalJson({ a: [v] })).toThrow(CanonicalJsonError);
    expect(canonicalJson({ b: 1, a: [null, 0, 'x'], c: undefined })).toBe('{"a":[null,0,"x"],"b":1}');
  });
});

describe('reading a bundle file for review (no trust)', () => {
  it('reads format 2, format 1 and a plain bundle', () => {
    const text = JSON.stringify(signBundle(shippedBundle, publisher.privatePem));
    expect(unverifiedPayload(text)).toEqual(JSON.parse(canonicalJson(shippedBundle)));
    expect(unverifiedPayload(JSON.stringify({ payload: { a: 1 }, signatures: [] }))).toEqual({ a: 1 });
    expect(unverifiedPayload('{"a":1}')).toEqual({ a: 1 });
  });
});
