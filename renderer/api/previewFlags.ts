// Query flags of the browser preview, so browser tests can exercise kiosk behaviour without
// a kiosk config file. They are read once from the URL and never stored anywhere.
//   ?kiosk=1          kiosk mode on
//   &idle=SECONDS     idle timeout (default 90)
//   &state=XX         preset jurisdiction (USPS code)
//   &langs=en,ar      locales offered on the language screen, in this order
//   &help=TEXT        one local help contact (name only), as a clinic would configure
//   &kioskWarning=TEXT  a kiosk-config warning, as main sends when the config is broken
//   &needsStaff=1     the locked state main sends when a kiosk config cannot be used
//   &rulesWarning=TEXT  a rules warning, as main sends when it fell back to the shipped bundle
//   &pseudo=1         offer the pseudo-locale en-XA (i18n/pseudo.ts); pseudo=rtl: the same, right to left
import type { KioskSettings } from '../../electron/ipc-contract.ts';
import { isJurisdiction } from '../../rules/index.ts';

export const DEFAULT_IDLE_SECONDS = 90;

export function kioskFromQuery(search: string): KioskSettings {
  const q = new URLSearchParams(search);
  const idle = Number(q.get('idle'));
  const state = q.get('state')?.toUpperCase();
  const langs = q.get('langs')?.split(',').map((s) => s.trim()).filter(Boolean);
  const help = q.get('help');
  const warning = q.get('kioskWarning');
  const needsStaff = q.get('needsStaff') === '1';
  return {
    enabled: q.get('kiosk') === '1' || needsStaff,
    ...(needsStaff ? { needsStaff } : {}),
    idleTimeoutSeconds: Number.isInteger(idle) && idle > 0 ? idle : DEFAULT_IDLE_SECONDS,
    ...(state && isJurisdiction(state) ? { presetJurisdiction: state } : {}),
    ...(langs && langs.length ? { languages: langs } : {}),
    helpContacts: help ? [{ name: help }] : [],
    ...(warning ? { warning } : {}),
  };
}

export function rulesWarningFromQuery(search: string): string | undefined {
  return new URLSearchParams(search).get('rulesWarning') ?? undefined;
}

/** The pseudo-locale's direction when `pseudo=1` (ltr) or `pseudo=rtl` asks for it. */
export function pseudoFromQuery(search: string): 'ltr' | 'rtl' | undefined {
  const v = new URLSearchParams(search).get('pseudo');
  return v === '1' ? 'ltr' : v === 'rtl' ? 'rtl' : undefined;
}
