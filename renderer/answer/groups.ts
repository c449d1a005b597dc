// Say it once: categories whose answers read the same share one item, on screen
// (AnswerBody) and on paper (PrintAnswer), with their citations merged. And, for a person
// who is not sure of their status, statuses whose whole answer reads the same share one
// block, so each person finds their own status once instead of in every card.
import type { TFunction } from 'i18next';
import { type Answer, type CategoryAnswer, type ResolvedCitation, citedWords, KNOWN_STATUSES, type Category, type KnownStatus, type Outcome } from '../../rules/index.ts';
import { OUTCOME_ORDER, reasonInEnglish, reasonText, ruleReason } from './text.ts';

/** Two citations are the same when they cite the same words at the same place. */
export const citationKey = (c: ResolvedCitation) => `${c.sourceId}\u0000${c.pinpoint}\u0000${citedWords(c)}`;

function uniqueCitations(citations: readonly ResolvedCitation[]): ResolvedCitation[] {
  const seen = new Map<string, ResolvedCitation>();
  for (const c of citations) if (!seen.has(citationKey(c))) seen.set(citationKey(c), c);
  return [...seen.values()];
}

/** "Protected: U.S. citizen, Green card holder · Not clear: …": an `unsure` answer's
 * statuses grouped by outcome, in the screen's order; null when every status agrees. */
function byStatusLine(t: TFunction, a: CategoryAnswer): string | null {
  if (!a.byStatus) return null;
  return OUTCOME_ORDER
    .map((outcome) => ({ outcome, statuses: KNOWN_STATUSES.filter((s) => a.byStatus![s] === outcome) }))
    .filter((g) => g.statuses.length > 0)
    .map((g) => `${t(`outcome.${g.outcome}`)}: ${g.statuses.map((s) => t(`status.${s}.label`)).join(t('answer.listSeparator'))}`)
    .join(' · ');
}

export interface AlikeGroup {
  outcome: Outcome;
  categories: Category[];
  reason: string;
  /** The reason is the bundle's English: t's language lacks the rule's words. */
  reasonInEnglish: boolean;
  perStatus: string | null;
  citations: ResolvedCitation[];
}

/** Answers that read the same apart from the category (same outcome, reason and
 * per-status line) become one group. Grouped by the words, not the rule id: two rules with
 * the same sentence are read once. The groups with the fewest kinds of data come first: a
 * source that names three kinds is more telling than one that covers the rest "case by
 * case" (UX review #10); groups of the same size keep the order of their first category. */
export function groupAlike(t: TFunction, answers: readonly CategoryAnswer[]): AlikeGroup[] {
  const groups = new Map<string, AlikeGroup>();
  for (const a of answers) {
    const reason = reasonText(t, a);
    const perStatus = byStatusLine(t, a);
    const key = JSON.stringify([a.outcome, reason, perStatus]);
    const group = groups.get(key) ?? { outcome: a.outcome, categories: [], reason, reasonInEnglish: reasonInEnglish(t, a.ruleId), perStatus, citations: [] };
    group.categories.push(a.category);
    group.citations = uniqueCitations([...group.citations, ...a.citations]);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => a.categories.length - b.categories.length);
}

interface StatusAnswerItem {
  outcome: Outcome;
  reason: string;
  reasonInEnglish: boolean;
  categories: Category[];
}

interface StatusGroup {
  statuses: KnownStatus[];
  items: StatusAnswerItem[];
}

/** One status's answer: its categories grouped by outcome and reason, "may be shared" first. */
function answerForStatus(t: TFunction, answers: readonly CategoryAnswer[], status: KnownStatus): StatusAnswerItem[] {
  const items = new Map<string, StatusAnswerItem>();
  for (const a of answers) {
    // A category without a per-status breakdown has one rule for every status.
    const outcome = a.byStatus ? a.byStatus[status] : a.outcome;
    const statusRule = a.byStatusRule?.[status];
    const reason = statusRule ? ruleReason(t, statusRule, outcome) : reasonText(t, a);
    const key = JSON.stringify([outcome, reason]);
    const item = items.get(key) ?? { outcome, reason, reasonInEnglish: reasonInEnglish(t, statusRule ?? a.ruleId), categories: [] };
    item.categories.push(a.category);
    items.set(key, item);
  }
  return [...items.values()].sort((x, y) => OUTCOME_ORDER.indexOf(x.outcome) - OUTCOME_ORDER.indexOf(y.outcome));
}

/** For an `unsure` answer: statuses whose answers read exactly the same share one group,
 * in the order of the status question. Empty for a person who gave their status. */
export function statusGroups(t: TFunction, answer: Answer): StatusGroup[] {
  if (answer.query.status !== 'unsure') return [];
  const groups = new Map<string, StatusGroup>();
  for (const status of KNOWN_STATUSES) {
    const items = answerForStatus(t, answer.answers, status);
    const key = JSON.stringify(items);
    const group = groups.get(key) ?? { statuses: [], items };
    group.statuses.push(status);
    groups.set(key, group);
  }
  return [...groups.values()];
}
