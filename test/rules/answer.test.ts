// The engine's answer object (brief §3): shape, `unsure` → depends + byStatus, notes and
// past disclosures, for the questions the issue names.
import { describe, expect, it } from 'vitest';
import { shippedBundle } from '../../rules/data/index.ts';
import { answer, CATEGORIES, STATUSES } from '../../rules/engine/index.ts';

const today = '2026-11-22';

describe('answer', () => {
  it.each(['CA', 'TX', 'WI', 'DC', 'PR'] as const)('answers every status for %s today, all 12 categories', (jurisdiction) => {
    for (const status of STATUSES) {
      const a = answer(shippedBundle, { date: today, jurisdiction, status });
      expect(a.answers.map((x) => x.category)).toEqual([...CATEGORIES]);
      expect(a.rulesVersion).toBe(shippedBundle.version);
      expect(a.dataAsOf).toBe(shippedBundle.dataAsOf);
      for (const x of a.answers) expect(x.outcome === 'depends').toBe(x.byStatus !== undefined && new Set(Object.values(x.byStatus)).size > 1);
    }
  });

  it('unsure in a plaintiff state depends on status, with each status listed', () => {
    const a = answer(shippedBundle, { date: today, jurisdiction: 'CA', status: 'unsure' });
    const phone = a.answers.find((x) => x.category === 'phone')!;
    expect(phone.outcome).toBe('depends');
    expect(phone.ruleId).toBeNull();
    expect(Object.keys(phone.byStatus!)).toEqual(['citizen', 'lpr', 'refugee_asylee', 'other_lawful', 'pending_or_daca', 'no_status']);
    expect(phone.citations.length).toBeGreaterThan(1);
  });

  it('shows the June 2025 transfer for CA but not for TX, and only from its date', () => {
    const ids = (jurisdiction: 'CA' | 'TX', date: string) => answer(shippedBundle, { date, jurisdiction, status: 'no_status' }).pastDisclosures.map((d) => d.id);
    expect(ids('CA', today)).toContain('june-2025-transfer');
    expect(ids('TX', today)).not.toContain('june-2025-transfer');
    expect(ids('CA', '2025-06-09')).toEqual([]);
    expect(ids('CA', '2025-09-15')).toEqual(['june-2025-transfer', 'july-sept-2025-ice-access']);
  });

  it('carries the uncertainty notes the timeline lists', () => {
    const notes = (jurisdiction: 'CA' | 'TX' | 'DC', status: 'no_status' | 'citizen', date = today) =>
      answer(shippedBundle, { date, jurisdiction, status }).notes.map((n) => n.id);
    expect(notes('CA', 'no_status')).toEqual(expect.arrayContaining(['compliance-dispute-2026', 'nothing-known-after-april-2026', 'ssn-conflicting-report']));
    expect(notes('TX', 'citizen')).toEqual(expect.arrayContaining(['twenty-second-plaintiff-unidentified', 'nothing-known-after-april-2026']));
    expect(notes('DC', 'citizen')).not.toContain('twenty-second-plaintiff-unidentified');
    expect(notes('CA', 'no_status', '2025-03-01')).toEqual([]);
  });

  it('a bundle with a changed source cites the changed source, not a remembered copy', () => {
    const before = answer(shippedBundle, { date: today, jurisdiction: 'CA', status: 'citizen' }).answers[0]!.citations[0]!;
    const sources = shippedBundle.sources.map((s) => (s.id === before.sourceId ? { ...s, title: 'A corrected title' } : s));
    const after = answer({ ...shippedBundle, sources }, { date: today, jurisdiction: 'CA', status: 'citizen' }).answers[0]!.citations[0]!;
    expect(after.sourceTitle).toBe('A corrected title');
    expect(before.sourceTitle).not.toBe('A corrected title');
  });

  it('citations shared between answers cannot be changed through one of them', () => {
    const c = answer(shippedBundle, { date: today, jurisdiction: 'TX', status: 'lpr' }).answers[0]!.citations[0]!;
    expect(() => { (c as { quote: string }).quote = 'changed'; }).toThrow(TypeError);
  });
});
