// Signed bundles: each way a bundle file can be wrong is refused with its own reason.
// Tests make their own key pairs; the publisher's private key is never in the repo.
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { shippedBundle } from '../../rules/data/index.ts';
import { MAX_BUNDLE_BYTES, signBundle, trustedKeyFromPem, verifyBundleBytes } from '../../rules/signing.ts';
import { loadTrustedKeyPems } from '../../rules/load.ts';
import { freshBundle, laterVersion } from './helpers.ts';

function keyPair() {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
    trusted: trustedKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }) as string),
  };
}
const publisher = keyPair();
const stranger = keyPair();
const bytes = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));
const signedBytes = (bundle = shippedBundle, key = publisher.privatePem) => bytes(signBundle(bundle, key));

describe('signed rules bundles', () => {
  it('accepts a bundle signed by a trusted key', () => {
    const r = verifyBundleBytes(signedBytes(), [publisher.trusted]);
    expect(r).toMatchObject({ ok: true, keyId: publisher.trusted.keyId });
    expect(r.ok && r.bundle.version).toBe(shippedBundle.version);
  });

  it('accepts a pretty-printed copy: the signature covers canonical JSON', () => {
    expect(verifyBundleBytes(bytes(JSON.stringify(signBundle(shippedBundle, publisher.privatePem), null, 2)), [publisher.trusted]).ok).toBe(true);
  });

  it('refuses one changed byte in the rules', () => {
    const text = new TextDecoder().decode(signedBytes()).replace('"outcome":"protected"', '"outcome":"unclear"');
    expect(verifyBundleBytes(bytes(text), [publisher.trusted])).toMatchObject({ ok: false, reason: 'bad_signature' });
  });

  it('refuses a signature by an unknown key', () => {
    expect(verifyBundleBytes(signedBytes(shippedBundle, stranger.privatePem), [publisher.trusted])).toMatchObject({ ok: false, reason: 'unknown_key' });
  });

  it('refuses a bundle without signatures, and a plain unsigned bundle', () => {
    expect(verifyBundleBytes(bytes({ payload: shippedBundle, signatures: [] }), [publisher.trusted])).toMatchObject({ ok: false, reason: 'unsigned' });
    expect(verifyBundleBytes(bytes(shippedBundle), [publisher.trusted])).toMatchObject({ ok: false, reason: 'not_a_bundle' });
  });

  it('refuses a bundle older than the installed one, and accepts the same or newer', () => {
    expect(verifyBundleBytes(signedBytes(), [publisher.trusted], laterVersion(shippedBundle.version, 'patch'))).toMatchObject({ ok: false, reason: 'older' });
    expect(verifyBundleBytes(signedBytes(), [publisher.trusted], shippedBundle.version).ok).toBe(true);
    expect(verifyBundleBytes(signedBytes(), [publisher.trusted], '0.9.12').ok).toBe(true);
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

  it('refuses a truncated file', () => {
    const full = signedBytes();
    expect(verifyBundleBytes(full.slice(0, full.length / 2), [publisher.trusted])).toMatchObject({ ok: false, reason: 'not_json' });
  });

  it('the repository trusts exactly the publisher keys in rules/keys/trusted, all Ed25519', () => {
    const keys = loadTrustedKeyPems().map(trustedKeyFromPem);
    expect(keys.length).toBeGreaterThanOrEqual(1);
    expect(keys.every((k) => /^[0-9a-f]{16}$/.test(k.keyId))).toBe(true);
    expect(verifyBundleBytes(signedBytes(), keys)).toMatchObject({ ok: false, reason: 'unknown_key' });
  });
});
