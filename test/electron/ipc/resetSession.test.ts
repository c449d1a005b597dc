import { describe, expect, it } from 'vitest';
import { harness, SENDERS } from './harness.ts';

describe('ipc resetSession', () => {
  it('asks main to clear the session', async () => {
    const { call, services } = harness();
    expect(await call('resetSession', SENDERS.app!)).toEqual({ ok: true });
    expect(services.kiosk.resetSession).toHaveBeenCalledOnce();
  });

  it.each([[1], ['x'], [{}]])('refuses arguments %j', async (...args) => {
    const { call, services } = harness();
    await expect(call('resetSession', SENDERS.app!, ...args)).rejects.toThrow(/invalid arguments/);
    expect(services.kiosk.resetSession).not.toHaveBeenCalled();
  });
});
