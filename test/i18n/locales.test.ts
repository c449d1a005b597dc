// Locale metadata and catalogue correctness (brief §5): the 30 locales of peers §C4, each
// with honest metadata, and every catalogue complete against English — same keys, same
// placeholders, a form for every plural category the runtime asks for, nothing empty,
// nothing left in English unless allow-listed.
import { describe, expect, it } from 'vitest';
import { NAMESPACES, readCatalog, readLocaleMeta, SOURCE_LOCALE } from '../../scripts/i18n/catalog.ts';
import { checkLocale, formatI18nProblem } from '../../scripts/i18n/checks.ts';
import { reviewState } from '../../scripts/i18n/review.ts';

const LAUNCH = ['en', 'es', 'zh-Hans', 'zh-Hant', 'vi', 'ko', 'tl', 'ru', 'ar', 'ht', 'fr', 'pt-BR', 'fa', 'pa', 'uk'];
const SECOND_TIER = ['pl', 'hi', 'bn', 'ur', 'gu', 'hy', 'km', 'hmn', 'lo', 'th', 'my', 'am', 'ti', 'so', 'ps'];
const RTL = new Set(['ar', 'fa', 'ur', 'ps']);
/** Scripts by locale, from peers §C4 (our own table: ICU's likely-subtags differ for tl/hmn). */
const SCRIPT: Record<string, string> = {
  en: 'Latn', es: 'Latn', 'zh-Hans': 'Hans', 'zh-Hant': 'Hant', vi: 'Latn', ko: 'Kore', tl: 'Latn', ru: 'Cyrl', ar: 'Arab',
  ht: 'Latn', fr: 'Latn', 'pt-BR': 'Latn', fa: 'Arab', pa: 'Guru', uk: 'Cyrl', pl: 'Latn', hi: 'Deva', bn: 'Beng', ur: 'Arab',
  gu: 'Gujr', hy: 'Armn', km: 'Khmr', hmn: 'Latn', lo: 'Laoo', th: 'Thai', my: 'Mymr', am: 'Ethi', ti: 'Ethi', so: 'Latn', ps: 'Arab',
};

const metas = readLocaleMeta();

describe('locale metadata', () => {
  it('lists exactly the 15 launch and 15 second-tier locales', () => {
    expect(metas.map((m) => m.code).sort()).toEqual([...LAUNCH, ...SECOND_TIER].sort());
  });

  it.each(metas.map((m) => [m.code, m] as const))('%s: valid BCP-47, script, direction, autonym, plural table', (code, m) => {
    // Valid BCP-47; ICU canonicalises Tagalog's `tl` to `fil`, the one alias we keep
    // because the community (and peers §C4) know the language by `tl`.
    expect(Intl.getCanonicalLocales(code)).toEqual([code === 'tl' ? 'fil' : code]);
    expect(m.script).toBe(SCRIPT[code]);
    expect(m.direction).toBe(RTL.has(code) ? 'rtl' : 'ltr');
    expect(m.autonym.trim().length).toBeGreaterThan(0);
    // Our own autonyms, not English names (Tagalog is the one language whose name is the same).
    if (code !== SOURCE_LOCALE && code !== 'tl') expect(m.autonym).not.toBe(m.englishName);
    // i18next picks plural forms with Intl.PluralRules; the catalogue must hold a form for
    // every category the runtime can ask for, whether CLDR knows the language or not.
    const runtime = new Intl.PluralRules(code).resolvedOptions();
    expect([...m.plural.categories].sort()).toEqual([...runtime.pluralCategories].sort());
    expect(m.plural.source).toBe(runtime.locale.split('-')[0] === code.split('-')[0] || runtime.locale === 'fil' ? 'cldr' : 'own');
  });

  it('no locale claims a review it did not get through the review kit', () => {
    for (const m of metas) {
      if (m.code === SOURCE_LOCALE) {
        expect(m.review.status).toBe('source');
        continue;
      }
      const state = reviewState(m);
      expect(m.review.status, m.code).toBe(state.status);
      if (m.review.status === 'reviewed') expect(m.review.reviewer && m.review.date, m.code).toBeTruthy();
    }
  });
});

// The app offers every locale of the metadata (renderer/i18n/localeMeta.ts): each must be
// whole — a missing file is a problem like any other.
describe('catalogues', () => {
  it.each(metas.filter((m) => m.code !== SOURCE_LOCALE).map((m) => [m.code, m] as const))('%s is complete and consistent with English', (_code, m) => {
    expect(checkLocale(m).map(formatI18nProblem)).toEqual([]);
  });

  it('English itself has both plural forms wherever it uses one', () => {
    for (const ns of NAMESPACES) {
      const en = readCatalog(SOURCE_LOCALE, ns)!;
      for (const key of Object.keys(en).filter((k) => /_(one|other)$/.test(k))) {
        const base = key.replace(/_(one|other)$/, '');
        expect(en[`${base}_one`] !== undefined && en[`${base}_other`] !== undefined, key).toBe(true);
      }
    }
  });
});
