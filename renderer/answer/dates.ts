// Dates shown to people: formatted in their language, and honest about how exactly a date
// is known ("August 2025 (exact day not known)"). ISO days are formatted in UTC so a
// court's day never shifts with the device's time zone.
import type { TFunction } from 'i18next';
import type { IsoDate } from '../../rules/schema/dates.ts';

export type DatePrecision = 'day' | 'month' | 'year' | 'approximate';

const utc = (iso: IsoDate) => new Date(`${iso}T12:00:00Z`);

type Style = 'day' | 'month' | 'year';
const OPTIONS: Record<Style, Intl.DateTimeFormatOptions> = {
  day: { dateStyle: 'long', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};
// Building a DateTimeFormat loads locale data: an answer formats dozens of dates, and a
// language switch reformats them all, so each formatter is built once per language.
const formatters = new Map<string, Intl.DateTimeFormat>();

function format(iso: IsoDate, lng: string, style: Style): string {
  const key = `${lng}|${style}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(lng, OPTIONS[style])));
  return f.format(utc(iso));
}

export function formatDay(iso: IsoDate, lng: string): string {
  return format(iso, lng, 'day');
}

export function formatDated(t: TFunction, iso: IsoDate, precision: DatePrecision, lng: string): string {
  switch (precision) {
    case 'day':
      return formatDay(iso, lng);
    case 'month':
      return t('date.month', { date: format(iso, lng, 'month') });
    case 'year':
      return t('date.year', { date: format(iso, lng, 'year') });
    case 'approximate':
      return t('date.approximate', { date: format(iso, lng, 'month') });
  }
}

/** The device's local calendar day. */
export function localToday(now: Date = new Date()): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
