// Build time only (the prerender plugin in vite.config.ts loads this through Vite's SSR
// loader): the language screen of a plain, non-kiosk start with the shipped rules, as
// HTML, and the key boot/start.tsx compares before hydrating it (firstScreen.ts).
import { renderToString } from 'react-dom/server';
import type { Api, AppInfo, KioskSettings } from '../../electron/ipc-contract.ts';
import { shippedBundle } from '../../rules/index.ts';
import { createI18n } from '../i18n/i18n.ts';
import { AppRoot } from './AppRoot.tsx';
import { firstScreenKey } from './firstScreen.ts';

/** Nothing on the first screen calls the shell; a call at build time is a bug. */
const noShell = new Proxy({}, { get: (_t, name) => () => Promise.reject(new Error(`${String(name)} called while prerendering`)) }) as Api;

export function renderFirstScreen(): { html: string; key: string } {
  const info: AppInfo = {
    appVersion: '',
    shell: 'electron',
    rules: { version: shippedBundle.version, dataAsOf: shippedBundle.dataAsOf, factsThrough: shippedBundle.factsThrough, origin: 'shipped', staleAfterDays: 0 },
  };
  const kiosk: KioskSettings = { enabled: false, idleTimeoutSeconds: 0, helpContacts: [] };
  const html = renderToString(<AppRoot i18n={createI18n()} api={noShell} info={info} bundle={shippedBundle} kiosk={kiosk} />);
  return { html, key: firstScreenKey(info, kiosk) };
}
