// Staff leave kiosk mode with a PIN (electron#2040: kiosk mode must offer its own way out).
// Wrong guesses are slowed down: after 5 in a row, every further try is refused for a
// minute, so a stranger at the kiosk cannot try PINs one after another.
import { verifyPin, type PinHash } from './kiosk-pin.ts';

export const MAX_WRONG_PINS = 5;
export const LOCKOUT_MS = 60_000;

export interface KioskExitDeps {
  pinHash: PinHash | undefined;
  /** Leaves kiosk mode: the app quits, and the in-memory session with it. */
  leave: () => void;
  now?: () => number;
}

export function createKioskExit({ pinHash, leave, now = Date.now }: KioskExitDeps): (pin: string) => Promise<{ ok: boolean }> {
  let wrong = 0;
  let lockedUntil = 0;
  return async (pin) => {
    if (!pinHash || now() < lockedUntil) return { ok: false };
    if (!verifyPin(pin, pinHash)) {
      wrong += 1;
      if (wrong >= MAX_WRONG_PINS) lockedUntil = now() + LOCKOUT_MS;
      return { ok: false };
    }
    wrong = 0;
    // Answer the renderer first, then leave.
    setImmediate(leave);
    return { ok: true };
  };
}
