// "You said: … · Change" at the top of an answer (GOV.UK "check your answers"): the person
// sees what this answer is for, and can change any of it.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface YouSaidRow {
  key: string;
  label: string;
  value: string;
  /** Null where there is nothing to change (a kiosk's own state). */
  change: (() => void) | null;
}

export function YouSaid({ rows }: { rows: readonly YouSaidRow[] }) {
  const { t } = useTranslation();
  const id = useId();
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
