// Every answer cites its source (brief §6), and no fact comes from anywhere but the legal
// timeline: each quote must stand verbatim in ../shared/legal/timeline.md.
import { describe, expect, it } from 'vitest';
import { shippedBundle } from '../../rules/data/index.ts';
import { checkQuotesAgainstTimeline, checkRulesText, DEFAULT_TIMELINE } from '../../rules/checks.ts';
import { loadEnglishRulesText } from '../../rules/text.ts';
import { answer, CATEGORIES, JURISDICTION_CODES, STATUSES, boundaryDates, formatProblem } from '../../rules/engine/index.ts';
import { freshBundle } from './helpers.ts';

describe('citations', () => {
  it('every quote is verbatim in the legal timeline', () => {
    expect(checkQuotesAgainstTimeline(shippedBundle, DEFAULT_TIMELINE).map(formatProblem)).toEqual([]);
  });

  it('a quote changed by one word is caught', () => {
    const b = freshBundle();
    b.rules[4]!.citations[0]!.quote = b.rules[4]!.citations[0]!.quote.replace('may not use', 'must not use');
    expect(checkQuotesAgainstTimeline(b, DEFAULT_TIMELINE).map(formatProblem)).toEqual([
      expect.stringMatching(/^rules\.json: 'pi-2025-08-12-plaintiff-states' citations\[0\]: quote is not verbatim/),
    ]);
  });

  it('every answer on every boundary date carries at least one citation with a quote', () => {
    const uncited: string[] = [];
    for (const date of boundaryDates(shippedBundle)) {
      for (const jurisdiction of JURISDICTION_CODES) {
        for (const status of STATUSES) {
          for (const a of answer(shippedBundle, { date, jurisdiction, status }).answers) {
            if (a.citations.length === 0 || a.citations.some((c) => !c.quote.trim())) uncited.push(`${date} ${jurisdiction} ${status} ${a.category}`);
          }
        }
      }
    }
    expect(uncited).toEqual([]);
    expect(CATEGORIES).toHaveLength(12);
  });

  it('every rule, note, event and disclosure has its English explanation', () => {
    expect(checkRulesText(shippedBundle, loadEnglishRulesText()).map(formatProblem)).toEqual([]);
    const text = loadEnglishRulesText();
    delete text.rule['cms-notice-2025-11-25'];
    expect(checkRulesText(shippedBundle, text).map(formatProblem)).toEqual([
      "locales/en/rules.json: rule.cms-notice-2025-11-25: no English text for rule 'cms-notice-2025-11-25'"]);
  });
});
