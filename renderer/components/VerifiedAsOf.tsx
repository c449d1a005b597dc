// The footer's "These facts were checked on …", on every screen.
import { useTranslation } from 'react-i18next';
import { formatDay } from '../answer/dates.ts';
import type { IsoDate } from '../../rules/schema/dates.ts';

export function VerifiedAsOf({ dataAsOf }: { dataAsOf: IsoDate }) {
  const { t } = useTranslation();
  return <p>{t('answer.verifiedAsOf', { date: formatDay(t, dataAsOf) })}</p>;
}
