// Golden scenarios (PolicyEngine style): hand-written expectations, read from the legal
// timeline, in rules/golden/*.json. Each is {name, date, state, status, category, expect}, and
// `applying: false` for a family member who is not applying (rules/data/household.json).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { shippedBundle } from '../../rules/data/index.ts';
import { answer, boundaryDates, CATEGORIES, JURISDICTION_CODES, KNOWN_STATUSES, OUTCOMES, RULE_OUTCOMES, STATUSES } from '../../rules/engine/index.ts';

const GOLDEN_DIR = path.resolve(import.meta.dirname, '../../rules/golden');
const goldenCase = z.object({
  name: z.string().min(1),
  date: z.iso.date(),
  state: z.enum(JURISDICTION_CODES as [string, ...string[]]),
  status: z.enum(STATUSES),
  category: z.enum(CATEGORIES),
  applying: z.boolean().optional(),
  expect: z.object({
    outcome: z.enum(OUTCOMES),
    rule: z.string().nullable().optional(),
    byStatus: z.record(z.enum(KNOWN_STATUSES as [string, ...string[]]), z.enum(RULE_OUTCOMES)).optional(),
  }).strict(),
}).strict();

const files = readdirSync(GOLDEN_DIR).filter((f) => f.endsWith('.json')).sort();
const cases = files.flatMap((file) =>
  z.array(goldenCase).parse(JSON.parse(readFileSync(path.join(GOLDEN_DIR, file), 'utf8'))).map((c) => ({ ...c, file })));

describe('golden scenarios', () => {
  it.each(cases)('$file: $name ($date $state $status $category)', (c) => {
    const got = answer(shippedBundle, { date: c.date, jurisdiction: c.state as never, status: c.status, applying: c.applying }).answers.find((a) => a.category === c.category)!;
    expect(got.outcome).toBe(c.expect.outcome);
    if (c.expect.rule !== undefined) expect(got.ruleId).toBe(c.expect.rule);
    if (c.expect.byStatus) expect(got.byStatus).toEqual(c.expect.byStatus);
  });

  it('are at least 60 and cover every rule, every status, plaintiff and non-plaintiff states', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    const rulesSeen = new Set(cases.map((c) => c.expect.rule).filter(Boolean));
    expect([...shippedBundle.rules, ...shippedBundle.household.rules].map((r) => r.id).filter((id) => !rulesSeen.has(id))).toEqual([]);
    expect(STATUSES.filter((s) => !cases.some((c) => c.status === s))).toEqual([]);
    expect(cases.some((c) => c.state === 'CA') && cases.some((c) => c.state === 'TX')).toBe(true);
  });

  it('ask about people who are not applying, each beside the same question for an applicant', () => {
    const notApplying = cases.filter((c) => c.applying === false);
    expect(notApplying.length).toBeGreaterThanOrEqual(5);
    const key = (c: (typeof cases)[number]) => `${c.date} ${c.state} ${c.status} ${c.category}`;
    const applyingKeys = new Set(cases.filter((c) => c.applying !== false).map(key));
    expect(notApplying.filter((c) => applyingKeys.has(key(c))).length).toBeGreaterThanOrEqual(3);
  });

  it('cover both sides of every date on which a rule starts or ends', () => {
    const dates = new Set(cases.map((c) => c.date));
    const missing: string[] = [];
    for (const r of [...shippedBundle.rules, ...shippedBundle.household.rules, ...shippedBundle.household.notes]) {
      if (r.from > shippedBundle.coverageFrom && !dates.has(r.from)) missing.push(`${r.id} from ${r.from}`);
      if (r.to && !dates.has(r.to)) missing.push(`${r.id} to ${r.to}`);
    }
    expect(missing).toEqual([]);
    expect(boundaryDates(shippedBundle).length).toBeGreaterThan(10);
  });
});
