// The footer's "These facts were checked on …". The app's first Intl.DateTimeFormat loads
// ICU's date patterns (~25 ms on a 2-core PC), and this footer is on the very first
// screen: the date is filled in just after that screen is painted instead of holding the
// paint back. The line keeps its height meanwhile, so nothing moves.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../answer/dates.ts';
import type { IsoDate } from '../../rules/schema/dates.ts';

export function VerifiedAsOf({ dataAsOf, locale }: { dataAsOf: IsoDate; locale: string }) {
  const { t } = useTranslation();
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => { timer = setTimeout(() => setPainted(true), 0); });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return <p>{painted ? t('answer.verifiedAsOf', { date: formatDay(dataAsOf, locale) }) : '\u00a0'}</p>;
}
