// The conservative principle (rules/README.md): `protected` only where an order, statute or
// policy in force forbids sharing AND no source conflicts for that cell. A conflict between
// sources is a `conflict` note on the cells it bears on; no such cell may say `protected`.
import { describe, expect, it } from 'vitest';
import { shippedBundle } from '../../rules/data/index.ts';
import { checkConservativePrinciple, formatProblem, validateBundle } from '../../rules/engine/index.ts';
import { freshBundle } from './helpers.ts';

describe('the conservative principle', () => {
  it('holds for every cell of the shipped rules', () => {
    expect(checkConservativePrinciple(shippedBundle).map(formatProblem)).toEqual([]);
  });

  it('catches Social Security numbers called protected while reports conflict (audit C4)', () => {
    const b = freshBundle();
    b.rules = b.rules.filter((r) => r.id !== 'pi-2025-12-29-ssn-reports-conflict');
    const problems = checkConservativePrinciple(b).map(formatProblem);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(/2026-01-06 \w\w (pending_or_daca|no_status) ssn: 'pi-2025-12-29-other-data-protected' says protected, but note 'ssn-conflicting-report' records a conflict/);
  });

  it('catches a visa or TPS holder called protected while "lawfully present" is undefined (audit C3)', () => {
    const b = freshBundle();
    b.rules.find((r) => r.id === 'pi-2025-12-29-other-lawful-line-undefined')!.outcome = 'protected';
    expect(checkConservativePrinciple(b).map(formatProblem)[0]).toMatch(/other_lawful name: .* note 'lawful-line-undefined' records a conflict/);
  });

  it('ignores notes that are not conflicts, and is part of validating any bundle (an imported update too)', () => {
    const b = freshBundle();
    b.notes.find((n) => n.id === 'ssn-conflicting-report')!.kind = 'context';
    b.rules = b.rules.filter((r) => r.id !== 'pi-2025-12-29-ssn-reports-conflict');
    expect(checkConservativePrinciple(b)).toEqual([]);
    b.notes.find((n) => n.id === 'ssn-conflicting-report')!.kind = 'conflict';
    const v = validateBundle(b, 'update.json');
    expect(v.ok).toBe(false);
  });
});
