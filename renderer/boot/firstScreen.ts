// The first screen is rendered at build time into index.html (renderer/boot/prerender.tsx),
// so it is painted before any script runs, then hydrated by start.tsx. Hydrating is only
// right when the app would render exactly that markup: React keeps the page's attributes
// as they are, so a kiosk's language list or a warning must not be "hydrated" into a page
// rendered without them. This key names everything the first screen shows; start.tsx
// hydrates when the page's key matches its own, and renders from scratch otherwise.
import type { AppInfo, KioskSettings } from '../../electron/ipc-contract.ts';
import { offeredLocales } from '../i18n/localeMeta.ts';

export const FIRST_SCREEN_ATTRIBUTE = 'data-first-screen';
/** The script in the page's head that adds the first screen's fonts from their bytes
 * before it is laid out (vite.config.ts); the bench counts it as fonts. */
export const FIRST_SCREEN_FONTS = 'assets/first-screen-fonts.js';

export function firstScreenKey(info: AppInfo, kiosk: KioskSettings): string {
  return JSON.stringify({
    // The languages offered: a kiosk's own list, or the preview's extra pseudo-locale.
    locales: offeredLocales(kiosk.enabled ? kiosk.languages : undefined).map((l) => l.code),
    kiosk: [kiosk.enabled, kiosk.presetJurisdiction ?? null, kiosk.warning ?? null],
    rules: [info.rules.dataAsOf, info.rules.factsThrough, info.rules.warning ?? null],
  });
}
