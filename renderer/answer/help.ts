// Where to get help: only what the legal research note supports and the clinic's own
// contacts from its kiosk config. No phone number that nobody checked. One list, shown on
// screen, printed and read aloud.
import type { TFunction } from 'i18next';
import type { HelpContact } from '../../electron/ipc-contract.ts';
import { type Bundle, type Jurisdiction, type IsoDate, inSet } from '../../rules/index.ts';

export interface HelpResource {
  /** help.<key> in the catalogue. */
  key: string;
  url?: string;
}

/** The Attorneys General whose releases on the rulings the research note gives. */
const ATTORNEY_GENERAL_URLS: Partial<Record<Jurisdiction, string>> = {
  CA: 'https://pslc.org/actions/ca-attorney-general-bonta-secures-preliminary-relief-blocking-californias-medicaid-data-from-being-used-for-immigration-enforcement-purposes',
  IL: 'https://illinoisattorneygeneral.gov/news/story/attorney-general-raoul-secures-preliminary-injunction-blocking-medicaid-data-from-being-used-for-immigration-enforcement-purposes',
  CO: 'https://coag.gov/press-releases/attorney-general-phil-weiser-medicaid-data-immigration-and-customs-enforcement-7-1-25',
  WA: 'https://www.einpresswire.com/article/827416860/washington-state-sues-trump-administration-for-illegally-sharing-personal-health-data-with-ice',
  WI: 'https://www.wispolitics.com/2025/dept-of-justice-ag-kaul-sues-to-stop-federal-government-from-sharing-wisconsin-medicaid-data',
};

/** The resources for a place on a day: California's own pages in California, the state's
 * Attorney General only where the state is in the lawsuit, then national groups. */
export function helpResources(bundle: Bundle, jurisdiction: Jurisdiction, date: IsoDate): HelpResource[] {
  return [
    ...(jurisdiction === 'CA' ? [
      { key: 'dhcs', url: 'https://www.dhcs.ca.gov/formsandpubs/publications/oc/Pages/2025/25-20-Statement-Federal-Use-Medi-Cal-Data-6-13-25.aspx' },
      { key: 'ocssa', url: 'https://ssa.ocgov.com/node' },
    ] : []),
    ...(inSet(bundle, '@plaintiff-states', jurisdiction, date) ? [{ key: 'ag', url: ATTORNEY_GENERAL_URLS[jurisdiction] }] : []),
    { key: 'pif', url: 'https://pifcoalition.org/medicaid' },
    { key: 'nilc', url: 'https://www.nilc.org/articles/standing-up-for-immigrants-health-and-wellbeing/' },
  ];
}

/** A clinic contact's phone, address and hours, each a line, for the screen, paper and voice. */
export function contactDetails(t: TFunction, c: HelpContact): string[] {
  return [
    c.phone && t('help.clinicPhone', { phone: c.phone }),
    c.address && t('help.clinicAddress', { address: c.address }),
    c.hours && t('help.clinicHours', { hours: c.hours }),
  ].filter((line): line is string => Boolean(line));
}
