// Dates shown to people: written in their language, and honest about how exactly a date is
// known ("August 2025 (exact day not known)"). The catalogue, not Intl, names the months
// and orders day, month and year: Chromium's ICU has no month names for 9 of our 30
// locales (ht, hy, km, hmn, lo, my, ti, so, ps fall back to English) and writes fa, ps and
// th dates in other calendars, while a court's date must read as the sources give it.
// ISO days are split, never parsed, so a day cannot shift with the device's time zone.
import type { TFunction } from 'i18next';
import type { IsoDate } from '../../rules/index.ts';

export type DatePrecision = 'day' | 'month' | 'year' | 'approximate';

/** Keys of date.monthInDate and date.monthName, January first. */
export const MONTH_KEYS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

/** The ten digits dates are written with (date.digits: "0123456789" in English, "۰۱۲۳۴۵۶۷۸۹"
 * in Persian); ASCII when the catalogue's value is not ten digits. */
function localDigits(t: TFunction): string[] {
  const digits = [...t('date.digits')].filter((c) => /\p{Nd}/u.test(c));
  return digits.length === 10 ? digits : [...'0123456789'];
}

/** Day, month and year of an ISO day, the numbers in the locale's digits. */
function parts(t: TFunction, iso: IsoDate): { year: string; month: (typeof MONTH_KEYS)[number]; day: string } {
  const digits = localDigits(t);
  const local = (n: string) => n.replace(/[0-9]/g, (d) => digits[Number(d)]!);
  const [year, month, day] = iso.split('-') as [string, string, string];
  return { year: local(year), month: MONTH_KEYS[Number(month) - 1]!, day: local(String(Number(day))) };
}

/** "August 12, 2025", in the language of `t`. */
export function formatDay(t: TFunction, iso: IsoDate): string {
  const { year, month, day } = parts(t, iso);
  return t('date.dayMonthYear', { day, month: t(`date.monthInDate.${month}`), year });
}

/** "August 2025". */
function formatMonth(t: TFunction, iso: IsoDate): string {
  const { year, month } = parts(t, iso);
  return t('date.monthYear', { month: t(`date.monthName.${month}`), year });
}

/** Where the sources end, as exactly as it is known and no more: "April 2026" for a date
 * known only to the month or about, "April 1, 2026" for a known day. */
export function formatFactsThrough(t: TFunction, factsThrough: { date: IsoDate; precision: DatePrecision }): string {
  if (factsThrough.precision === 'day') return formatDay(t, factsThrough.date);
  if (factsThrough.precision === 'year') return parts(t, factsThrough.date).year;
  return formatMonth(t, factsThrough.date);
}

export function formatDated(t: TFunction, iso: IsoDate, precision: DatePrecision): string {
  switch (precision) {
    case 'day':
      return formatDay(t, iso);
    case 'month':
      return t('date.month', { date: formatMonth(t, iso) });
    case 'year':
      return t('date.year', { date: parts(t, iso).year });
    case 'approximate':
      return t('date.approximate', { date: formatMonth(t, iso) });
  }
}
