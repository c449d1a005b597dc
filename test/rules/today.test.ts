// "Today" has one definition (rules/today.ts): the device's local calendar day. Late in the
// evening west of Greenwich it is still today locally while UTC is already on tomorrow.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localToday } from '../../rules/today.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name === 'node_modules' ? [] : sources(file);
    return /\.(ts|tsx)$/.test(name) ? [file] : [];
  });
}

describe('localToday', () => {
  it('is the local calendar day, not the UTC one', () => {
    expect(localToday(new Date(2026, 0, 31, 23, 59))).toBe('2026-01-31');
    expect(localToday(new Date(2026, 1, 1, 0, 0))).toBe('2026-02-01');
    expect(localToday(new Date(2026, 11, 6, 9, 5))).toBe('2026-12-06');
  });

  it('defaults to now', () => {
    const d = new Date();
    expect(localToday()).toBe(localToday(d));
  });

  it('is the only "today" in the tree: no other file computes the day from the clock', () => {
    const clockDay = /getFullYear\(\)|new Date\(\)\.toISOString\(\)\.slice\(0, *10\)/;
    const offenders = ['electron', 'renderer', 'rules', 'scripts', 'bench', 'build', 'test']
      .flatMap((d) => sources(path.join(ROOT, d)))
      .filter((f) => !f.endsWith(path.join('rules', 'today.ts')) && !f.endsWith(path.join('test', 'rules', 'today.test.ts')))
      .filter((f) => clockDay.test(readFileSync(f, 'utf8')))
      .map((f) => path.relative(ROOT, f));
    expect(offenders).toEqual([]);
  });
});
