// Which API the renderer talks to: the preload's bridge in Electron, the in-page one only in
// the preview on 127.0.0.1, an error anywhere else. main.tsx fetches the preview's API with
// the start-up code, and must never do so where the bridge is there.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Api } from '../../electron/ipc-contract.ts';

/** How many times this test loaded the preview's API module. */
const loaded = { count: 0 };

/** A fresh copy of the module, and of the preview's (mocked) one, for each test. */
const fresh = () => import('../../renderer/api/resolveApi.ts');

const page = (href: string, api?: Partial<Api>) => ({ location: new URL(href), print: () => undefined, ...(api ? { api } : {}) }) as unknown as Window;

describe('resolveApi', () => {
  beforeEach(() => {
    loaded.count = 0;
    vi.resetModules();
    vi.doMock('../../renderer/api/previewApi.ts', () => {
      loaded.count++;
      return { createPreviewApi: (search: string) => ({ kind: 'preview', search }) };
    });
  });

  it('takes the bridge when the preload gave one, and loads no preview code', async () => {
    const { fetchPreviewApiIfUsed, resolveApi } = await fresh();
    const bridge = { appInfo: vi.fn() } as unknown as Api;
    expect(await resolveApi(page('app://mdn/index.html', bridge))).toBe(bridge);
    fetchPreviewApiIfUsed(page('http://127.0.0.1:4173/', bridge));
    await new Promise((r) => setTimeout(r, 0));
    expect(loaded.count).toBe(0);
  });

  it('uses the in-page API in the preview, and main.tsx may fetch it early there', async () => {
    const { resolveApi } = await fresh();
    expect(await resolveApi(page('http://127.0.0.1:4173/?kiosk=1'))).toEqual({ kind: 'preview', search: '?kiosk=1' });
    expect(loaded.count).toBe(1);
  });

  it('fails in words anywhere else, and fetches nothing early', async () => {
    const { fetchPreviewApiIfUsed, resolveApi } = await fresh();
    await expect(resolveApi(page('app://mdn/index.html'))).rejects.toThrow('the app bridge (window.api) is missing');
    await expect(resolveApi(page('http://localhost:4173/'))).rejects.toThrow('missing');
    fetchPreviewApiIfUsed(page('http://192.168.1.2:4173/'));
    await new Promise((r) => setTimeout(r, 0));
    expect(loaded.count).toBe(0);
  });
});
