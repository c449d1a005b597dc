import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  createKioskExit, fileLockoutStore, LOCKOUT_FILE, LOCKOUT_MS, lockoutAfter, MAX_LOCKOUT_MS, MAX_WRONG_PINS,
} from '../../electron/main/kiosk-exit.ts';
import { hashPin } from '../../electron/main/kiosk-pin.ts';
import { tempDir } from './helpers/signed-bundles.ts';

vi.spyOn(console, 'warn').mockImplementation(() => {});
const pinHash = hashPin('246813');
const settle = () => new Promise((r) => setImmediate(r));

describe('kiosk exit', () => {
  it('leaves kiosk mode with the right PIN, after answering', async () => {
    const leave = vi.fn();
    const exit = createKioskExit({ pinHash, leave });
    expect(await exit('246813')).toEqual({ ok: true });
    await settle();
    expect(leave).toHaveBeenCalledOnce();
  });

  it('stays with a wrong PIN', async () => {
    const leave = vi.fn();
    expect(await createKioskExit({ pinHash, leave })('135792')).toEqual({ ok: false });
    await settle();
    expect(leave).not.toHaveBeenCalled();
  });

  it('stays when there is no PIN (normal mode, or a kiosk that needs staff)', async () => {
    const leave = vi.fn();
    expect(await createKioskExit({ pinHash: undefined, leave })('246813')).toEqual({ ok: false });
  });

  it('locks out for a minute after 5 wrong PINs, even the right one', async () => {
    let now = 1_000;
    const exit = createKioskExit({ pinHash, leave: vi.fn(), now: () => now });
    for (let i = 0; i < MAX_WRONG_PINS; i++) expect(await exit('000000')).toEqual({ ok: false });
    expect(await exit('246813')).toEqual({ ok: false });
    now += LOCKOUT_MS + 1;
    expect(await exit('246813')).toEqual({ ok: true });
  });

  it('doubles the wait with each further wrong PIN, up to an hour (review M4: it stayed at one a minute)', () => {
    expect([4, 5, 6, 7, 8].map(lockoutAfter)).toEqual([0, LOCKOUT_MS, 2 * LOCKOUT_MS, 4 * LOCKOUT_MS, 8 * LOCKOUT_MS]);
    expect(lockoutAfter(40)).toBe(MAX_LOCKOUT_MS);
    expect(lockoutAfter(1_000_000)).toBe(MAX_LOCKOUT_MS);
  });

  it('checks one PIN at a time: two taps at once are two tries, in turn', async () => {
    let now = 1_000;
    const exit = createKioskExit({ pinHash, leave: vi.fn(), now: () => now });
    for (let i = 0; i < MAX_WRONG_PINS - 1; i++) await exit('000000');
    const both = await Promise.all([exit('000000'), exit('246813')]);
    expect(both).toEqual([{ ok: false }, { ok: false }]); // the second waited, and found the lock
    now += LOCKOUT_MS + 1;
    expect(await exit('246813')).toEqual({ ok: true });
  });
});

describe('the lock-out survives a restart (review M4: the counter was in memory)', () => {
  it('counts wrong tries in user-data, atomically, and a restarted app keeps the lock', async () => {
    const dir = tempDir('lockout');
    let now = 1_000_000;
    const first = createKioskExit({ pinHash, leave: vi.fn(), store: fileLockoutStore(dir), now: () => now });
    for (let i = 0; i < MAX_WRONG_PINS; i++) await first('000000');
    expect(JSON.parse(readFileSync(path.join(dir, LOCKOUT_FILE), 'utf8'))).toEqual({ wrong: 5, lockedUntil: now + LOCKOUT_MS });
    // Power off, power on.
    const restarted = createKioskExit({ pinHash, leave: vi.fn(), store: fileLockoutStore(dir), now: () => now });
    expect(await restarted('246813')).toEqual({ ok: false });
    now += LOCKOUT_MS + 1;
    expect(await restarted('000000')).toEqual({ ok: false }); // the 6th: two minutes now
    const again = createKioskExit({ pinHash, leave: vi.fn(), store: fileLockoutStore(dir), now: () => now });
    now += LOCKOUT_MS + 1;
    expect(await again('246813')).toEqual({ ok: false });
    now += LOCKOUT_MS;
    expect(await again('246813')).toEqual({ ok: true });
    expect(existsSync(path.join(dir, LOCKOUT_FILE))).toBe(false); // the right PIN clears it
  });

  it('a damaged lock-out file locks rather than unlocks; a lock past the longest (clock set back) is shortened', async () => {
    const dir = tempDir('lockout-damaged');
    const now = 5_000_000;
    writeFileSync(path.join(dir, LOCKOUT_FILE), '{ damaged');
    expect(await fileLockoutStore(dir).load(now)).toEqual({ wrong: MAX_WRONG_PINS, lockedUntil: now + LOCKOUT_MS });
    writeFileSync(path.join(dir, LOCKOUT_FILE), JSON.stringify({ wrong: 9, lockedUntil: now + 10 * MAX_LOCKOUT_MS }));
    expect(await fileLockoutStore(dir).load(now)).toEqual({ wrong: 9, lockedUntil: now + MAX_LOCKOUT_MS });
    expect(await fileLockoutStore(tempDir('lockout-none')).load(now)).toEqual({ wrong: 0, lockedUntil: 0 });
  });
});
