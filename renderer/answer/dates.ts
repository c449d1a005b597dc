// Dates shown to people: formatted in their language, and honest about how exactly a date
// is known ("August 2025 (exact day not known)"). ISO days are formatted in UTC so a
// court's day never shifts with the device's time zone.
import type { TFunction } from 'i18next';
import type { IsoDate } from '../../rules/schema/dates.ts';

export type DatePrecision = 'day' | 'month' | 'year' | 'approximate';

const utc = (iso: IsoDate) => new Date(`${iso}T12:00:00Z`);

export function formatDay(iso: IsoDate, lng: string): string {
  return new Intl.DateTimeFormat(lng, { dateStyle: 'long', timeZone: 'UTC' }).format(utc(iso));
}

export function formatDated(t: TFunction, iso: IsoDate, precision: DatePrecision, lng: string): string {
  switch (precision) {
    case 'day':
      return formatDay(iso, lng);
    case 'month':
      return t('date.month', { date: new Intl.DateTimeFormat(lng, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(utc(iso)) });
    case 'year':
      return t('date.year', { date: new Intl.DateTimeFormat(lng, { year: 'numeric', timeZone: 'UTC' }).format(utc(iso)) });
    case 'approximate':
      return t('date.approximate', { date: new Intl.DateTimeFormat(lng, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(utc(iso)) });
  }
}

/** The device's local calendar day. */
export function localToday(now: Date = new Date()): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
