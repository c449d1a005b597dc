import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { shippedBundle } from '../../rules/data/index.ts';
import { CATEGORIES, KNOWN_STATUSES } from '../../rules/schema/vocabulary.ts';
import { renderRulesChangelog, rulesDiff, versionOf, type CellChange } from '../../scripts/changelog-rules.ts';
import { makeKey, signedBytes, tempDir } from './helpers/signed-bundles.ts';

const change = (over: Partial<CellChange> & Pick<CellChange, 'jurisdiction' | 'status' | 'category'>): CellChange => ({
  date: '2026-03-01',
  before: { outcome: 'protected', ruleId: 'old-order' },
  after: { outcome: 'may_be_shared', ruleId: 'new-notice' },
  ...over,
});

describe('rules changelog entry', () => {
  it('groups cells by the rule that now decides them and folds them into lines', () => {
    const changes = [
      ...KNOWN_STATUSES.flatMap((status) => ['CA', 'IL'].map((jurisdiction) => change({ jurisdiction, status, category: 'name' }))),
      change({ jurisdiction: 'CA', status: 'lpr', category: 'ssn' }),
      change({ date: '2026-04-02', jurisdiction: 'WA', status: 'citizen', category: 'email', before: { outcome: 'unclear', ruleId: 'dispute' }, after: { outcome: 'protected', ruleId: 'appeal-ruling' } }),
    ];
    expect(renderRulesChangelog(changes, '1.0.0', '1.1.0')).toBe([
      '### Rules 1.0.0 → 1.1.0',
      '',
      '14 answer cells changed, grouped by the rule that now decides them.',
      '',
      '#### `appeal-ruling` (1 cell)',
      '',
      '- From 2026-04-02: WA; citizen; email: **unclear** → **protected** (was `dispute`)',
      '',
      '#### `new-notice` (13 cells)',
      '',
      '- From 2026-03-01: CA, IL; all statuses; name, ssn: **protected** → **may be shared** (was `old-order`)',
      '',
    ].join('\n'));
  });

  it('says "all" for full sets and notes a change of rule without a change of outcome', () => {
    const changes = CATEGORIES.map((category) => change({ jurisdiction: 'DC', status: 'no_status', category, after: { outcome: 'protected', ruleId: 'new-order' } }));
    expect(renderRulesChangelog(changes, '1', '2')).toContain('- From 2026-03-01: DC; no_status; all data categories: still **protected**, now by this rule (was `old-order`)');
  });

  it('says when nothing changed', () => {
    expect(renderRulesChangelog([], '1.0.0', '1.0.1')).toContain('No answer changes');
  });

  it('runs the real `rules diff --json` on two bundle files', () => {
    const dir = tempDir('changelog');
    const oldFile = path.join(dir, 'old.json');
    const newFile = path.join(dir, 'new.json');
    writeFileSync(oldFile, JSON.stringify(shippedBundle));
    const standing = shippedBundle.rules.find((r) => r.id === 'standing-policy-no-enforcement-use')!;
    const changed = { ...shippedBundle, version: '9.9.9', rules: shippedBundle.rules.map((r) => (r === standing ? { ...r, outcome: 'unclear' as const } : r)) };
    writeFileSync(newFile, JSON.stringify(changed));
    const diff = rulesDiff(oldFile, newFile);
    expect(diff.length).toBeGreaterThan(0);
    expect(diff.every((c) => c.after.ruleId === 'standing-policy-no-enforcement-use' && c.after.outcome === 'unclear')).toBe(true);
    const entry = renderRulesChangelog(diff, versionOf(oldFile), versionOf(newFile));
    expect(entry).toContain(`### Rules ${shippedBundle.version} → 9.9.9`);
    // A signed bundle file (format 2: the payload is base64 inside the envelope) gives its version too.
    const signedFile = path.join(dir, 'signed.json');
    writeFileSync(signedFile, signedBytes(changed, makeKey()));
    expect(versionOf(signedFile)).toBe('9.9.9');
    expect(rulesDiff(oldFile, signedFile)).toEqual(diff);
    expect(entry).toContain('#### `standing-policy-no-enforcement-use`');
    expect(entry).toContain('**protected** → **unclear**');
  });
});
