// Which implementation of the IPC contract the renderer talks to: the preload's window.api
// in Electron, or the in-page one in the browser preview (served over http from 127.0.0.1).
// Anywhere else a missing bridge is an error, never a silent switch to the preview.
import type { Api } from '../../electron/ipc-contract.ts';

export async function resolveApi(win: Window = window): Promise<Api> {
  const bridged = (win as { api?: Api }).api;
  if (bridged) return bridged;
  if (win.location.protocol === 'http:' && win.location.hostname === '127.0.0.1') {
    // Loaded on demand: the Electron build never runs this code, and the shipped bundle it
    // embeds stays out of the main chunk.
    const { createPreviewApi } = await import('./previewApi.ts');
    return createPreviewApi(win.location.search, () => win.print());
  }
  throw new Error('the app bridge (window.api) is missing');
}
