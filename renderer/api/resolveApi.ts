// Which implementation of the IPC contract the renderer talks to: the preload's window.api
// in Electron, or the in-page one in the browser preview (served over http from 127.0.0.1).
// Anywhere else a missing bridge is an error, never a silent switch to the preview.
import type { Api } from '../../electron/ipc-contract.ts';

const bridge = (win: Window) => (win as { api?: Api }).api;
const inPreview = (win: Window) => win.location.protocol === 'http:' && win.location.hostname === '127.0.0.1';

/** The preview's API, loaded on demand: the Electron build never runs this code, and the
 * shipped bundle it embeds stays out of the start-up chunk. */
const previewApi = () => import('./previewApi.ts');

/** Fetches the preview's API now, when the page will use it: main.tsx asks for it with the
 * app's start-up code, so the two arrive together instead of one after the other. */
export function fetchPreviewApiIfUsed(win: Window = window): void {
  if (!bridge(win) && inPreview(win)) void previewApi();
}

export async function resolveApi(win: Window = window): Promise<Api> {
  const bridged = bridge(win);
  if (bridged) return bridged;
  if (inPreview(win)) {
    const { createPreviewApi } = await previewApi();
    return createPreviewApi(win.location.search, () => win.print());
  }
  throw new Error('the app bridge (window.api) is missing');
}
