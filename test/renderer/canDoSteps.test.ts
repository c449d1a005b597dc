// "What you can do" comes from the rules bundle (steps.json): a step speaks to an answer
// only when its `when` holds, and a bundle whose step cites a source it does not list is
// refused like any other citing record (its evidence check: test/rules/citations.test.ts).
import { describe, expect, it } from 'vitest';
import { shippedBundle } from '../../rules/data/index.ts';
import { answer, formatProblem, validateBundle } from '../../rules/index.ts';
import { stepsFor } from '../../renderer/answer/canDoSteps.ts';

describe('what you can do', () => {
  it('speaks of data already shared only where some was', () => {
    const before = answer(shippedBundle, { date: '2025-01-01', jurisdiction: 'TX', status: 'no_status' });
    const after = answer(shippedBundle, { date: '2026-03-01', jurisdiction: 'TX', status: 'no_status' });
    expect(before.pastDisclosures).toEqual([]);
    expect(stepsFor(shippedBundle, before).map((s) => s.id)).toEqual(['household-members']);
    expect(stepsFor(shippedBundle, after).map((s) => s.id)).toEqual(['household-members', 'leaving-medicaid']);
  });

  it('refuses a bundle whose step cites a source it does not list', () => {
    const without = { ...shippedBundle, sources: shippedBundle.sources.filter((s) => s.id !== 'orange-county-ssa') };
    const v = validateBundle(without);
    expect(v.ok ? [] : v.problems.map(formatProblem)).toContain("steps.json: 'leaving-medicaid': cites unknown source 'orange-county-ssa'");
  });
});
