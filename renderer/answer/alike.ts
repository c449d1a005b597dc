// Categories whose answer reads the same share one item, so the printout and read-aloud
// say each reason once with the categories it covers, instead of repeating it a dozen
// times (UX review #6, #9).
import type { TFunction } from 'i18next';
import type { CategoryAnswer } from '../../rules/engine/answer.ts';
import { KNOWN_STATUSES } from '../../rules/schema/vocabulary.ts';
import { OUTCOME_ORDER, reasonText } from './text.ts';

export interface AlikeItem {
  /** The first answer of the item; the others read the same. */
  first: CategoryAnswer;
  categories: string[];
  reason: string;
  /** For an answer that depends on status: the statuses, grouped by outcome. */
  perStatus: string | null;
}

/** "Protected: U.S. citizen, Green card holder · Not clear: …" — statuses grouped by
 * outcome, in the screen's order; the reasons are on screen and the sources on paper. */
function byStatusLine(t: TFunction, a: CategoryAnswer): string | null {
  if (!a.byStatus) return null;
  return OUTCOME_ORDER
    .map((outcome) => ({ outcome, statuses: KNOWN_STATUSES.filter((s) => a.byStatus![s] === outcome) }))
    .filter((g) => g.statuses.length > 0)
    .map((g) => `${t(`outcome.${g.outcome}`)}: ${g.statuses.map((s) => t(`status.${s}.label`)).join(t('answer.listSeparator'))}`)
    .join(' · ');
}

/** Answers (of one outcome) that read the same apart from the category share one item.
 * `sameAlso` adds what else must match, e.g. the printout's source numbers. */
export function mergeAlike(t: TFunction, answers: readonly CategoryAnswer[], sameAlso: (a: CategoryAnswer) => unknown = () => null): AlikeItem[] {
  const items = new Map<string, AlikeItem>();
  for (const a of answers) {
    const reason = reasonText(t, a);
    const perStatus = byStatusLine(t, a);
    const key = JSON.stringify([reason, perStatus, sameAlso(a)]);
    const item = items.get(key) ?? { first: a, categories: [], reason, perStatus };
    item.categories.push(t(`category.${a.category}`));
    items.set(key, item);
  }
  return [...items.values()];
}
