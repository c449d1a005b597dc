// The footer's "We last checked our sources on … They cover events up to …", on every screen.
import { useTranslation } from 'react-i18next';
import type { RulesInfo } from '../../electron/ipc-contract.ts';
import { checkedLine } from '../answer/text.ts';

export function VerifiedAsOf({ rules }: { rules: RulesInfo }) {
  const { t } = useTranslation();
  return <p>{checkedLine(t, rules)}</p>;
}
