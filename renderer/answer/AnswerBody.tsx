// The answer itself, in one language: the 12 categories grouped so "may be shared" comes
// first, then what is not known, then data already shared. It takes a fixed `t` so the
// side-by-side view can render it in two languages at once.
import type { TFunction } from 'i18next';
import type { Answer, CategoryAnswer } from '../../rules/engine/answer.ts';
import { CATEGORIES, KNOWN_STATUSES, type Category, type KnownStatus, type Outcome } from '../../rules/schema/vocabulary.ts';
import { OutcomeBadge } from '../components/OutcomeBadge.tsx';
import { ShowSource } from '../components/Citations.tsx';
import { disclosureText, groupByOutcome, groupTitle, noteText, reasonText, ruleReason, summarySentences } from './text.ts';
import { formatDated } from './dates.ts';

interface Props {
  answer: Answer;
  t: TFunction;
  /** Distinguishes ids when two languages are on screen. */
  idPrefix: string;
}

const categoryList = (t: TFunction, categories: readonly Category[]) =>
  categories.map((c) => t(`category.${c}`)).join(t('answer.listSeparator'));

/** Statuses whose answer comes from the same rule share one row: the reason is read once,
 * and a person who is not sure still finds their own status named in it. */
function statusRows(a: CategoryAnswer): { statuses: KnownStatus[]; outcome: Outcome; ruleId: string }[] {
  const rows = new Map<string, { statuses: KnownStatus[]; outcome: Outcome; ruleId: string }>();
  for (const s of KNOWN_STATUSES) {
    const outcome = a.byStatus![s], ruleId = a.byStatusRule![s];
    const row = rows.get(`${outcome} ${ruleId}`) ?? { statuses: [], outcome, ruleId };
    row.statuses.push(s);
    rows.set(`${outcome} ${ruleId}`, row);
  }
  return [...rows.values()];
}

function ByStatus({ a, t }: { a: CategoryAnswer; t: TFunction }) {
  if (!a.byStatus || !a.byStatusRule) return null;
  return (
    <div className="by-status">
      <p className="by-status-title">{t('answer.byStatusTitle')}</p>
      <ul>
        {statusRows(a).map((row) => (
          <li key={row.statuses.join(' ')} data-statuses={row.statuses.join(' ')}>
            <span className="by-status-name">{row.statuses.map((s) => t(`status.${s}.label`)).join(t('answer.listSeparator'))}</span>
            <OutcomeBadge outcome={row.outcome} t={t} />
            <span className="by-status-reason">{ruleReason(t, row.ruleId, row.outcome)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function CategoryCard({ a, t, idPrefix }: { a: CategoryAnswer; t: TFunction; idPrefix: string }) {
  const headingId = `${idPrefix}-cat-${a.category}`;
  return (
    <li className={`card card-${a.outcome}`} data-category={a.category} data-outcome={a.outcome}>
      <h3 id={headingId} className="card-title">{t(`category.${a.category}`)}</h3>
      <OutcomeBadge outcome={a.outcome} t={t} />
      <p className="reason">{reasonText(t, a)}</p>
      <ByStatus a={a} t={t} />
      <ShowSource citations={a.citations} t={t} />
    </li>
  );
}

export function AnswerBody({ answer, t, idPrefix }: Props) {
  const jurisdictionName = t(`jurisdiction.names.${answer.query.jurisdiction}`);
  return (
    <div className="answer-body">
      <p className="summary" data-testid="summary">{summarySentences(t, answer).join(' ')}</p>

      {groupByOutcome(answer.answers).map((g) => (
        <section key={g.outcome} className={`group group-${g.outcome}`} aria-labelledby={`${idPrefix}-group-${g.outcome}`}>
          <h2 id={`${idPrefix}-group-${g.outcome}`}>
            <OutcomeBadge outcome={g.outcome} t={t} /> <span>{groupTitle(t, g.outcome, answer.beyondFacts)}</span>{' '}
            <span className="count">({t('group.count', { count: g.answers.length })})</span>
          </h2>
          <ul className="cards">
            {g.answers.map((a) => <CategoryCard key={a.category} a={a} t={t} idPrefix={idPrefix} />)}
          </ul>
        </section>
      ))}

      {answer.notes.length > 0 && (
        <section className="notes" aria-labelledby={`${idPrefix}-notes`}>
          <h2 id={`${idPrefix}-notes`}>{t('answer.notesTitle')}</h2>
          <p>{t('answer.notesIntro')}</p>
          <ul>
            {answer.notes.map((n) => (
              <li key={n.id} className="note" data-note={n.id}>
                <p>{noteText(t, n.id)}</p>
                <p className="note-about">
                  {n.categories.length === CATEGORIES.length ? t('answer.noteAboutAll') : t('answer.noteAbout', { categories: categoryList(t, n.categories) })}
                </p>
                <ShowSource citations={n.citations} t={t} />
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="past" aria-labelledby={`${idPrefix}-past`}>
        <h2 id={`${idPrefix}-past`}>{t('answer.pastTitle')}</h2>
        {answer.pastDisclosures.length === 0 ? (
          <p>{t('answer.pastNone', { jurisdiction: jurisdictionName })}</p>
        ) : (
          <>
            <p>{t('answer.pastIntro', { jurisdiction: jurisdictionName })}</p>
            <ul>
              {answer.pastDisclosures.map((d) => (
                <li key={d.id} className="disclosure" data-disclosure={d.id}>
                  <p>{disclosureText(t, d.id)}</p>
                  <p>
                    {d.to
                      ? t('answer.pastWhenRange', { from: formatDated(t, d.from, d.datePrecision), to: formatDated(t, d.to, d.datePrecision) })
                      : t('answer.pastWhen', { date: formatDated(t, d.from, d.datePrecision) })}
                  </p>
                  <p>{d.categories.length ? t('answer.pastWhat', { categories: categoryList(t, d.categories) }) : t('answer.pastWhatUnknown')}</p>
                  <ShowSource citations={d.citations} t={t} />
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}
