// "See the answer on a past date": Day / Month / Year fields labelled in the UI language,
// no browser validation (noValidate), and on a mistake the app's own message twice, as
// GOV.UK does: in an error summary that takes focus, and beside the fields.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../rules/index.ts';
import { formatDay } from '../answer/dates.ts';
import { checkPastDate, dateParts, type DateCheck, type DateField, type DateParts } from './pastDate.ts';

const FIELDS: readonly { field: DateField; key: string }[] = [
  { field: 'day', key: 'timeline.day' },
  { field: 'month', key: 'timeline.month' },
  { field: 'year', key: 'timeline.year' },
];

interface Props {
  from: IsoDate;
  today: IsoDate;
  initial: IsoDate;
  onShowDate: (date: IsoDate) => void;
}

export function PastDateForm({ from, today, initial, onShowDate }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [parts, setParts] = useState<DateParts>(() => dateParts(initial));
  const [problem, setProblem] = useState<Extract<DateCheck, { ok: false }> | null>(null);
  const [attempt, setAttempt] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const fieldId = (f: DateField) => `${id}-${f}`;
  const message = problem && (problem.error === 'notReal'
    ? t('timeline.dateNotReal')
    : t('timeline.pickInvalid', { from: formatDay(t, from), to: formatDay(t, today) }));

  // Each failed try moves focus to the summary, so a screen reader hears what is wrong.
  useEffect(() => {
    if (attempt > 0) summaryRef.current?.focus();
  }, [attempt]);

  const submit = () => {
    const check = checkPastDate(parts, from, today);
    if (check.ok) return onShowDate(check.date);
    setProblem(check);
    setAttempt((n) => n + 1);
  };

  return (
    <form noValidate onSubmit={(e) => { e.preventDefault(); submit(); }}>
      {problem && (
        <div className="error-summary" ref={summaryRef} tabIndex={-1} role="alert" aria-labelledby={`${id}-summary`} data-testid="date-error-summary">
          <h3 id={`${id}-summary`}>{t('timeline.errorTitle')}</h3>
          <ul>
            <li><button type="button" className="link-button" onClick={() => document.getElementById(fieldId(problem.field))?.focus()}>{message}</button></li>
          </ul>
        </div>
      )}
      <fieldset className="date-input" aria-describedby={`${id}-hint${problem ? ` ${id}-error` : ''}`}>
        <legend>{t('timeline.pickLabel')}</legend>
        <p id={`${id}-hint`} className="hint">{t('timeline.pickHint', { from: formatDay(t, from) })}</p>
        {problem && <p id={`${id}-error`} className="error" data-testid="date-error">{message}</p>}
        <div className="date-fields">
          {FIELDS.map(({ field, key }) => (
            <div key={field} className={`date-field date-${field}`}>
              <label htmlFor={fieldId(field)}>{t(key)}</label>
              <input id={fieldId(field)} name={field} type="text" inputMode="numeric" autoComplete="off" spellCheck={false}
                value={parts[field]} aria-invalid={(problem && (problem.error === 'outOfRange' || problem.field === field)) || undefined}
                onChange={(e) => setParts((p) => ({ ...p, [field]: e.target.value }))} />
            </div>
          ))}
        </div>
      </fieldset>
      <button type="submit">{t('timeline.show')}</button>
    </form>
  );
}
