import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS, channelName, ipcContract } from '../../electron/ipc-contract.ts';

const exposed: Record<string, unknown> = {};
const invoke = vi.fn(async (..._args: unknown[]) => 'result');
const ipcRenderer = { invoke, send: vi.fn(), on: vi.fn(), sendSync: vi.fn() };

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => { exposed[key] = value; } },
  ipcRenderer,
}));

beforeAll(async () => {
  await import('../../electron/preload/preload.ts');
});

describe('preload', () => {
  it('exposes window.api and nothing else', () => {
    expect(Object.keys(exposed)).toEqual(['api']);
  });

  it('has exactly one function per declared call', () => {
    const api = exposed.api as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual(Object.keys(ipcContract).sort());
    for (const fn of Object.values(api)) expect(fn).toBeTypeOf('function');
  });

  it('calls the fixed channel name with the arguments, and never hands out ipcRenderer', async () => {
    const api = exposed.api as Record<string, (...a: unknown[]) => Promise<unknown>>;
    expect(await api.exitKiosk!('2468')).toBe('result');
    expect(invoke).toHaveBeenLastCalledWith('mdn:exitKiosk', '2468');
    await api.appInfo!();
    expect(invoke).toHaveBeenLastCalledWith('mdn:appInfo');
    for (const channel of CHANNELS) {
      await api[channel]!();
      expect(invoke).toHaveBeenLastCalledWith(channelName(channel));
    }
    expect(Object.values(api)).not.toContain(ipcRenderer);
    expect(Object.values(api)).not.toContain(invoke);
    expect(Object.isFrozen(api)).toBe(true);
  });
});
