// Calendar dates are ISO strings (YYYY-MM-DD). They compare correctly as strings, which
// keeps the engine free of Date objects and time zones: a court order's day is a day.

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export type IsoDate = string;

/** True for a real calendar day such as 2025-12-29 (not 2025-02-30, not 2025-1-5). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DAY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d;
}

/** A year, a month or a day, for sources whose date is known only that far. */
export function isPartialIsoDate(value: string): boolean {
  if (/^\d{4}$/.test(value)) return true;
  if (/^\d{4}-\d{2}$/.test(value)) return isIsoDate(`${value}-01`);
  return isIsoDate(value);
}

export function addDays(day: IsoDate, n: number): IsoDate {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  const ms = Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}

/** `from <= day <= to`, with an open end when `to` is absent. */
export function within(day: IsoDate, from: IsoDate, to?: IsoDate): boolean {
  return day >= from && (to === undefined || day <= to);
}
