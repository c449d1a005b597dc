// The reason line of one category's answer, the one definition of its fallbacks. The app
// (renderer/answer/text.ts, through i18next) and the rules CLI (rules/text.ts, English)
// both build it here, each with its own words: the rule's own sentence when the text knows
// the rule; otherwise a plain generic sentence from the outcome and basis, never a raw key.
import type { Basis, Outcome } from './schema/vocabulary.ts';

export interface ReasonWords {
  /** The sentence for a rule id, or undefined when this version's text does not know it. */
  rule(ruleId: string): string | undefined;
  /** fallbackReason.<key> of the ui catalogue; `basis` fills its {{basis}}. */
  fallback(key: Outcome | 'mixedRules', basis?: Basis): string;
}

export function reasonText(words: ReasonWords, a: { ruleId: string | null; outcome: Outcome; basis: Basis | null }): string {
  const own = a.ruleId ? words.rule(a.ruleId) : undefined;
  if (own !== undefined) return own;
  if (a.outcome === 'depends') return words.fallback('depends');
  if (!a.basis) return words.fallback('mixedRules');
  return words.fallback(a.outcome, a.basis);
}
