import { describe, expect, it } from 'vitest';
import { ALL_LOCALES, localeMeta, matchesLocale, offeredLocales } from '../../renderer/i18n/localeMeta.ts';

describe('offered locales', () => {
  it('offers every locale of the metadata, English first', () => {
    const codes = offeredLocales().map((l) => l.code);
    expect(codes[0]).toBe('en');
    expect(codes).toEqual(ALL_LOCALES.map((l) => l.code));
    expect(codes).toHaveLength(30);
  });

  it('follows the kiosk list and its order, skipping unknown codes', () => {
    expect(offeredLocales(['zh-Hans', 'xx', 'en']).map((l) => l.code)).toEqual(['zh-Hans', 'en']);
  });

  it('finds a language by its own name, English name or code, ignoring case and accents', () => {
    expect(matchesLocale(localeMeta('ar'), 'arab')).toBe(true);
    expect(matchesLocale(localeMeta('ar'), 'العربية')).toBe(true);
    expect(matchesLocale(localeMeta('vi'), 'tieng')).toBe(true);
    expect(matchesLocale(localeMeta('zh-Hans'), 'zh-hans')).toBe(true);
    expect(matchesLocale(localeMeta('ko'), 'arabic')).toBe(false);
  });
});
