import { describe, expect, it } from 'vitest';
import { fakeServices, harness, SENDERS } from './harness.ts';

describe('ipc importRulesBundle', () => {
  it('asks main for the file, then imports it', async () => {
    const { call, services } = harness();
    expect(await call('importRulesBundle', SENDERS.app!)).toMatchObject({ ok: true, rules: { version: '1.1.0' } });
    expect(services.rules.importFile).toHaveBeenCalledWith('/media/usb/rules.json');
  });

  it('changes nothing when the dialog is cancelled', async () => {
    const services = fakeServices();
    services.chooseBundleFile = async () => undefined;
    const { call } = harness(services);
    expect(await call('importRulesBundle', SENDERS.app!)).toMatchObject({ ok: false, reason: 'cancelled' });
    expect(services.rules.importFile).not.toHaveBeenCalled();
  });

  it.each([['/etc/passwd'], [{ path: '/tmp/x.json' }]])('refuses invalid arguments %j', async (...args) => {
    const { call, services } = harness();
    await expect(call('importRulesBundle', SENDERS.app!, ...args)).rejects.toThrow(/invalid arguments/);
    expect(services.chooseBundleFile).not.toHaveBeenCalled();
    expect(services.rules.importFile).not.toHaveBeenCalled();
  });
});
