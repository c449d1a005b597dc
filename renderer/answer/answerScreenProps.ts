// What every answer screen (one person's, a family's) is given by the app.
import type { Api, KioskSettings, RulesInfo } from '../../electron/ipc-contract.ts';
import type { Bundle, IsoDate, Jurisdiction } from '../../rules/index.ts';

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
