// Where to get help, on screen: the clinic's own contacts first, then the resources the
// research note supports (help.ts). "Not legal advice" follows in the footer, once.
import { useTranslation } from 'react-i18next';
import type { HelpContact } from '../../electron/ipc-contract.ts';
import type { TFunction } from 'i18next';
import { contactDetails, type HelpResource } from './help.ts';
import { BundleText } from '../components/EnglishBeside.tsx';

export function HelpSection({ resources, contacts }: { resources: readonly HelpResource[]; contacts: readonly HelpContact[] }) {
  const { t } = useTranslation();
  return (
    <section className="help" aria-labelledby="help-title">
      <h2 id="help-title">{t('help.title')}</h2>
      <ClinicContacts contacts={contacts} t={t} />
      <p>{t('help.intro')}</p>
      <ResourceList resources={resources} t={t} />
    </section>
  );
}

export function ClinicContacts({ contacts, t }: { contacts: readonly HelpContact[]; t: TFunction }) {
  if (contacts.length === 0) return null;
  return (
    <div className="clinic-help">
      <h3>{t('help.clinicTitle')}</h3>
      <ul>
        {contacts.map((c, i) => (
          <li key={i}>
            <p><strong>{c.name}</strong></p>
            {contactDetails(t, c).map((line) => <p key={line}>{line}</p>)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Addresses are plain text on purpose: nothing in this app may open a page. */
export function ResourceList({ resources, t }: { resources: readonly HelpResource[]; t: TFunction }) {
  return (
    <ul className="help-resources">
      {resources.map((r) => (
        <li key={r.id}>
          <p><BundleText t={t} k={`rules:help.${r.id}`} /></p>
          {r.url && <p className="url-text" lang="en" dir="ltr">{r.url}</p>}
        </li>
      ))}
    </ul>
  );
}
