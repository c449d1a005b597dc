import { describe, expect, it, vi } from 'vitest';
import { createKioskExit, LOCKOUT_MS, MAX_WRONG_PINS } from '../../electron/main/kiosk-exit.ts';
import { hashPin } from '../../electron/main/kiosk-pin.ts';

const pinHash = hashPin('2468');
const settle = () => new Promise((r) => setImmediate(r));

describe('kiosk exit', () => {
  it('leaves kiosk mode with the right PIN, after answering', async () => {
    const leave = vi.fn();
    const exit = createKioskExit({ pinHash, leave });
    expect(await exit('2468')).toEqual({ ok: true });
    await settle();
    expect(leave).toHaveBeenCalledOnce();
  });

  it('stays with a wrong PIN', async () => {
    const leave = vi.fn();
    expect(await createKioskExit({ pinHash, leave })('1357')).toEqual({ ok: false });
    await settle();
    expect(leave).not.toHaveBeenCalled();
  });

  it('stays when kiosk mode is off (no PIN configured)', async () => {
    const leave = vi.fn();
    expect(await createKioskExit({ pinHash: undefined, leave })('2468')).toEqual({ ok: false });
  });

  it('locks out for a minute after repeated wrong PINs, even the right one', async () => {
    let now = 1_000;
    const leave = vi.fn();
    const exit = createKioskExit({ pinHash, leave, now: () => now });
    for (let i = 0; i < MAX_WRONG_PINS; i++) expect(await exit('0000')).toEqual({ ok: false });
    expect(await exit('2468')).toEqual({ ok: false });
    now += LOCKOUT_MS + 1;
    expect(await exit('2468')).toEqual({ ok: true });
  });
});
