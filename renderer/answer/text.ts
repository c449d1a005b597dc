// The words of an answer. Reasons, notes and events are looked up in the `rules` namespace
// by id; when a translation is missing the user gets a plain generic sentence built from
// the outcome and basis, never a raw key.
import type { TFunction } from 'i18next';
import type { CategoryAnswer } from '../../rules/engine/answer.ts';
import type { Outcome } from '../../rules/schema/vocabulary.ts';

/** Does the (fixed) t function have this key, in its own language or the English fallback? */
export function hasKey(t: TFunction, key: string): boolean {
  return t(key, { defaultValue: '\u0000' }) !== '\u0000';
}

export function reasonText(t: TFunction, a: CategoryAnswer): string {
  if (a.ruleId && hasKey(t, `rules:rule.${a.ruleId}`)) return t(`rules:rule.${a.ruleId}`);
  if (a.outcome === 'depends') return t('fallbackReason.depends');
  if (!a.basis) return t('fallbackReason.mixedRules');
  return t(`fallbackReason.${a.outcome}`, { basis: t(`basis.${a.basis}`) });
}

/** One-line reason for one status inside a `depends` / mixed answer. */
export function ruleReason(t: TFunction, ruleId: string, outcome: Outcome): string {
  return hasKey(t, `rules:rule.${ruleId}`) ? t(`rules:rule.${ruleId}`) : t('outcome.' + outcome);
}

export function noteText(t: TFunction, id: string): string {
  return hasKey(t, `rules:note.${id}`) ? t(`rules:note.${id}`) : t('answer.noteFallback');
}

export function disclosureText(t: TFunction, id: string): string {
  return hasKey(t, `rules:disclosure.${id}`) ? t(`rules:disclosure.${id}`) : t('answer.disclosureFallback');
}

/** Order of the groups on the answer screen: what may be shared comes first. */
export const OUTCOME_ORDER: readonly Outcome[] = ['may_be_shared', 'depends', 'unclear', 'protected'];

export function groupByOutcome(answers: readonly CategoryAnswer[]): { outcome: Outcome; answers: CategoryAnswer[] }[] {
  return OUTCOME_ORDER
    .map((outcome) => ({ outcome, answers: answers.filter((a) => a.outcome === outcome) }))
    .filter((g) => g.answers.length > 0);
}
