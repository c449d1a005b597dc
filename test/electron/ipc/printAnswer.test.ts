import { describe, expect, it } from 'vitest';
import { harness, SENDERS } from './harness.ts';

describe('ipc printAnswer', () => {
  it('prints', async () => {
    const { call, services } = harness();
    expect(await call('printAnswer', SENDERS.app!)).toEqual({ ok: true });
    expect(services.output.printAnswer).toHaveBeenCalledOnce();
  });

  it.each([['HP LaserJet'], [{ silent: true }]])('refuses invalid arguments %j', async (...args) => {
    const { call, services } = harness();
    await expect(call('printAnswer', SENDERS.app!, ...args)).rejects.toThrow(/invalid arguments/);
    expect(services.output.printAnswer).not.toHaveBeenCalled();
  });
});
