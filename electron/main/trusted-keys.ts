// The publisher's public keys that a rules bundle must be signed by, and the trust policy
// beside them (how many must have signed; which are revoked). Both are compiled into the
// main bundle from rules/keys/trusted/ by Vite (import.meta.glob with ?raw, and a JSON
// import), so the packaged app needs no key files on disk and an attacker cannot add one
// next to the app. A private key among them is refused (trustedKeyFromPem throws), and
// test/electron/build.test.ts checks the built main.js holds none.
import { trustedKeyFromPem, trustPolicySchema, type TrustedKey, type TrustPolicy } from '../../rules/signing.ts';
import policy from '../../rules/keys/trusted/policy.json';

const pems = import.meta.glob<string>('../../rules/keys/trusted/*.pem', { query: '?raw', import: 'default', eager: true });

export const SHIPPED_TRUSTED_KEY_PEMS: readonly string[] = Object.keys(pems).sort().map((file) => pems[file]!);

export function shippedTrustedKeys(): TrustedKey[] {
  return SHIPPED_TRUSTED_KEY_PEMS.map(trustedKeyFromPem);
}

export function shippedTrustPolicy(): TrustPolicy {
  return trustPolicySchema.parse(policy);
}
