import { describe, expect, it } from 'vitest';
import { harness, SENDERS } from './harness.ts';

describe('ipc rulesBundle', () => {
  it('returns the active bundle', async () => {
    const { call, services } = harness();
    expect(await call('rulesBundle', SENDERS.app!)).toBe(services.rules.activeBundle());
  });

  it.each([['extra'], [{ version: '9.9.9' }]])('refuses invalid arguments %j', async (...args) => {
    const { call, services } = harness();
    await expect(call('rulesBundle', SENDERS.app!, ...args)).rejects.toThrow(/invalid arguments/);
    expect(services.rules.activeBundle).not.toHaveBeenCalled();
  });
});
