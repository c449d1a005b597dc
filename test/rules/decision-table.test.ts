// The whole decision table as a readable review file (brief §3): a change to the rules data
// shows, in review, as the rows of test/rules/review-table.md that moved. Update it with
// `npx vitest run test/rules/decision-table.test.ts -u` once every moved row is intended.
import { describe, expect, it } from 'vitest';
import { shippedBundle } from '../../rules/data/index.ts';
import { boundaryDates, diffTables, JURISDICTION_CODES, KNOWN_STATUSES, reviewTable } from '../../rules/engine/index.ts';
import { freshBundle } from './helpers.ts';

const REVIEW_FILE = './review-table.md';

/** The table rows of a review file, by `date | status | jurisdictions`. */
function rowsOf(text: string): Map<string, string> {
  const rows = new Map<string, string>();
  let date = '';
  for (const line of text.split('\n')) {
    if (line.startsWith('## ')) date = line.slice(3);
    const m = /^\| ([a-z_]+) \| ([^|]+) \| ([SP? ]+) \| (.+) \|$/.exec(line);
    if (m && m[1] !== 'status') rows.set(`${date} | ${m[1]} | ${m[2]}`, `${m[3]} | ${m[4]}`);
  }
  return rows;
}

describe('decision table review file', () => {
  it('matches the committed, reviewed file', async () => {
    await expect(reviewTable(shippedBundle)).toMatchFileSnapshot(REVIEW_FILE);
  });

  it('is small enough to read and has one row per date × status × jurisdiction group', () => {
    const text = reviewTable(shippedBundle);
    expect(Buffer.byteLength(text)).toBeLessThan(100_000);
    const dates = boundaryDates(shippedBundle);
    expect(text.match(/^## \d{4}-\d{2}-\d{2}$/gm)).toHaveLength(dates.length);
    const rows = rowsOf(text);
    // Every date × status has at least one row, and no more rows than jurisdictions.
    for (const date of dates) {
      for (const status of KNOWN_STATUSES) {
        const n = [...rows.keys()].filter((k) => k.startsWith(`${date} | ${status} | `)).length;
        expect(n).toBeGreaterThan(0);
        expect(n).toBeLessThanOrEqual(JURISDICTION_CODES.length);
      }
    }
  });

  it('a changed rule outcome moves exactly the rows it decides, readably', () => {
    const changed = freshBundle();
    changed.rules.find((r) => r.id === 'pi-2025-12-29-name-not-listed')!.outcome = 'protected';
    const moved = diffTables(shippedBundle, changed);
    expect(moved.length).toBeGreaterThan(0);
    expect(new Set(moved.map((c) => c.category))).toEqual(new Set(['name']));
    expect(moved.every((c) => c.before.outcome === 'unclear' && c.after.outcome === 'protected')).toBe(true);

    const before = rowsOf(reviewTable(shippedBundle));
    const after = rowsOf(reviewTable(changed));
    expect([...after.keys()]).toEqual([...before.keys()]);
    const changedRows = [...before].filter(([k, v]) => after.get(k) !== v);
    expect(changedRows.length).toBeGreaterThan(0);
    for (const [key, row] of changedRows) {
      const [date, status] = key.split(' | ');
      expect(moved.some((c) => c.date === date && c.status === status)).toBe(true);
      // The name column is the first letter: ? became P, and the rule id is still shown.
      expect(row[0]).toBe('?');
      expect(after.get(key)![0]).toBe('P');
      expect(after.get(key)).toContain('pi-2025-12-29-name-not-listed');
    }
  });
});
