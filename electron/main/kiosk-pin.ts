// The staff PIN that leaves kiosk mode is kept only as a salted scrypt hash in the kiosk
// config, so reading the config file does not reveal it. `npm run kiosk-pin -- <PIN>`
// prints the JSON to paste into the config. Compared in constant time.
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/** scrypt cost: N=2^15, r=8, p=1 (≈32 MiB, tens of ms: slow for guessing, fine for staff). */
const SCRYPT = { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;
const HASH_BYTES = 32;

export const pinHashSchema = z.object({
  algorithm: z.literal('scrypt'),
  salt: z.base64().refine((s) => Buffer.from(s, 'base64').length >= 16, 'the salt is at least 16 bytes'),
  hash: z.base64().refine((s) => Buffer.from(s, 'base64').length === HASH_BYTES, `the hash is ${HASH_BYTES} bytes`),
}).strict();
export type PinHash = z.infer<typeof pinHashSchema>;

/** Staff PINs are 4 to 12 digits: typed on a touch screen's number pad. */
export const PIN_PATTERN = /^\d{4,12}$/;

export function hashPin(pin: string, salt: Buffer = randomBytes(16)): PinHash {
  if (!PIN_PATTERN.test(pin)) throw new Error('A staff PIN is 4 to 12 digits.');
  return { algorithm: 'scrypt', salt: salt.toString('base64'), hash: scryptSync(pin, salt, HASH_BYTES, SCRYPT).toString('base64') };
}

export function verifyPin(pin: string, stored: PinHash): boolean {
  const expected = Buffer.from(stored.hash, 'base64');
  const actual = scryptSync(pin.normalize('NFKC'), Buffer.from(stored.salt, 'base64'), expected.length, SCRYPT);
  return expected.length === HASH_BYTES && timingSafeEqual(actual, expected);
}
