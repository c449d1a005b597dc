// Every declared call has exactly one guarded handler and every handler a declaration. The
// expected list is the contract's own keys (not the list registration walks), and the check
// itself is shown to fail on a contract or handler table that disagree.
import { describe, expect, it, vi, type MockInstance } from 'vitest';
import { z } from 'zod';
import { channelName, ipcContract, type Channel } from '../../../electron/ipc-contract.ts';
import { assertOneHandlerPerCall, HANDLERS, registerIpcHandlers } from '../../../electron/main/ipc/index.ts';
import { fakeServices, FOREIGN_SENDERS, harness, SENDERS } from './harness.ts';

const DECLARED = Object.keys(ipcContract);

/** Every fake service function, by its path (`kiosk.exit`), however deep the services nest. */
function serviceMocks(services: object, path = ''): [string, MockInstance][] {
  return Object.entries(services).flatMap(([key, value]): [string, MockInstance][] => {
    if (vi.isMockFunction(value)) return [[path + key, value]];
    return value !== null && typeof value === 'object' ? serviceMocks(value, `${path}${key}.`) : [];
  });
}

describe('ipc registry', () => {
  it('has a handler for every declared call and a declaration for every handler', () => {
    expect(Object.keys(HANDLERS).sort()).toEqual([...DECLARED].sort());
    for (const c of DECLARED) expect(HANDLERS[c as Channel]).toBeTypeOf('function');
  });

  it('registers exactly one channel per declared call, under its fixed name', () => {
    const { handlers } = harness();
    expect([...handlers.keys()].sort()).toEqual(DECLARED.map((c) => `mdn:${c}`).sort());
  });

  it('refuses to register when a declared call has no handler', () => {
    const withoutOne: Partial<typeof HANDLERS> = { ...HANDLERS };
    delete withoutOne.resetSession;
    const handle = vi.fn();
    expect(() => registerIpcHandlers({ handle }, fakeServices(), () => true, ipcContract, withoutOne as typeof HANDLERS)).toThrow(/no handler for \[resetSession\]/);
    expect(handle).not.toHaveBeenCalled();
  });

  it('refuses to register when a handler has no declaration', () => {
    const handle = vi.fn();
    const extra = { ...HANDLERS, undeclaredCall: () => () => ({ ok: true }) } as typeof HANDLERS;
    expect(() => registerIpcHandlers({ handle }, fakeServices(), () => true, ipcContract, extra)).toThrow(/no declaration for \[undeclaredCall\]/);
    const contractWithoutOne = Object.fromEntries(Object.entries(ipcContract).filter(([c]) => c !== 'appInfo'));
    expect(() => registerIpcHandlers({ handle }, fakeServices(), () => true, contractWithoutOne)).toThrow(/no declaration for \[appInfo\]/);
    expect(handle).not.toHaveBeenCalled();
  });

  it('names both sides when they disagree', () => {
    expect(() => assertOneHandlerPerCall(['a', 'b'], { b: () => {}, c: () => {} })).toThrow('no handler for [a]; no declaration for [c]');
    expect(() => assertOneHandlerPerCall(['a'], { a: 'not a function' })).toThrow('no handler for [a]');
    expect(() => assertOneHandlerPerCall(['a'], { a: () => {} })).not.toThrow();
  });

  // Derived from the declaration, so a new call gets these without a test of its own.
  describe.each(DECLARED as Channel[])('%s', (channel) => {
    it.each(FOREIGN_SENDERS)('refuses a call from a foreign sender (%s), touching no service', async (_name, sender) => {
      const { call, services } = harness();
      await expect(call(channel, sender)).rejects.toThrow(`${channelName(channel)}: refused a call from outside the app`);
      const touched = serviceMocks(services).filter(([, mock]) => mock.mock.calls.length > 0).map(([name]) => name);
      expect(touched).toEqual([]);
    });

    it('refuses one argument more than declared', async () => {
      const { call } = harness();
      const declared = ipcContract[channel].args(z).def.items.length;
      await expect(call(channel, SENDERS.app!, ...Array.from({ length: declared + 1 }, () => 'x'))).rejects.toThrow(/invalid arguments/);
    });
  });
});
