// The publisher's public keys that a rules bundle must be signed by. They are compiled into
// the main bundle from rules/keys/trusted/*.pem by Vite (import.meta.glob with ?raw), so the
// packaged app needs no key files on disk and an attacker cannot add one next to the app.
import { trustedKeyFromPem, type TrustedKey } from '../../rules/signing.ts';

const pems = import.meta.glob<string>('../../rules/keys/trusted/*.pem', { query: '?raw', import: 'default', eager: true });

export const SHIPPED_TRUSTED_KEY_PEMS: readonly string[] = Object.keys(pems).sort().map((file) => pems[file]!);

export function shippedTrustedKeys(): TrustedKey[] {
  return SHIPPED_TRUSTED_KEY_PEMS.map(trustedKeyFromPem);
}
