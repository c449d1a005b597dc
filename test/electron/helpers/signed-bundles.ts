// Test keys and bundles. Every test makes its own Ed25519 pair; no private key is committed.
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { shippedBundle } from '../../../rules/data/index.ts';
import type { Bundle } from '../../../rules/schema/bundle.ts';
import { signBundle, trustedKeyFromPem, type TrustedKey } from '../../../rules/signing.ts';

export interface TestKey {
  privatePem: string;
  publicPem: string;
  trusted: TrustedKey;
}

export function makeKey(): TestKey {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const publicPem = publicKey.export({ type: 'spki', format: 'pem' }) as string;
  return { privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string, publicPem, trusted: trustedKeyFromPem(publicPem) };
}

export const SHIPPED: Bundle = { ...shippedBundle, version: '1.0.0' };

export function bundleVersion(version: string, dataAsOf = SHIPPED.dataAsOf): Bundle {
  return { ...SHIPPED, version, dataAsOf };
}

export function signedBytes(bundle: Bundle, key: TestKey): Buffer {
  return Buffer.from(JSON.stringify(signBundle(bundle, key.privatePem)));
}

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), `mdn-test-${prefix}-`));
}
