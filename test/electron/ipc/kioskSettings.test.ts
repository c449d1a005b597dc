import { describe, expect, it } from 'vitest';
import { FOREIGN_SENDERS, harness, SENDERS } from './harness.ts';

describe('ipc kioskSettings', () => {
  it('returns the kiosk settings', async () => {
    const { call } = harness();
    expect(await call('kioskSettings', SENDERS.app!)).toEqual({ enabled: true, idleTimeoutSeconds: 90, helpContacts: [] });
  });

  it.each([['extra'], [true]])('refuses invalid arguments %j', async (...args) => {
    const { call, services } = harness();
    await expect(call('kioskSettings', SENDERS.app!, ...args)).rejects.toThrow(/invalid arguments/);
    expect(services.kiosk.settings).not.toHaveBeenCalled();
  });

  it.each(FOREIGN_SENDERS)('refuses a call from a foreign sender (%s)', async (_name, sender) => {
    const { call, services } = harness();
    await expect(call('kioskSettings', sender)).rejects.toThrow(/outside the app/);
    expect(services.kiosk.settings).not.toHaveBeenCalled();
  });
});
