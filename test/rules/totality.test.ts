// Totality: every boundary date × jurisdiction × status × category has exactly one winning
// rule. The negative cases prove the walk finds a gap and an unresolved conflict.
import { describe, expect, it } from 'vitest';
import { shippedBundle } from '../../rules/data/index.ts';
import { boundaryDates, checkTotality, CATEGORIES, JURISDICTION_CODES, KNOWN_STATUSES } from '../../rules/engine/index.ts';
import { freshBundle } from './helpers.ts';

describe('totality', () => {
  it('every cell of the shipped rules has exactly one winning rule', () => {
    const dates = boundaryDates(shippedBundle);
    expect(checkTotality(shippedBundle, dates, Infinity)).toEqual([]);
    // What was walked, for the record: dates × 56 × 6 × 12 cells.
    expect(dates.length * JURISDICTION_CODES.length * KNOWN_STATUSES.length * CATEGORIES.length).toBeGreaterThan(50_000);
  });

  it('finds a gap when a rule is removed', () => {
    const b = freshBundle();
    b.rules = b.rules.filter((r) => r.id !== 'standing-policy-no-enforcement-use');
    const problems = checkTotality(b);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]!.message).toBe('no rule covers this cell');
    expect(problems[0]!.where).toMatch(/^2025-01-01 AL citizen name$/);
  });

  it('finds two rules without precedence', () => {
    const b = freshBundle();
    const copy = { ...structuredClone(b.rules.find((r) => r.id === 'cms-notice-2025-11-25')!), id: 'cms-notice-duplicate' };
    b.rules.push(copy);
    const problems = checkTotality(b);
    expect(problems[0]!.message).toMatch(/'cms-notice-2025-11-25' and 'cms-notice-duplicate' both win/);
  });
});
