// People in a family who are not applying (rules/data/household.json): their own rules,
// checked as the enrollees' are, and answered by the same engine.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { shippedBundle } from '../../rules/data/index.ts';
import { answer, CATEGORIES, formatProblem, validateBundle, type Bundle } from '../../rules/engine/index.ts';

const fresh = (): Bundle => structuredClone(shippedBundle);
const problems = (b: Bundle) => {
  const v = validateBundle(b);
  return v.ok ? [] : v.problems.map(formatProblem);
};

describe('family members who are not applying', () => {
  it('get the household rules, with their own notes; an applicant in the same place does not', () => {
    const query = { date: '2026-12-06', jurisdiction: 'TX', status: 'no_status' } as const;
    const notApplying = answer(shippedBundle, { ...query, applying: false });
    expect(new Set(notApplying.answers.map((a) => a.ruleId))).toEqual(new Set(['non-applicant-data-unknown']));
    expect(notApplying.answers.map((a) => a.outcome)).toEqual(CATEGORIES.map(() => 'unclear'));
    expect(notApplying.notes.map((n) => n.id)).toEqual(['non-applicant-not-asked', 'mixed-status-families-unclear']);
    const applying = answer(shippedBundle, query);
    expect(applying.answers.some((a) => a.ruleId === 'non-applicant-data-unknown')).toBe(false);
    expect(applying.notes.some((n) => n.id.startsWith('non-applicant'))).toBe(false);
  });

  it('a gap in the household rules fails validation, naming household.json', () => {
    const b = fresh();
    b.household.rules = [];
    expect(problems(b)[0]).toMatch(/^household\.json: 2025-01-01 AL citizen name: no rule covers this cell$/);
  });

  it('a household id that is also an enrollee rule id is refused: each id names its own words', () => {
    const b = fresh();
    b.household.rules[0]!.id = 'cms-notice-2025-11-25';
    b.household.rules[0]!.overrides = [];
    expect(problems(b)).toContain("household.json: 'cms-notice-2025-11-25': id already used in rules.json or notes.json");
  });

  it('the conservative principle holds for them too', () => {
    const b = fresh();
    b.household.rules[0]!.outcome = 'protected';
    b.household.notes.push({ ...structuredClone(b.household.notes[0]!), id: 'non-applicant-sources-disagree', kind: 'conflict' });
    expect(problems(b)[0]).toMatch(/^household\.json: .*'non-applicant-data-unknown' says protected, but note 'non-applicant-sources-disagree' records a conflict/);
  });
});

const ROOT = path.resolve(import.meta.dirname, '../..');
const rules = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['rules/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('rules CLI: family', () => {
  it('--json gives each person the query answer object, saying whether they apply', () => {
    const r = rules('family', '--state', 'CA', '--date', '2026-11-22', '--person', 'no_status:not-applying', '--person', 'citizen', '--person', 'lpr', '--json');
    expect([r.code, r.stderr]).toEqual([0, '']);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['state', 'date', 'people']);
    expect(out.people.map((p: { query: object }) => p.query)).toEqual([
      { state: 'CA', status: 'no_status', date: '2026-11-22', applying: false },
      { state: 'CA', status: 'citizen', date: '2026-11-22', applying: true },
      { state: 'CA', status: 'lpr', date: '2026-11-22', applying: true },
    ]);
    const single = JSON.parse(rules('query', '--state', 'CA', '--status', 'citizen', '--date', '2026-11-22', '--json').stdout);
    expect(out.people[1].answers).toEqual(single.answers);
    expect(Object.keys(out.people[0])).toEqual(Object.keys(single));
    expect(out.people[0].answers[0].reason).toMatch(/^This person is not applying\./);
  });

  it.each([
    [['--state', 'CA'], 'missing --person'],
    [['--state', 'CA', '--person', 'martian'], "unknown status 'martian' in --person martian"],
    [['--state', 'CA', '--person', 'citizen:not-applying:x'], "unknown status 'citizen:not-applying:x'"],
    [['--state', 'CA', ...Array.from({ length: 9 }, () => ['--person', 'citizen']).flat()], '9 people: a family'],
    [['--person', 'citizen'], 'missing --state'],
    [['--state', 'CA', '--date', '2026-13-01', '--person', 'citizen'], "malformed date '2026-13-01'"],
  ])('bad input %j: exit 2 and one line', (args, message) => {
    const r = rules('family', ...args);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(message);
  });
});
