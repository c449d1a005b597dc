// The English words for rule ids, notes, events, disclosures, questions, help entries and
// steps, for the CLI. The app uses the same keys through i18next (locales/<lng>/rules.json);
// explanations are translated text keyed by id, never prose inside the rules data.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { RULES_DIR } from './load.ts';
import type { Basis, BundleWords, Outcome } from './engine/index.ts';
import { reasonText, type ReasonWords } from './reason.ts';

/** locales/en/rules.json: the bundle's words, every kind present. */
export type RulesText = { [K in keyof BundleWords]-?: NonNullable<BundleWords[K]> };

export const LOCALES_DIR = path.join(RULES_DIR, '..', 'locales');
export const ENGLISH_RULES_TEXT_FILE = path.join(LOCALES_DIR, 'en', 'rules.json');

/** Every locale's words for the rules (locales/<code>/rules.json, where translators and the
 * review kit work): what a bundle published from this checkout carries. */
export function loadBundleText(dir = LOCALES_DIR): Record<string, BundleWords> {
  const codes = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, 'rules.json')))
    .map((d) => d.name)
    .sort();
  return Object.fromEntries(codes.map((code) => [code, JSON.parse(readFileSync(path.join(dir, code, 'rules.json'), 'utf8')) as BundleWords]));
}

export function loadEnglishRulesText(file = ENGLISH_RULES_TEXT_FILE): RulesText {
  return JSON.parse(readFileSync(file, 'utf8')) as RulesText;
}

/** The app's English fallback sentences (fallbackReason.*) and basis names (basis.*). */
export const ENGLISH_UI_TEXT_FILE = path.join(RULES_DIR, '..', 'locales', 'en', 'ui.json');
let englishUi: { fallbackReason: Record<string, string>; basis: Record<string, string> } | undefined;

/** The English words of the app's reason line, from the same catalogue the app uses. */
function englishReasonWords(text: RulesText): ReasonWords {
  englishUi ??= JSON.parse(readFileSync(ENGLISH_UI_TEXT_FILE, 'utf8')) as NonNullable<typeof englishUi>;
  const ui = englishUi;
  return {
    rule: (ruleId) => text.rule[ruleId],
    fallback: (key, basis) => ui.fallbackReason[key]!.replace(/\{\{\s*basis\s*\}\}/g, basis ? ui.basis[basis]! : ''),
  };
}

/** The one-line reason for a rule (rules/reason.ts); the app's English for a rule this
 * version's text does not know yet (never the raw key). */
export function reasonFor(text: RulesText, ruleId: string | null, outcome: Outcome, basis: Basis | null): string {
  return reasonText(englishReasonWords(text), { ruleId, outcome, basis });
}
