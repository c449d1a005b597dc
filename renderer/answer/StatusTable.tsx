// For navigators explaining options: every kind of data against every status in one
// compact table, behind a disclosure so it adds nothing to what a person reads first.
import type { TFunction } from 'i18next';
import { type Answer, KNOWN_STATUSES } from '../../rules/index.ts';
import { OutcomeIcon } from '../components/OutcomeBadge.tsx';
import { CategoryIcon } from './CategoryIcon.tsx';

export function StatusTable({ answer, t, idPrefix }: { answer: Answer; t: TFunction; idPrefix: string }) {
  const titleId = `${idPrefix}-status-table`;
  return (
    <details className="status-table">
      <summary id={titleId}>{t('answer.statusTable.title')}</summary>
      {/* A wide table scrolls inside its own box on a phone; the box takes focus so a
          keyboard can scroll it. */}
      <div className="table-scroll" role="region" aria-labelledby={titleId} tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('answer.statusTable.dataHeader')}</th>
              {KNOWN_STATUSES.map((s) => <th key={s} scope="col">{t(`status.${s}.label`)}</th>)}
            </tr>
          </thead>
          <tbody>
            {answer.answers.map((a) => (
              <tr key={a.category} data-row={a.category}>
                <th scope="row"><span className="table-category"><CategoryIcon category={a.category} />{t(`category.${a.category}`)}</span></th>
                {KNOWN_STATUSES.map((s) => {
                  const outcome = a.byStatus ? a.byStatus[s] : a.outcome;
                  return (
                    <td key={s} data-status={s} data-outcome={outcome}>
                      <span className={`table-outcome outcome-${outcome}`}><OutcomeIcon outcome={outcome} />{t(`outcome.${outcome}`)}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
