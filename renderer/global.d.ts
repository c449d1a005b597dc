// The preload bridge (electron/preload) exposes the typed IPC contract as window.api. In the
// browser preview it is absent and renderer/api/resolveApi.ts supplies an in-page version.
import type { Api } from '../electron/ipc-contract.ts';

declare global {
  interface Window {
    api: Api;
  }
  /** The app version from package.json, set by vite.config.ts. */
  const __APP_VERSION__: string;
}

export {};
