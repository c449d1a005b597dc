import { describe, expect, it } from 'vitest';
import { FOREIGN_SENDERS, harness, SENDERS } from './harness.ts';

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

  it.each(FOREIGN_SENDERS)('refuses a call from a foreign sender (%s)', async (_name, sender) => {
    const { call, services } = harness();
    await expect(call('resetSession', sender)).rejects.toThrow(/outside the app/);
    expect(services.kiosk.resetSession).not.toHaveBeenCalled();
  });
});
