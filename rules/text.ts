// The English words for rule ids, notes, events and disclosures, for the CLI. The app uses
// the same keys through i18next (locales/<lng>/rules.json); explanations are translated
// text keyed by id, never prose inside the rules data.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { RULES_DIR } from './load.ts';
import type { Basis, Outcome } from './engine/index.ts';

export interface RulesText {
  rule: Record<string, string>;
  note: Record<string, string>;
  event: Record<string, { title: string; text: string }>;
  disclosure: Record<string, string>;
}

export const ENGLISH_RULES_TEXT_FILE = path.join(RULES_DIR, '..', 'locales', 'en', 'rules.json');

export function loadEnglishRulesText(file = ENGLISH_RULES_TEXT_FILE): RulesText {
  return JSON.parse(readFileSync(file, 'utf8')) as RulesText;
}

const OUTCOME_WORDS: Record<Outcome, string> = {
  may_be_shared: 'may be shared',
  protected: 'is protected',
  unclear: 'is unclear',
  depends: 'depends on immigration status',
};
const BASIS_WORDS: Record<Basis, string> = {
  court_order: 'a court order',
  agency_agreement: 'an agency agreement',
  agency_notice: 'an agency notice',
  agency_policy: 'an agency policy',
  statute: 'a law',
};

/** The one-line reason for a rule; a plain generic sentence if a new bundle brings a rule
 * this version's text does not know yet (never the raw key). */
export function reasonFor(text: RulesText, ruleId: string | null, outcome: Outcome, basis: Basis | null): string {
  if (ruleId && text.rule[ruleId]) return text.rule[ruleId];
  if (outcome === 'depends') return 'The answer is different for different immigration statuses. See each status below.';
  return `This data ${OUTCOME_WORDS[outcome]}${basis ? `, based on ${BASIS_WORDS[basis]}` : ''}. See the source below.`;
}
