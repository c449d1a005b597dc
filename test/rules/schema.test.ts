// The strict schema refuses broken data with a message naming the file and the rule.
import { mkdtempSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR, loadDataDir } from '../../rules/load.ts';
import { formatProblem, validateBundle } from '../../rules/engine/index.ts';
import { freshBundle } from './helpers.ts';

// The tests below break data files on purpose, anywhere in their JSON tree.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type RawJson = any;

/** A copy of rules/data with one file edited, loaded the way `rules validate` loads it. */
function loadWithEdit(file: string, edit: (data: RawJson) => void): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'mdn-rules-'));
  cpSync(DATA_DIR, dir, { recursive: true });
  const p = path.join(dir, file);
  const data = JSON.parse(readFileSync(p, 'utf8'));
  edit(data);
  writeFileSync(p, JSON.stringify(data));
  const r = loadDataDir(dir);
  return r.ok ? [] : r.problems.map(formatProblem);
}

describe('rules data schema', () => {
  it('the shipped data passes', () => {
    const r = loadDataDir();
    expect(r.ok ? [] : r.problems.map(formatProblem)).toEqual([]);
  });

  it('refuses an unknown key, naming file and rule', () => {
    const problems = loadWithEdit('rules.json', (rules) => { rules[3].form = '2025-01-01'; });
    expect(problems).toEqual([expect.stringMatching(/^rules\.json: \[3\]\(id 'cms-notice-2025-11-25'\): .*form/)]);
  });

  it('refuses a date that is not a calendar day', () => {
    const problems = loadWithEdit('rules.json', (rules) => { rules[0].to = '2025-02-30'; });
    expect(problems).toEqual([expect.stringMatching(/^rules\.json: \[0\]\(id 'standing-policy-no-enforcement-use'\)\.to: must be a real calendar date/)]);
  });

  it('refuses an unknown status id', () => {
    const problems = loadWithEdit('rules.json', (rules) => { rules[11].scope.statuses = ['citizen', 'undocumented']; });
    expect(problems.join('\n')).toMatch(/rules\.json: \[11\]\(id 'pi-2025-12-29-lawful-statuses-protected'\)\.scope\.statuses/);
  });

  it('refuses an unknown category and an unknown jurisdiction', () => {
    expect(loadWithEdit('rules.json', (rules) => { rules[13].scope.categories = ['diagnosis']; }).join('\n')).toMatch(/\(id 'pi-2025-12-29-medical-data-protected'\)\.scope\.categories/);
    expect(loadWithEdit('rules.json', (rules) => { rules[9].scope.jurisdictions = ['XX']; }).join('\n')).toMatch(/\(id 'dc-plaintiff-status-disputed'\)\.scope\.jurisdictions/);
  });

  it('refuses a citation without a quote', () => {
    const problems = loadWithEdit('rules.json', (rules) => { rules[5].citations[1].quote = ' '; });
    expect(problems).toEqual([expect.stringMatching(/\(id 'pi-2025-08-12-plaintiff-states'\)\.citations\[1\]\.quote: a citation needs a verbatim quote/)]);
  });

  it('refuses a rule with no citation', () => {
    const problems = loadWithEdit('rules.json', (rules) => { rules[2].citations = []; });
    expect(problems.join('\n')).toMatch(/\(id 'cms-ice-agreement-2025-07'\)\.citations: every rule cites at least one source/);
  });

  it('refuses references to unknown sources, sets and rules, and override cycles', () => {
    expect(loadWithEdit('rules.json', (rules) => { rules[1].citations[0].sourceId = 'no-such-source'; })).toEqual([
      "rules.json: 'hhs-june-2025-transfer-policy': cites unknown source 'no-such-source'"]);
    expect(loadWithEdit('notes.json', (notes) => { notes[6].scope.jurisdictions = ['@no-such-set']; })).toEqual([
      "notes.json: 'lawful-line-undefined': names unknown set '@no-such-set'"]);
    expect(loadWithEdit('rules.json', (rules) => { rules[0].overrides = ['cms-notice-2025-11-25']; })).toEqual([
      "rules.json: rule 'standing-policy-no-enforcement-use': override cycle: standing-policy-no-enforcement-use → cms-notice-2025-11-25 → hhs-june-2025-transfer-policy → standing-policy-no-enforcement-use"]);
  });

  it('refuses a malformed file and an unexpected file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mdn-rules-'));
    cpSync(DATA_DIR, dir, { recursive: true });
    writeFileSync(path.join(dir, 'events.json'), '[{"id": ');
    writeFileSync(path.join(dir, 'extra.json'), '[]');
    const r = loadDataDir(dir);
    expect(r.ok).toBe(false);
    const text = r.ok ? '' : r.problems.map(formatProblem).join('\n');
    expect(text).toMatch(/^extra\.json: \(file\): unexpected file/m);
    expect(text).toMatch(/^events\.json: \(file\): cannot read JSON/m);
  });

  it('validates a whole bundle the same way (imported bundles)', () => {
    const b: RawJson = freshBundle();
    b.rules[0].outcome = 'maybe';
    const v = validateBundle(b, 'usb.json');
    expect(v.ok).toBe(false);
    expect(v.ok ? '' : formatProblem(v.problems[0]!)).toMatch(/^usb\.json: rules\[0\]\(id 'standing-policy-no-enforcement-use'\)\.outcome/);
  });
});
