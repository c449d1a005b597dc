// A snapshot of the whole decision table: a change to the rules data shows, in review,
// exactly which cells moved (update with `npx vitest run -u` once the change is intended).
import { describe, expect, it } from 'vitest';
import { shippedBundle } from '../../rules/data/index.ts';
import { diffTables, tableAsText } from '../../rules/engine/index.ts';
import { freshBundle } from './helpers.ts';

describe('decision table', () => {
  it('matches the reviewed snapshot', async () => {
    await expect(tableAsText(shippedBundle)).toMatchFileSnapshot('./__snapshots__/decision-table.txt');
  });

  it('a data change shows up as moved cells', () => {
    const changed = freshBundle();
    changed.version = '1.0.1';
    changed.rules.find((r) => r.id === 'pi-2025-12-29-name-not-listed')!.outcome = 'protected';
    const moved = diffTables(shippedBundle, changed);
    expect(moved.length).toBeGreaterThan(0);
    expect(new Set(moved.map((c) => c.category))).toEqual(new Set(['name']));
    expect(moved.every((c) => c.before.outcome === 'unclear' && c.after.outcome === 'protected')).toBe(true);
    expect(tableAsText(changed)).not.toBe(tableAsText(shippedBundle));
  });
});
