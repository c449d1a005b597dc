// The past-date question as three numbers (day, month, year), checked by the app itself
// so the person sees its translated message, never the browser's English bubble
// (UX review #12, the GOV.UK "Date input" pattern).
import { isIsoDate, type IsoDate } from '../../rules/index.ts';

export interface DateParts {
  day: string;
  month: string;
  year: string;
}
export type DateField = keyof DateParts;

export type DateCheck =
  | { ok: true; date: IsoDate }
  /** notReal: a part is missing, not a number, or the day does not exist (31 April).
   * outOfRange: before the sources begin, or in the future: the whole date is wrong, and
   * `field` is only where to put the cursor. */
  | { ok: false; error: 'notReal' | 'outOfRange'; field: DateField };

export function dateParts(date: IsoDate): DateParts {
  const [year, month, day] = date.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year: year! };
}

/** Any script's digits as 0–9: a Persian, Bengali or Arabic keyboard types its own
 * (۱۵ for 15). Each script's ten digits are consecutive code points, 0 first. */
export function asciiDigits(s: string): string {
  return s.replace(/\p{Nd}/gu, (d) => {
    let value = 0;
    for (let cp = d.codePointAt(0)! - 1; /\p{Nd}/u.test(String.fromCodePoint(cp)); cp--) value++;
    return String(value % 10);
  });
}

const number = (s: string) => {
  const digits = asciiDigits(s.trim());
  return /^\d+$/.test(digits) ? Number(digits) : null;
};

export function checkPastDate(parts: DateParts, from: IsoDate, today: IsoDate): DateCheck {
  const day = number(parts.day), month = number(parts.month), year = number(parts.year);
  if (day === null || day < 1 || day > 31) return { ok: false, error: 'notReal', field: 'day' };
  if (month === null || month < 1 || month > 12) return { ok: false, error: 'notReal', field: 'month' };
  if (year === null || asciiDigits(parts.year.trim()).length !== 4) return { ok: false, error: 'notReal', field: 'year' };
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (!isIsoDate(date)) return { ok: false, error: 'notReal', field: 'day' };
  if (date < from || date > today) return { ok: false, error: 'outOfRange', field: 'day' };
  return { ok: true, date };
}
