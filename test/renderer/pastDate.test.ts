// The past-date fields are checked by the app, not the browser (UX review #12): a real day
// inside the sources' span and not in the future, or which field to fix.
import { describe, expect, it } from 'vitest';
import { asciiDigits, checkPastDate, dateParts } from '../../renderer/screens/pastDate.ts';

const from = '2025-01-01', today = '2026-12-06';
const check = (day: string, month: string, year: string) => checkPastDate({ day, month, year }, from, today);

describe('checkPastDate', () => {
  it('takes a real day in the span, with or without leading zeros and spaces', () => {
    expect(check('15', '9', '2025')).toEqual({ ok: true, date: '2025-09-15' });
    expect(check(' 01', '01 ', '2025')).toEqual({ ok: true, date: '2025-01-01' });
    expect(check('6', '12', '2026')).toEqual({ ok: true, date: '2026-12-06' });
  });

  it('says which field is not a real date', () => {
    expect(check('', '9', '2025')).toEqual({ ok: false, error: 'notReal', field: 'day' });
    expect(check('15', '13', '2025')).toEqual({ ok: false, error: 'notReal', field: 'month' });
    expect(check('15', 'Sept', '2025')).toEqual({ ok: false, error: 'notReal', field: 'month' });
    expect(check('15', '9', '25')).toEqual({ ok: false, error: 'notReal', field: 'year' });
    expect(check('31', '4', '2025')).toEqual({ ok: false, error: 'notReal', field: 'day' });
    expect(check('29', '2', '2025')).toEqual({ ok: false, error: 'notReal', field: 'day' });
  });

  it('refuses a day before the sources begin, or in the future', () => {
    expect(check('31', '12', '2024')).toMatchObject({ ok: false, error: 'outOfRange' });
    expect(check('7', '12', '2026')).toMatchObject({ ok: false, error: 'outOfRange' });
    expect(check('1', '3', '2027')).toMatchObject({ ok: false, error: 'outOfRange' });
  });

  it('starts from a date as the person would type it', () => {
    expect(dateParts('2025-09-05')).toEqual({ day: '5', month: '9', year: '2025' });
  });
});

describe('digits of other scripts', () => {
  it('Persian, Arabic-Indic and Bengali digits read as the same date', () => {
    expect(asciiDigits('۱۵ ٩ ২০২৫')).toBe('15 9 2025');
    expect(checkPastDate({ day: '۱۵', month: '٩', year: '২০২৫' }, '2025-01-01', '2026-12-06')).toEqual({ ok: true, date: '2025-09-15' });
  });
});
