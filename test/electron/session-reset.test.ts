// Security review L5: the idle reset left the clipboard and the session as they were.
import { describe, expect, it, vi } from 'vitest';
import { createSessionReset } from '../../electron/main/session-reset.ts';

vi.spyOn(console, 'warn').mockImplementation(() => {});
const settle = () => new Promise((r) => setImmediate(r));

function world(kiosk: boolean, selection = true) {
  const order: string[] = [];
  const clipboard = { clear: vi.fn(() => order.push('clipboard')), ...(selection ? { selection: { clear: vi.fn(() => order.push('selection')) } } : {}) };
  const session = { clearStorageData: vi.fn(async () => { order.push('storage'); }), clearCache: vi.fn(async () => { order.push('cache'); }) };
  const page = { loadURL: vi.fn(async () => { order.push('load'); }), navigationHistory: { clear: vi.fn(() => order.push('history')) } };
  const reset = createSessionReset({ kiosk, clipboard, session, contents: () => page });
  return { reset, clipboard, session, page, order };
}

describe('kiosk session reset', () => {
  it('empties the clipboard and the selection, clears storage and cache, forgets history, then reloads the first screen', async () => {
    const { reset, page, order } = world(true);
    expect(await reset()).toEqual({ ok: true });
    await settle();
    expect(order).toEqual(['clipboard', 'selection', 'storage', 'cache', 'history', 'load']);
    expect(page.loadURL).toHaveBeenCalledWith('app://bundle/index.html');
  });

  it('on Windows and macOS there is no selection clipboard', async () => {
    const { reset, order } = world(true, false);
    await reset();
    await settle();
    expect(order).toEqual(['clipboard', 'storage', 'cache', 'history', 'load']);
  });

  it('does nothing outside kiosk mode', async () => {
    const { reset, order } = world(false);
    expect(await reset()).toEqual({ ok: false });
    await settle();
    expect(order).toEqual([]);
  });
});
