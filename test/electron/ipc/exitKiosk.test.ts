import { describe, expect, it } from 'vitest';
import { harness, SENDERS } from './harness.ts';

describe('ipc exitKiosk', () => {
  it('checks the PIN in main', async () => {
    const { call, services } = harness();
    expect(await call('exitKiosk', SENDERS.app!, '2468')).toEqual({ ok: true });
    expect(await call('exitKiosk', SENDERS.app!, '1111')).toEqual({ ok: false });
    expect(services.kiosk.exit).toHaveBeenCalledTimes(2);
  });

  it.each([[], [''], [2468], ['1'.repeat(65)], ['2468', 'extra'], [null]])('refuses invalid arguments %j', async (...args) => {
    const { call, services } = harness();
    await expect(call('exitKiosk', SENDERS.app!, ...args)).rejects.toThrow(/invalid arguments/);
    expect(services.kiosk.exit).not.toHaveBeenCalled();
  });
});
