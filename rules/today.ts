// "Today", the one definition: the calendar day on the device's own clock, in its local
// time zone (a person in Honolulu at 8 p.m. is still on their day, not UTC's next one).
// The app's answer date, the rules CLI's default date and the translation tooling's review
// date all use it. The pure engine never reads the clock: it is given a date.
import type { IsoDate } from './schema/dates.ts';

export function localToday(now: Date = new Date()): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
