// Dates are built from the catalogue (date.* keys), never from the device's Intl data: the
// same day in every locale's own words and digits, in the Gregorian calendar, and never
// shifted by the device's time zone.
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../../locales/en/ui.json';
import fa from '../../locales/fa/ui.json';
import ru from '../../locales/ru/ui.json';
import { formatDated, formatDay, MONTH_KEYS } from '../../renderer/answer/dates.ts';

async function tFor(lng: string, ui: object) {
  const i18n = i18next.createInstance();
  await i18n.init({ lng, fallbackLng: 'en', resources: { en: { ui: en }, [lng]: { ui } }, defaultNS: 'ui', ns: ['ui'], interpolation: { escapeValue: false } });
  return i18n.t;
}

describe('dates from the catalogue', () => {
  it('writes a day, a month and a year in English', async () => {
    const t = await tFor('en', en);
    expect(formatDay(t, '2025-08-12')).toBe('August 12, 2025');
    expect(formatDay(t, '2026-01-05')).toBe('January 5, 2026');
    expect(formatDated(t, '2025-08-01', 'month')).toBe('August 2025 (exact day not known)');
    expect(formatDated(t, '2026-04-01', 'approximate')).toBe('About April 2026 (exact date not known)');
    expect(formatDated(t, '2013-01-01', 'year')).toBe('2013 (exact date not known)');
  });

  it('uses the form of the month a language needs with a day, and on its own', async () => {
    const t = await tFor('ru', ru);
    expect(formatDay(t, '2025-08-12')).toContain(ru.date.monthInDate.aug);
    expect(formatDated(t, '2025-08-01', 'month')).toContain(ru.date.monthName.aug);
    expect(ru.date.monthInDate.aug).not.toBe(ru.date.monthName.aug);
  });

  it('writes the numbers in the locale’s own digits, Gregorian year kept', async () => {
    const t = await tFor('fa', fa);
    const day = formatDay(t, '2025-08-12');
    expect(day).toContain(fa.date.monthInDate.aug);
    expect(day).toContain('۲۰۲۵');
    expect(day).toContain('۱۲');
    expect(day).not.toMatch(/[0-9]/);
  });

  it('falls back to ASCII digits when the catalogue’s digits are not ten', async () => {
    const t = await tFor('xx', { date: { ...en.date, digits: '⟦0123⟧' } });
    expect(formatDay(t, '2025-08-12')).toBe('August 12, 2025');
  });

  it('every locale names all twelve months, each one once, in both forms', async () => {
    const { readLocaleMeta, readCatalog } = await import('../../scripts/i18n/catalog.ts');
    for (const { code } of readLocaleMeta()) {
      const ui = readCatalog(code, 'ui')!;
      for (const form of ['monthInDate', 'monthName']) {
        const names = MONTH_KEYS.map((m) => ui[`date.${form}.${m}`]);
        expect(new Set(names).size, `${code} date.${form}`).toBe(12);
      }
      const digits = [...ui['date.digits']!];
      expect(digits.filter((c) => /\p{Nd}/u.test(c)), `${code} date.digits`).toHaveLength(10);
      expect(new Set(digits).size, `${code} date.digits`).toBe(10);
    }
  });
});
