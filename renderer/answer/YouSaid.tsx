// "You said: … · Change" at the top of the answer (GOV.UK "check your answers"): the
// person sees which state and status this answer is for, and can change either one.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Jurisdiction, Status } from '../../rules/schema/vocabulary.ts';

interface Props {
  jurisdiction: Jurisdiction;
  status: Status;
  /** Null where the place is the kiosk's own (a preset): there is nothing to change. */
  onChangeJurisdiction: (() => void) | null;
  onChangeStatus: () => void;
}

export function YouSaid({ jurisdiction, status, onChangeJurisdiction, onChangeStatus }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const rows = [
    { key: 'jurisdiction', label: t('answer.youSaid.jurisdiction'), value: t(`jurisdiction.names.${jurisdiction}`), change: onChangeJurisdiction },
    { key: 'status', label: t('answer.youSaid.status'), value: t(`status.${status}.label`), change: onChangeStatus },
  ];
  return (
    <section className="you-said" aria-labelledby={`${id}-title`} data-testid="you-said">
      <h2 id={`${id}-title`} className="you-said-title">{t('answer.youSaid.title')}</h2>
      <dl>
        {rows.map((r) => (
          <div key={r.key} className="you-said-row" data-you-said={r.key}>
            <dt id={`${id}-${r.key}`}>{r.label}</dt>
            <dd>
              <span className="you-said-value">{r.value}</span>
              {r.change && <button type="button" className="link-button" aria-describedby={`${id}-${r.key}`} data-change={r.key} onClick={r.change}>{t('answer.youSaid.change')}</button>}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
