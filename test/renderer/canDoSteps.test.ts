// "What you can do" says only what the research supports: each step's citations pass the
// same check as the rules data's (rules/checks.ts), and each step has English words.
import { describe, expect, it } from 'vitest';
import en from '../../locales/en/ui.json';
import { checkCitationsAgainstEvidence, loadEvidence } from '../../rules/checks.ts';
import { shippedBundle } from '../../rules/data/index.ts';
import { answer } from '../../rules/engine/answer.ts';
import type { Bundle } from '../../rules/schema/bundle.ts';
import { STEPS, stepsFor } from '../../renderer/answer/canDoSteps.ts';

describe('what you can do', () => {
  it('cites only words that stand in the evidence, for their own source', () => {
    const evidence = loadEvidence();
    if (!evidence.ok) throw new Error(JSON.stringify(evidence.problems));
    expect(STEPS.every((s) => s.citations.length > 0)).toBe(true);
    // The steps stand in for the bundle's citing records; everything else of the bundle stays.
    const asRecords = { ...shippedBundle, rules: [], notes: [], disclosures: [], sets: [], events: STEPS.map((s) => ({ id: s.key, citations: s.citations })) } as unknown as Bundle;
    expect(checkCitationsAgainstEvidence(asRecords, evidence.evidence)).toEqual([]);
  });

  it('has English words for every step', () => {
    for (const s of STEPS) expect(en.answer.whatYouCanDo).toHaveProperty(s.key);
  });

  it('speaks of data already shared only where some was', () => {
    const before = answer(shippedBundle, { date: '2025-01-01', jurisdiction: 'TX', status: 'no_status' });
    const after = answer(shippedBundle, { date: '2026-03-01', jurisdiction: 'TX', status: 'no_status' });
    expect(before.pastDisclosures).toEqual([]);
    expect(stepsFor(shippedBundle, before).map((s) => s.key)).toEqual(['householdMembers']);
    expect(stepsFor(shippedBundle, after).map((s) => s.key)).toEqual(['householdMembers', 'leavingMedicaid']);
  });

  it('leaves out a step whose source an imported bundle no longer lists', () => {
    const a = answer(shippedBundle, { date: '2026-03-01', jurisdiction: 'TX', status: 'no_status' });
    const without = { ...shippedBundle, sources: shippedBundle.sources.filter((s) => s.id !== 'orange-county-ssa') };
    expect(stepsFor(without, a).map((s) => s.key)).toEqual(['householdMembers']);
  });
});
