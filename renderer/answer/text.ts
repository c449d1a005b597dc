// The words of an answer. Reasons, notes and events are looked up in the `rules` namespace
// by id; where a locale lacks them, the bundle's English (marked as such: inEnglishOnly);
// only where the bundle has no words at all, a plain generic sentence built from the
// outcome and basis, never a raw key.
import type { TFunction } from 'i18next';
import { type Answer, type CategoryAnswer, type Outcome, reasonText as sharedReasonText } from '../../rules/index.ts';
import { formatDay, formatFactsThrough } from './dates.ts';

/** Does the (fixed) t function have this key, in its own language or the English fallback? */
export function hasKey(t: TFunction, key: string): boolean {
  return t(key, { defaultValue: '\u0000' }) !== '\u0000';
}

/** Does `t` give this key in English only because its own language lacks it? The rules
 * bundle's words (rules:…) then show the bundle's English, marked as English. */
export function inEnglishOnly(t: TFunction, key: string): boolean {
  return hasKey(t, key) && t(key, { fallbackLng: false, defaultValue: '\u0000' }) === '\u0000';
}

/** Is the reason line of a rule the bundle's English standing in for t's language? */
export const reasonInEnglish = (t: TFunction, ruleId: string | null): boolean => !!ruleId && inEnglishOnly(t, `rules:rule.${ruleId}`);

/** The reason line (rules/reason.ts decides which sentence), in the language of `t`. */
export function reasonText(t: TFunction, a: CategoryAnswer): string {
  return sharedReasonText({
    rule: (ruleId) => (hasKey(t, `rules:rule.${ruleId}`) ? t(`rules:rule.${ruleId}`) : undefined),
    fallback: (key, basis) => (basis ? t(`fallbackReason.${key}`, { basis: t(`basis.${basis}`) }) : t(`fallbackReason.${key}`)),
  }, a);
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

/** A group's heading. "Protected" never says "now": past the end of the sources it says
 * what was protected when they end. */
export function groupTitle(t: TFunction, outcome: Outcome, beyondFacts: boolean): string {
  return outcome === 'protected' && beyondFacts ? t('group.protectedLastKnown') : t(`group.${outcome}`);
}

const SUMMARY_KEY: Record<Outcome, string> = {
  may_be_shared: 'answer.summary',
  depends: 'answer.summaryDepends',
  unclear: 'answer.summaryUnclear',
  protected: 'answer.summaryProtected',
};

/** The answer in a few sentences: every outcome present, by count, in the screen's order
 * (never "none of your data" above items nobody can answer for), and one sentence when
 * this place's data was already shared (unless `past` is false: a family's answer says
 * that once, for everyone). */
export function summarySentences(t: TFunction, answer: Answer, { past = true } = {}): string[] {
  const sentences = groupByOutcome(answer.answers).map((g) => {
    const key = g.outcome === 'protected' && answer.beyondFacts ? 'answer.summaryProtectedLastKnown' : SUMMARY_KEY[g.outcome];
    return t(key, { count: g.answers.length });
  });
  if (past && answer.pastDisclosures.length > 0) sentences.push(t('answer.summaryPast', { jurisdiction: t(`jurisdiction.names.${answer.query.jurisdiction}`) }));
  return sentences;
}

/** Where the facts end, said first on screen, paper and aloud: for an answer after the end
 * of the sources, or when the sources are older than the configured number of days. */
export function factsNotice(t: TFunction, answer: Answer, stale: boolean): { kind: 'beyond' | 'stale'; text: string } | null {
  const date = formatFactsThrough(t, answer.factsThrough);
  if (answer.beyondFacts) return { kind: 'beyond', text: t('answer.factsEnd', { date }) };
  if (stale) return { kind: 'stale', text: t('answer.stale', { date }) };
  return null;
}

/** The footer line: when the sources were last checked, and how far they reach. */
export function checkedLine(t: TFunction, rules: { dataAsOf: string; factsThrough: Answer['factsThrough'] }): string {
  return t('answer.verifiedAsOf', { date: formatDay(t, rules.dataAsOf), factsThrough: formatFactsThrough(t, rules.factsThrough) });
}
