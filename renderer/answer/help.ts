// Where to get help: the rules bundle's help entries (rules/data/help.json: only what the
// legal research note supports) and the clinic's own contacts from its kiosk config. No
// phone number that nobody checked. One list, shown on screen, printed and read aloud.
import type { TFunction } from 'i18next';
import type { HelpContact } from '../../electron/ipc-contract.ts';
import { type Bundle, type Jurisdiction, type IsoDate, jurisdictionInScope } from '../../rules/index.ts';

export interface HelpResource {
  /** rules:help.<id>: the bundle's words. */
  id: string;
  url?: string;
}

/** The bundle's help entries for a place on a day, in the bundle's order (California's own
 * pages, the state's Attorney General only where the state is in the lawsuit, then
 * national groups), each with its address there. */
export function helpResources(bundle: Bundle, jurisdiction: Jurisdiction, date: IsoDate): HelpResource[] {
  return bundle.help
    .filter((h) => jurisdictionInScope(bundle, h.jurisdictions, undefined, jurisdiction, date))
    .map((h) => ({ id: h.id, url: h.urls?.[jurisdiction] ?? h.url }));
}

/** A clinic contact's phone, address and hours, each a line, for the screen, paper and voice. */
export function contactDetails(t: TFunction, c: HelpContact): string[] {
  return [
    c.phone && t('help.clinicPhone', { phone: c.phone }),
    c.address && t('help.clinicAddress', { address: c.address }),
    c.hours && t('help.clinicHours', { hours: c.hours }),
  ].filter((line): line is string => Boolean(line));
}
