import { useTranslation } from 'react-i18next';
import { type Bundle, type TimelineEvent, type Jurisdiction, jurisdictionInScope, type IsoDate, resolveCitations } from '../../rules/index.ts';
import { PastDateForm } from './PastDateForm.tsx';
import { Screen } from '../components/Screen.tsx';
import { ShowSource } from '../components/Citations.tsx';
import { BundleText } from '../components/EnglishBeside.tsx';
import { formatDated, formatFactsThrough } from '../answer/dates.ts';
import { hasKey } from '../answer/text.ts';

interface Props {
  bundle: Bundle;
  today: IsoDate;
  canAnswer: boolean;
  /** The person's state, if chosen: events that named it are marked. */
  jurisdiction: Jurisdiction | null;
  chosenDate: IsoDate | null;
  onShowDate: (date: IsoDate) => void;
  onBack: () => void;
}

export function TimelineScreen({ bundle, today, canAnswer, jurisdiction, chosenDate, onShowDate, onBack }: Props) {
  const { t } = useTranslation();
  const events = [...bundle.events].sort((a, b) => a.date.localeCompare(b.date));

  const places = (e: TimelineEvent) => e.jurisdictions === '*'
    ? t('timeline.everywhere')
    : e.jurisdictions.map((j) => (j.startsWith('@') ? t(`timeline.set.${j.slice(1)}`) : t(`jurisdiction.names.${j}`))).join(t('answer.listSeparator'));
  const namesState = (e: TimelineEvent) =>
    !!jurisdiction && e.jurisdictions !== '*' && jurisdictionInScope(bundle, e.jurisdictions, undefined, jurisdiction, e.date);

  return (
    <Screen title={t('timeline.title')} onBack={onBack}>
      <section className="date-pick" aria-labelledby="pick-title">
        <h2 id="pick-title">{t('timeline.pickTitle')}</h2>
        {canAnswer ? (
          <PastDateForm from={bundle.coverageFrom} today={today} initial={chosenDate ?? today} onShowDate={onShowDate} />
        ) : (
          <p>{t('timeline.needChoices')}</p>
        )}
      </section>

      <section aria-labelledby="events-title">
        <h2 id="events-title">{t('timeline.eventsTitle')}</h2>
        <ol className="events">
          {events.map((e) => (
            <li key={e.id} className="event" data-event={e.id}>
              <p className="event-date"><time dateTime={e.date}>{formatDated(t, e.date, e.datePrecision)}</time></p>
              <h3>{hasKey(t, `rules:event.${e.id}.title`) ? <BundleText t={t} k={`rules:event.${e.id}.title`} /> : t('timeline.eventFallback')}</h3>
              {hasKey(t, `rules:event.${e.id}.text`) && <p><BundleText t={t} k={`rules:event.${e.id}.text`} /></p>}
              <p className="event-where">
                {t('timeline.where', { places: places(e) })}
                {namesState(e) && <strong className="event-yours"> {t('timeline.includesYours', { name: t(`jurisdiction.names.${jurisdiction}`) })}</strong>}
              </p>
              <ShowSource citations={resolveCitations(bundle, e.citations)} t={t} />
            </li>
          ))}
          {/* The last entry says where the facts end: nothing after it is known here. */}
          <li className="event event-sources-end" data-testid="sources-end">
            <h3>{t('timeline.sourcesEnd', { date: formatFactsThrough(t, bundle.factsThrough) })}</h3>
          </li>
        </ol>
      </section>
    </Screen>
  );
}
