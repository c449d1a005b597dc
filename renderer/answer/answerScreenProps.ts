// What every answer screen (one person's, a family's) is given by the app, and what each
// works out from it the same way.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Api, KioskSettings, RulesInfo } from '../../electron/ipc-contract.ts';
import { daysBetween, type Answer, type Bundle, type IsoDate, type Jurisdiction } from '../../rules/index.ts';
import { helpResources } from './help.ts';
import { factsNotice } from './text.ts';
import type { YouSaidRow } from './YouSaid.tsx';

export interface AnswerScreenProps {
  api: Api;
  bundle: Bundle;
  rules: RulesInfo;
  kiosk: KioskSettings;
  jurisdiction: Jurisdiction;
  today: IsoDate;
  /** The day chosen on the timeline; null for today. */
  date: IsoDate | null;
  locale: string;
  onShowToday: () => void;
  /** "Change" beside the state; null at a kiosk with its own state. */
  onChangeJurisdiction: (() => void) | null;
  onBack: () => void;
}

/** For `answer` (a family's first person's: all share the place and day): whether the
 * sources count as old, the facts line, where to get help, and the "You said" state row. */
export function useAnswerFrame(props: AnswerScreenProps, answer: Answer) {
  const { t } = useTranslation();
  const { bundle, jurisdiction, kiosk } = props;
  const day = answer.query.date;
  // "May be out of date" counts from where the sources end, not from when they were checked.
  const stale = daysBetween(answer.factsThrough.date, props.today) > props.rules.staleAfterDays;
  const help = useMemo(() => ({ contacts: kiosk.helpContacts, resources: helpResources(bundle, jurisdiction, day) }), [kiosk.helpContacts, bundle, jurisdiction, day]);
  const jurisdictionRow: YouSaidRow = { key: 'jurisdiction', label: t('answer.youSaid.jurisdiction'), value: t(`jurisdiction.names.${jurisdiction}`), change: props.onChangeJurisdiction };
  return { stale, facts: factsNotice(t, answer, stale), help, jurisdictionRow };
}
