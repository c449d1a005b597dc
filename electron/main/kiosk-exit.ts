// Staff leave kiosk mode with a PIN (electron#2040: kiosk mode must offer its own way out).
// Wrong guesses are slowed down, and a restart does not reset that (security review M4):
// after 5 wrong tries in a row every try is refused for a minute, and each further wrong
// try doubles the wait, up to an hour. The count and the time are kept in user-data
// (kiosk-lockout.json, written atomically) and counted before the PIN is checked, so
// pulling the plug mid-check costs a try too. The right PIN clears them.
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { logEvent } from './log.ts';
import { verifyPin, type PinHash } from './kiosk-pin.ts';
import { writeFileAtomically } from '../../rules/atomic-write.ts';

export const MAX_WRONG_PINS = 5;
/** The first lock-out; each wrong try after it doubles the wait. */
export const LOCKOUT_MS = 60_000;
export const MAX_LOCKOUT_MS = 60 * 60_000;
export const LOCKOUT_FILE = 'kiosk-lockout.json';

export interface LockoutState {
  /** Wrong tries in a row (an interrupted check counts). */
  wrong: number;
  /** Epoch ms before which no PIN is checked. */
  lockedUntil: number;
}
export const NO_LOCKOUT: LockoutState = { wrong: 0, lockedUntil: 0 };

/** Where the lock-out lives between runs. */
export interface LockoutStore {
  load(now: number): Promise<LockoutState>;
  save(state: LockoutState): Promise<void>;
  clear(): Promise<void>;
}

/** How long the kiosk stays locked after `wrong` wrong tries in a row. */
export function lockoutAfter(wrong: number): number {
  if (wrong < MAX_WRONG_PINS) return 0;
  return Math.min(LOCKOUT_MS * 2 ** Math.min(wrong - MAX_WRONG_PINS, 30), MAX_LOCKOUT_MS);
}

const stateSchema = z.object({
  wrong: z.number().int().min(0).max(1_000_000),
  lockedUntil: z.number().int().min(0),
}).strict();

/**
 * kiosk-lockout.json in user-data. A missing file is no lock-out. A damaged one never
 * unlocks: it counts as a full set of wrong tries, locked for the first period. A lock
 * that ends further away than the longest one (the clock was set back) is shortened to it.
 */
export function fileLockoutStore(dir: string): LockoutStore {
  const file = path.join(dir, LOCKOUT_FILE);
  return {
    async load(now) {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return NO_LOCKOUT;
        return { wrong: MAX_WRONG_PINS, lockedUntil: now + LOCKOUT_MS };
      }
      let parsed;
      try {
        parsed = stateSchema.safeParse(JSON.parse(text));
      } catch {
        parsed = undefined;
      }
      if (!parsed?.success) return { wrong: MAX_WRONG_PINS, lockedUntil: now + LOCKOUT_MS };
      return { wrong: parsed.data.wrong, lockedUntil: Math.min(parsed.data.lockedUntil, now + MAX_LOCKOUT_MS) };
    },
    save: (state) => writeFileAtomically(file, JSON.stringify(state) + '\n'),
    clear: () => rm(file, { force: true }),
  };
}

/** For a kiosk that never leaves a trace (tests): the lock-out lives as long as the process. */
export function memoryLockoutStore(): LockoutStore {
  let kept = NO_LOCKOUT;
  return {
    load: async () => kept,
    save: async (state) => { kept = state; },
    clear: async () => { kept = NO_LOCKOUT; },
  };
}

export interface KioskExitDeps {
  pinHash: PinHash | undefined;
  /** Leaves kiosk mode: the app quits, and the in-memory session with it. */
  leave: () => void;
  store?: LockoutStore;
  now?: () => number;
}

export function createKioskExit({ pinHash, leave, store = memoryLockoutStore(), now = Date.now }: KioskExitDeps): (pin: string) => Promise<{ ok: boolean }> {
  let state: LockoutState | undefined;
  // One check at a time: a second call waits for the first (two taps must not be two free tries).
  let queue: Promise<unknown> = Promise.resolve();

  const attempt = async (pin: string): Promise<{ ok: boolean }> => {
    // No PIN configured (normal mode, or a kiosk that needs staff): nothing to check.
    if (!pinHash) return { ok: false };
    state ??= await store.load(now());
    if (now() < state.lockedUntil) {
      logEvent('kiosk-pin-locked');
      return { ok: false };
    }
    // Counted as wrong first, and kept, then checked.
    const wrong = state.wrong + 1;
    const counted = { wrong, lockedUntil: lockoutAfter(wrong) > 0 ? now() + lockoutAfter(wrong) : 0 };
    state = counted;
    await store.save(counted).catch(() => {});
    const right = await verifyPin(pin, pinHash).catch(() => false);
    if (!right) return { ok: false };
    state = NO_LOCKOUT;
    await store.clear().catch(() => {});
    // Answer the renderer first, then leave.
    setImmediate(leave);
    return { ok: true };
  };

  return (pin) => {
    const result = queue.then(() => attempt(pin));
    queue = result.catch(() => {});
    return result;
  };
}
