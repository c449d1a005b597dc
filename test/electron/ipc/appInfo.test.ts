import { describe, expect, it } from 'vitest';
import { harness, SENDERS } from './harness.ts';

describe('ipc appInfo', () => {
  it('returns the app and rules versions', async () => {
    const { call } = harness();
    expect(await call('appInfo', SENDERS.app!)).toEqual({ appVersion: '0.1.0', shell: 'electron', rules: expect.objectContaining({ version: '1.0.0', origin: 'shipped' }) });
  });

  it.each([['extra'], [1, 2]])('refuses invalid arguments %j', async (...args) => {
    const { call, services } = harness();
    await expect(call('appInfo', SENDERS.app!, ...args)).rejects.toThrow(/invalid arguments/);
    expect(services.rules.info).not.toHaveBeenCalled();
  });
});
