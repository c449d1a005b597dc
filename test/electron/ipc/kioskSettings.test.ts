import { describe, expect, it } from 'vitest';
import { harness, SENDERS } from './harness.ts';

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
});
