// The lines under "You said" on every answer, one person's or a family's: the day it is
// for, where the facts end (first, UX review #2), and for a past day, a way back to today.
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../rules/index.ts';
import { formatDay } from './dates.ts';
import type { factsNotice } from './text.ts';

interface Props {
  day: IsoDate;
  /** The day chosen on the timeline; null for today. */
  date: IsoDate | null;
  today: IsoDate;
  facts: ReturnType<typeof factsNotice>;
  onShowToday: () => void;
}

export function AnswerHead({ day, date, today, facts, onShowToday }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <p className="answer-date" data-testid="answer-date" data-date={day}>
        {date ? t('answer.onDate', { date: formatDay(t, day) }) : t('answer.today', { date: formatDay(t, day) })}
      </p>
      {facts && <p className={`notice notice-facts notice-${facts.kind}`} data-testid={facts.kind === 'beyond' ? 'facts-end' : 'stale'}>{facts.text}</p>}
      {date && date !== today && (
        <div className="notice notice-past" role="note">
          <p>{t('answer.pastDateNotice')}</p>
          <button type="button" onClick={onShowToday}>{t('answer.showToday')}</button>
        </div>
      )}
    </>
  );
}
