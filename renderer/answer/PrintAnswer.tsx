// What goes on paper (and into a saved PDF): the answer in the chosen language with every
// citation written out, the verified-as-of date, and, when no human has reviewed the
// translation, the English text beside it. Hidden on screen; print.css shows only this.
import type { TFunction } from 'i18next';
import type { Answer, ResolvedCitation } from '../../rules/engine/answer.ts';
import { CitationList } from '../components/Citations.tsx';
import { OutcomeBadge } from '../components/OutcomeBadge.tsx';
import { groupByOutcome, reasonText } from './text.ts';
import { formatDay } from './dates.ts';

/** Each distinct citation once, numbered, so two pages are enough for twelve answers. */
function numberCitations(answer: Answer): { list: ResolvedCitation[]; numbersOf: (cs: readonly ResolvedCitation[]) => number[] } {
  const key = (c: ResolvedCitation) => `${c.sourceId}\u0000${c.pinpoint}\u0000${c.quote}`;
  const index = new Map<string, number>();
  const list: ResolvedCitation[] = [];
  for (const c of answer.answers.flatMap((a) => a.citations)) {
    if (!index.has(key(c))) {
      index.set(key(c), list.length + 1);
      list.push(c);
    }
  }
  return { list, numbersOf: (cs) => [...new Set(cs.map((c) => index.get(key(c))!))] };
}

function PrintColumn({ answer, t, lng, dir, withSources }: { answer: Answer; t: TFunction; lng: string; dir: 'ltr' | 'rtl'; withSources: boolean }) {
  const { list, numbersOf } = numberCitations(answer);
  return (
    <div className="print-column" lang={lng} dir={dir}>
      <h2>{t('app.name')}</h2>
      <p>
        {t('answer.for', { jurisdiction: t(`jurisdiction.names.${answer.query.jurisdiction}`), status: t(`status.${answer.query.status}.label`) })}{' '}
        {t('answer.onDate', { date: formatDay(answer.query.date, lng) })}
      </p>
      {groupByOutcome(answer.answers).map((g) => (
        <section key={g.outcome}>
          <h3>{t(`group.${g.outcome}`)}</h3>
          <ul>
            {g.answers.map((a) => (
              <li key={a.category} className="print-item">
                <strong>{t(`category.${a.category}`)}</strong> — <OutcomeBadge outcome={a.outcome} t={t} />
                <p>{reasonText(t, a)} <span className="print-refs">[{numbersOf(a.citations).join(', ')}]</span></p>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {withSources && (
        <>
          <h3>{t('answer.sourceTitle')}</h3>
          <ol className="print-sources">
            {list.map((c, i) => <li key={i}><CitationList citations={[c]} t={t} /></li>)}
          </ol>
        </>
      )}
      <p className="verified">{t('answer.verifiedAsOf', { date: formatDay(answer.dataAsOf, lng) })}</p>
      <p>{t('answer.notLegalAdvice')}</p>
    </div>
  );
}

interface Props {
  answer: Answer;
  primary: { t: TFunction; lng: string; dir: 'ltr' | 'rtl'; machine: boolean };
  english: TFunction;
}

export function PrintAnswer({ answer, primary, english }: Props) {
  return (
    <div className="print-view" data-testid="print-view">
      {primary.machine && <p className="print-machine" lang={primary.lng} dir={primary.dir}>{primary.t('machine.notice')}</p>}
      <div className={primary.machine ? 'print-columns' : undefined}>
        <PrintColumn answer={answer} t={primary.t} lng={primary.lng} dir={primary.dir} withSources />
        {/* The quotes are English already: the English column points to the same numbers. */}
        {primary.machine && <PrintColumn answer={answer} t={english} lng="en" dir="ltr" withSources={false} />}
      </div>
    </div>
  );
}
