// Say it once: categories that read alike share one item, each category in exactly one;
// for a person not sure of their status, statuses whose whole answer reads the same share
// one block, and each block says exactly what the engine answers for each of its statuses.
import { describe, expect, it } from 'vitest';
import { answer } from '../../rules/engine/answer.ts';
import { shippedBundle } from '../../rules/data/index.ts';
import { CATEGORIES, KNOWN_STATUSES, type Jurisdiction, type Status } from '../../rules/schema/vocabulary.ts';
import { citationKey, groupAlike, statusGroups } from '../../renderer/answer/groups.ts';
import { reasonText } from '../../renderer/answer/text.ts';
import { englishT } from './englishT.ts';

// After the December 29, 2025 order, when the answer differs most between places and statuses.
const DATE = '2026-03-01';
const CASES: [Jurisdiction, Status][] = [['CA', 'no_status'], ['CA', 'citizen'], ['CA', 'unsure'], ['TX', 'no_status'], ['TX', 'unsure'], ['NY', 'pending_or_daca'], ['WI', 'unsure']];

describe('groupAlike', () => {
  it.each(CASES)('%s, %s: every category in exactly one group, with its own outcome and reason', async (jurisdiction, status) => {
    const t = await englishT();
    const a = answer(shippedBundle, { date: DATE, jurisdiction, status });
    const groups = groupAlike(t, a.answers);
    expect(groups.flatMap((g) => g.categories).sort()).toEqual([...CATEGORIES].sort());
    for (const g of groups) {
      for (const c of g.categories) {
        const own = a.answers.find((x) => x.category === c)!;
        expect(own.outcome).toBe(g.outcome);
        expect(reasonText(t, own)).toBe(g.reason);
        // Its citations are all in the group's one "Show source", each once.
        for (const cite of own.citations) expect(g.citations.map(citationKey)).toContain(citationKey(cite));
      }
      expect(new Set(g.citations.map(citationKey)).size).toBe(g.citations.length);
    }
    // Groups that read alike would have been merged.
    const keys = groups.map((g) => JSON.stringify([g.outcome, g.reason, g.perStatus]));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('says the same reason once: Texas, no status, is two items (what the notice names, and the rest case by case), not twelve', async () => {
    const t = await englishT();
    const groups = groupAlike(t, answer(shippedBundle, { date: DATE, jurisdiction: 'TX', status: 'no_status' }).answers);
    expect(groups.map((g) => g.categories.length)).toEqual([3, 9]); // what the notice names first
  });
});

describe('statusGroups', () => {
  it('is empty for a person who gave their status', async () => {
    const t = await englishT();
    expect(statusGroups(t, answer(shippedBundle, { date: DATE, jurisdiction: 'CA', status: 'no_status' }))).toEqual([]);
  });

  it.each(['CA', 'NY', 'TX', 'WI'] as Jurisdiction[])('%s, not sure: each status once, in a block that says what the engine answers for it', async (jurisdiction) => {
    const t = await englishT();
    const groups = statusGroups(t, answer(shippedBundle, { date: DATE, jurisdiction, status: 'unsure' }));
    expect(groups.flatMap((g) => g.statuses).sort()).toEqual([...KNOWN_STATUSES].sort());
    for (const g of groups) {
      expect(g.items.flatMap((i) => i.categories).sort()).toEqual([...CATEGORIES].sort());
      for (const status of g.statuses) {
        const own = answer(shippedBundle, { date: DATE, jurisdiction, status });
        for (const item of g.items) {
          for (const c of item.categories) {
            const cell = own.answers.find((x) => x.category === c)!;
            expect([status, c, cell.outcome, reasonText(t, cell)]).toEqual([status, c, item.outcome, item.reason]);
          }
        }
      }
    }
    // Blocks with the same answer would have been merged.
    const keys = groups.map((g) => JSON.stringify(g.items));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('California, not sure: the three lawful statuses protected by one order share a block', async () => {
    const t = await englishT();
    const groups = statusGroups(t, answer(shippedBundle, { date: DATE, jurisdiction: 'CA', status: 'unsure' }));
    expect(groups.map((g) => g.statuses.join(' '))).toEqual(['citizen lpr refugee_asylee', 'other_lawful', 'pending_or_daca', 'no_status']);
  });
});
