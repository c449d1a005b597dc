// The staff PIN that leaves kiosk mode is kept only as a salted scrypt hash in the kiosk
// config, so reading the config file does not reveal it. `npm run --silent kiosk-pin`
// asks for the PIN and prints the JSON to paste into the config. Compared in constant time.
//
// The kiosk account must be able to read kiosk.json, so the hash must resist guessing
// offline (security review M4: 4 digits at N=2^15 fell in 15 minutes on one core). Hence
// at least 6 digits and scrypt at N=2^17, r=8, p=1 (128 MiB; OWASP's minimum for scrypt):
// about 4 times the old cost per guess, 400 times the guesses, so ~1,600 times the work.
// The cost is stored with the hash, so a later release can raise it; a hash without it
// was made for the old 4-digit policy and is refused (the kiosk then needs staff).
import { randomBytes, scrypt, scryptSync, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { z } from 'zod';

export const SCRYPT_COST = { N: 1 << 17, r: 8, p: 1 } as const;
/** The highest cost a config may ask for: 256 MiB of memory per check. */
const MAX_N = 1 << 18;
const HASH_BYTES = 32;
const scryptOptions = (N: number): ScryptOptions => ({ N, r: SCRYPT_COST.r, p: SCRYPT_COST.p, maxmem: 2 * 128 * N * SCRYPT_COST.r });

export const pinHashSchema = z.object({
  algorithm: z.literal('scrypt'),
  N: z.number().int().min(SCRYPT_COST.N).max(MAX_N).refine((n) => (n & (n - 1)) === 0, 'N is a power of two'),
  r: z.literal(SCRYPT_COST.r),
  p: z.literal(SCRYPT_COST.p),
  salt: z.base64().refine((s) => Buffer.from(s, 'base64').length >= 16, 'the salt is at least 16 bytes'),
  hash: z.base64().refine((s) => Buffer.from(s, 'base64').length === HASH_BYTES, `the hash is ${HASH_BYTES} bytes`),
}).strict();
export type PinHash = z.infer<typeof pinHashSchema>;

/** Staff PINs are 6 to 12 digits: typed on a touch screen's number pad. */
const PIN_PATTERN = /^\d{6,12}$/;
export const PIN_RULE = 'A staff PIN is 6 to 12 digits.';

/** Full-width digits (１２３４５６) count as the digits they look like. */
const normalise = (pin: string) => pin.normalize('NFKC');

/** Whether a staff PIN may be set: PIN_RULE, once normalised. */
export const isValidPin = (pin: string) => PIN_PATTERN.test(normalise(pin));

export function hashPin(pin: string, salt: Buffer = randomBytes(16)): PinHash {
  if (!isValidPin(pin)) throw new Error(PIN_RULE);
  const digits = normalise(pin);
  const hash = scryptSync(digits, salt, HASH_BYTES, scryptOptions(SCRYPT_COST.N));
  return { algorithm: 'scrypt', N: SCRYPT_COST.N, r: SCRYPT_COST.r, p: SCRYPT_COST.p, salt: salt.toString('base64'), hash: hash.toString('base64') };
}

/** Checks a PIN off the main thread (libuv's pool): a check takes a few hundred ms. */
export async function verifyPin(pin: string, stored: PinHash): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64');
  if (expected.length !== HASH_BYTES) return false;
  const actual = await new Promise<Buffer>((resolve, reject) => {
    scrypt(normalise(pin), Buffer.from(stored.salt, 'base64'), HASH_BYTES, scryptOptions(stored.N), (error, key) => (error ? reject(error) : resolve(key)));
  });
  return timingSafeEqual(actual, expected);
}
