// For a person who is not sure of their status (or will not say it): the answer told
// status by status, statuses with the same answer together, so each person reads only
// their own block, and a table of them all for navigators. Shown only when the statuses'
// answers differ.
import type { TFunction } from 'i18next';
import { OutcomeBadge } from '../components/OutcomeBadge.tsx';
import { InEnglish } from '../components/EnglishBeside.tsx';
import { CategoryList } from './CategoryList.tsx';
import type { Answer } from '../../rules/index.ts';
import { statusGroups } from './groups.ts';
import { StatusTable } from './StatusTable.tsx';

export function StatusGroups({ answer, t, idPrefix }: { answer: Answer; t: TFunction; idPrefix: string }) {
  const groups = statusGroups(t, answer);
  if (groups.length < 2) return null;
  return (
    <section className="status-groups" aria-labelledby={`${idPrefix}-status-groups`}>
      <h2 id={`${idPrefix}-status-groups`}>{t('answer.statusGroupsTitle')}</h2>
      {groups.map((g) => (
        <div key={g.statuses.join(' ')} className="status-group" data-statuses={g.statuses.join(' ')}>
          <h3>{t('answer.ifYourStatusIs', { statuses: g.statuses.map((s) => t(`status.${s}.label`)).join(t('answer.listSeparator')) })}</h3>
          <ul className="status-items">
            {g.items.map((item) => (
              <li key={item.categories.join(' ')} className={`status-item status-item-${item.outcome}`} data-outcome={item.outcome}>
                <OutcomeBadge outcome={item.outcome} t={t} />
                <CategoryList categories={item.categories} t={t} />
                <p className="reason"><InEnglish t={t} shown={item.reasonInEnglish}>{item.reason}</InEnglish></p>
              </li>
            ))}
          </ul>
        </div>
      ))}
      <StatusTable answer={answer} t={t} idPrefix={idPrefix} />
    </section>
  );
}
