// Where to get help: only what the legal research note supports (timeline.md §6) and the
// clinic's own contacts from its kiosk config. No phone number that nobody checked.
import { useTranslation } from 'react-i18next';
import type { HelpContact } from '../../electron/ipc-contract.ts';
import type { Jurisdiction } from '../../rules/schema/vocabulary.ts';

interface Resource {
  key: string;
  url: string;
  /** Shown only for these jurisdictions; everywhere when absent. */
  only?: readonly Jurisdiction[];
}

export const HELP_RESOURCES: readonly Resource[] = [
  { key: 'dhcs', url: 'https://www.dhcs.ca.gov/formsandpubs/publications/oc/Pages/2025/25-20-Statement-Federal-Use-Medi-Cal-Data-6-13-25.aspx', only: ['CA'] },
  { key: 'ocssa', url: 'https://ssa.ocgov.com/node', only: ['CA'] },
  { key: 'pif', url: 'https://pifcoalition.org/medicaid' },
  { key: 'nilc', url: 'https://www.nilc.org/articles/standing-up-for-immigrants-health-and-wellbeing/' },
];

export function HelpSection({ jurisdiction, contacts }: { jurisdiction: Jurisdiction; contacts: readonly HelpContact[] }) {
  const { t } = useTranslation();
  const resources = HELP_RESOURCES.filter((r) => !r.only || r.only.includes(jurisdiction));
  return (
    <section className="help" aria-labelledby="help-title">
      <h2 id="help-title">{t('help.title')}</h2>
      {contacts.length > 0 && (
        <div className="clinic-help">
          <h3>{t('help.clinicTitle')}</h3>
          <ul>
            {contacts.map((c, i) => (
              <li key={i}>
                <p><strong>{c.name}</strong></p>
                {c.phone && <p>{t('help.clinicPhone', { phone: c.phone })}</p>}
                {c.address && <p>{t('help.clinicAddress', { address: c.address })}</p>}
                {c.hours && <p>{t('help.clinicHours', { hours: c.hours })}</p>}
              </li>
            ))}
          </ul>
        </div>
      )}
      <p>{t('help.intro')}</p>
      <ul>
        {resources.map((r) => (
          <li key={r.key}>
            <p>{t(`help.${r.key}`)}</p>
            <p className="url-text" lang="en" dir="ltr">{r.url}</p>
          </li>
        ))}
        <li><p>{t('help.ag')}</p></li>
      </ul>
      <p className="not-legal-advice"><strong>{t('answer.notLegalAdvice')}</strong></p>
    </section>
  );
}
