// "What you can do", right under the summary: the clinic's own contact first when the
// kiosk has one, then where to get advice, then the steps the research supports, each
// with its source (the bundle's, canDoSteps.ts).
import type { TFunction } from 'i18next';
import type { HelpContact } from '../../electron/ipc-contract.ts';
import { ShowSource } from '../components/Citations.tsx';
import { BundleText } from '../components/EnglishBeside.tsx';
import { contactDetails } from './help.ts';
import type { ResolvedStep } from './canDoSteps.ts';

interface Props {
  steps: readonly ResolvedStep[];
  contacts: readonly HelpContact[];
  t: TFunction;
  idPrefix: string;
}

export function WhatYouCanDo({ steps, contacts, t, idPrefix }: Props) {
  return (
    <section className="what-you-can-do" aria-labelledby={`${idPrefix}-can-do`} data-testid="what-you-can-do">
      <h2 id={`${idPrefix}-can-do`}>{t('answer.whatYouCanDo.title')}</h2>
      <ul>
        {contacts.map((c, i) => (
          <li key={`contact-${i}`} className="can-do-contact" data-step="clinic">
            <p>{t('answer.whatYouCanDo.askClinic', { name: c.name })}</p>
            {contactDetails(t, c).map((line) => <p key={line}>{line}</p>)}
          </li>
        ))}
        <li data-step="legalAid"><p>{t('answer.whatYouCanDo.legalAid')}</p></li>
        {steps.map((s) => (
          <li key={s.id} data-step={s.id}>
            <p><BundleText t={t} k={`rules:step.${s.id}`} /></p>
            <ShowSource citations={s.citations} t={t} />
          </li>
        ))}
      </ul>
    </section>
  );
}
