// The CLI contract other tools depend on (brief §3): exact JSON on stdout, exit code 2 and
// one line on stderr for bad input, and the bundle → sign → verify round trip.
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, STATUSES } from '../../rules/engine/index.ts';
import { shippedBundle } from '../../rules/data/index.ts';
import { addDays } from '../../rules/schema/dates.ts';
import { localToday } from '../../rules/today.ts';
import { laterVersion } from './helpers.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** The device's tomorrow, as the CLI reads "today" from the local clock. */
const TOMORROW = addDays(localToday(), 1);
function rules(...args: string[]) {
  const r = spawnSync(process.execPath, ['rules/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('rules CLI', () => {
  it('query --json prints exactly the answer object and nothing else', () => {
    const r = rules('query', '--state', 'CA', '--status', 'no_status', '--date', '2026-11-22', '--json');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['query', 'rulesVersion', 'dataAsOf', 'factsThrough', 'answers', 'pastDisclosures', 'notes']);
    expect(out.factsThrough).toEqual(shippedBundle.factsThrough);
    expect(out.query).toEqual({ state: 'CA', status: 'no_status', date: '2026-11-22' });
    expect(out.answers.map((a: { category: string }) => a.category)).toEqual([...CATEGORIES]);
    for (const a of out.answers) {
      expect(Object.keys(a)).toEqual(['category', 'outcome', 'basis', 'ruleId', 'reason', 'citations']);
      expect(a.reason.length).toBeGreaterThan(10);
      // A source's exact words come as `quote`, our summary of them as `summary`: never both.
      for (const c of a.citations) expect([['sourceId', 'pinpoint', 'quote', 'url'], ['sourceId', 'pinpoint', 'summary', 'url']]).toContainEqual(Object.keys(c));
    }
    const kinds = out.answers.flatMap((a: { citations: object[] }) => a.citations.map((c) => ('quote' in c ? 'quote' : 'summary')));
    expect(new Set(kinds)).toEqual(new Set(['quote', 'summary']));
    expect(out.answers.find((a: { category: string }) => a.category === 'phone').outcome).toBe('may_be_shared');
  });

  it('answers every status for CA, TX, WI, DC and PR today, and CA on 2025-09-15', () => {
    for (const state of ['CA', 'TX', 'WI', 'DC', 'PR']) {
      for (const status of STATUSES) {
        const r = rules('query', '--state', state, '--status', status, '--json');
        expect(r.code, `${state} ${status}: ${r.stderr}`).toBe(0);
        expect(JSON.parse(r.stdout).answers).toHaveLength(12);
      }
    }
    const past = JSON.parse(rules('query', '--state', 'CA', '--status', 'lpr', '--date', '2025-09-15', '--json').stdout);
    expect(new Set(past.answers.map((a: { outcome: string }) => a.outcome))).toEqual(new Set(['protected']));
  });

  it('unsure answers carry byStatus when the outcome depends on status', () => {
    const out = JSON.parse(rules('query', '--state', 'CA', '--status', 'unsure', '--date', '2026-11-22', '--json').stdout);
    const phone = out.answers.find((a: { category: string }) => a.category === 'phone');
    expect(phone.outcome).toBe('depends');
    expect(phone.byStatus).toEqual({ citizen: 'protected', lpr: 'protected', refugee_asylee: 'protected', other_lawful: 'unclear', pending_or_daca: 'unclear', no_status: 'may_be_shared' });
  });

  it.each([
    [['--state', 'ZZ', '--status', 'lpr'], /unknown state 'ZZ'/],
    [['--state', 'CA', '--status', 'undocumented'], /unknown status 'undocumented'/],
    [['--state', 'CA', '--status', 'lpr', '--date', '2026-02-30'], /malformed date '2026-02-30'/],
    [['--state', 'CA', '--status', 'lpr', '--date', '1/6/2026'], /malformed date/],
    [['--state', 'CA', '--status', 'lpr', '--date', '2024-12-31'], /before 2025-01-01/],
    [['--status', 'lpr'], /missing --state/],
    [['--state', 'CA', '--status', 'lpr', '--colour'], /Unknown option/],
    [['--state', 'CA', '--status', 'lpr', '--date', TOMORROW], /after today/],
    [['--state', 'CA', '--status', 'lpr', '--date', '9999-12-31'], /after today/],
    [['--state', 'CA', '--state', 'TX', '--status', 'lpr'], /--state given more than once/],
    [['--state', 'CA', '--status', 'lpr', '--date', '2026-01-06', '--date', '2025-01-01'], /--date given more than once/],
    [['--state', 'CA', '--status', 'lpr', '--date'], /'--date( <value>)?' argument (missing|is ambiguous)/],
  ])('bad input %j: exit 2, one line on stderr, nothing on stdout', (args, message) => {
    const r = rules('query', ...args, '--json');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it('validate passes, --help lists every command, an unknown command exits 2', () => {
    expect(rules('validate').code).toBe(0);
    const help = rules('--help').stdout;
    for (const cmd of ['query', 'table', 'validate', 'diff', 'bundle', 'sign', 'verify']) expect(help).toContain(`  ${cmd}`);
    expect(rules('frobnicate').code).toBe(2);
  });

  it.each([
    [['--date', '2024-01-01'], /before 2025-01-01/],
    [['--date', TOMORROW], /after today/],
    [['--date', '2026-01-06', '--date', '2026-01-07'], /--date given more than once/],
    [['--date'], /argument missing/],
  ])('table with bad input %j: exit 2 and one line, never a stack trace', (args, message) => {
    const r = rules('table', ...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it('says where the facts end, and warns for a date after it', () => {
    const after = rules('query', '--state', 'CA', '--status', 'citizen', '--date', '2026-11-22');
    expect(after.stdout).toMatch(/covering events up to about 2026-04 \(approximate\)/);
    expect(after.stdout).toMatch(/WARNING: our sources stop about 2026-04/);
    const before = rules('query', '--state', 'CA', '--status', 'citizen', '--date', shippedBundle.factsThrough.date);
    expect(before.stdout).not.toMatch(/WARNING/);
  });

  it('table prints the decision table for one date', () => {
    const r = rules('table', '--date', '2026-01-06');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^2026-01-06 no_status \[.*CA.*\] .*phone=S\(pi-2025-12-29-basic-fields-not-lawfully-present\)/m);
  });

  it('bundle → sign → verify round trip, and diff between two bundles', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mdn-cli-'));
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    writeFileSync(path.join(dir, 'test.key'), privateKey.export({ type: 'pkcs8', format: 'pem' }));
    mkdirSync(path.join(dir, 'trusted'));
    writeFileSync(path.join(dir, 'trusted', 'test.pem'), publicKey.export({ type: 'spki', format: 'pem' }));
    expect(rules('bundle', '--out', path.join(dir, 'bundle.json')).code).toBe(0);
    expect(rules('sign', '--key', path.join(dir, 'test.key'), '--in', path.join(dir, 'bundle.json'), '--out', path.join(dir, 'signed.json')).code).toBe(0);
    const ok = rules('verify', path.join(dir, 'signed.json'), '--trusted', path.join(dir, 'trusted'));
    expect(ok.code).toBe(0);
    expect(ok.stdout.startsWith(`verified: rules ${shippedBundle.version}`)).toBe(true);
    // The repo's own trusted key did not sign this one.
    const refused = rules('verify', path.join(dir, 'signed.json'));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^rules: refused \(unknown_key\)/);
    // A newer bundle in which one rule changed: diff names the cells and the rule.
    const changed = JSON.parse(readFileSync(path.join(dir, 'bundle.json'), 'utf8'));
    changed.version = laterVersion(shippedBundle.version);
    changed.rules.find((r: { id: string }) => r.id === 'pi-2025-12-29-name-not-listed').outcome = 'may_be_shared';
    writeFileSync(path.join(dir, 'new.json'), JSON.stringify(changed));
    const d = rules('diff', path.join(dir, 'bundle.json'), path.join(dir, 'new.json'), '--json');
    const changes = JSON.parse(d.stdout);
    expect(changes.length).toBeGreaterThan(0);
    expect(changes[0]).toMatchObject({ category: 'name', before: { outcome: 'unclear' }, after: { outcome: 'may_be_shared', ruleId: 'pi-2025-12-29-name-not-listed' } });
    expect(rules('diff', 'data', 'data').stdout).toMatch(/^0 cell\(s\) changed/);
  });
});
