// Locale metadata (locales/locales.json) and the locales to offer. Every locale listed there
// has complete catalogues (test/i18n/locales.test.ts); English is the source.
import localesFile from '../../locales/locales.json' with { type: 'json' };

export type ReviewStatus =
  | { status: 'source' }
  | { status: 'machine' }
  | { status: 'reviewed'; reviewer: string; date: string };

export interface LocaleMeta {
  code: string;
  autonym: string;
  englishName: string;
  script: string;
  direction: 'ltr' | 'rtl';
  fontFamily: string;
  /** BCP-47 tags to prefer when choosing a speech voice (e.g. zh-Hans → zh-CN). */
  voiceLangs?: string[];
  plural: { categories: string[]; source: 'cldr' | 'own' };
  review: ReviewStatus;
}

export const ALL_LOCALES: readonly LocaleMeta[] = localesFile.locales as LocaleMeta[];
export const SOURCE_LOCALE = 'en';

/** Locales only the browser preview adds (the pseudo-locale, api/previewApi.ts); empty in
 * the desktop app, which never runs the preview's code. */
const PREVIEW_LOCALES: LocaleMeta[] = [];

export function addPreviewLocale(meta: LocaleMeta): void {
  if (!PREVIEW_LOCALES.some((l) => l.code === meta.code)) PREVIEW_LOCALES.push(meta);
}

export function localeMeta(code: string): LocaleMeta {
  const meta = ALL_LOCALES.find((l) => l.code === code) ?? PREVIEW_LOCALES.find((l) => l.code === code);
  if (!meta) throw new Error(`unknown locale ${code}`);
  return meta;
}

export function isMachineTranslated(code: string): boolean {
  return localeMeta(code).review.status === 'machine';
}

/** Locales to offer: all, in the metadata's order, or in the kiosk's order when the kiosk
 * config lists them (unknown codes in that list are skipped). */
export function offeredLocales(kioskLanguages?: readonly string[]): LocaleMeta[] {
  const available = [...ALL_LOCALES, ...PREVIEW_LOCALES];
  if (!kioskLanguages?.length) return available;
  const chosen = kioskLanguages.map((c) => available.find((l) => l.code === c)).filter((l): l is LocaleMeta => !!l);
  return chosen.length ? chosen : available;
}

/** Case- and accent-insensitive match on autonym, English name or code. */
export function matchesLocale(meta: LocaleMeta, query: string): boolean {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
  const q = fold(query.trim());
  if (!q) return true;
  return [meta.autonym, meta.englishName, meta.code].some((s) => fold(s).includes(q));
}
