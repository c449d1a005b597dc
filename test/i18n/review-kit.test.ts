// The translator review kit on a scratch copy of locales/: export to CSV and XLIFF, import
// a reviewed file, refuse a broken one without changing anything, and lose "reviewed"
// when the English changes afterwards.
import { cpSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { beforeAll, describe, expect, it } from 'vitest';

const scratch = mkdtempSync(path.join(tmpdir(), 'mdn-locales-'));
process.env.MDN_LOCALES_DIR = scratch;
cpSync(path.resolve(import.meta.dirname, '../../locales/en'), path.join(scratch, 'en'), { recursive: true });
cpSync(path.resolve(import.meta.dirname, '../../locales/locales.json'), path.join(scratch, 'locales.json'));
cpSync(path.resolve(import.meta.dirname, '../../locales/glossary.json'), path.join(scratch, 'glossary.json'));

const { flatten, unflatten, readLocaleMeta } = await import('../../scripts/i18n/catalog.ts');
const { checkLocale } = await import('../../scripts/i18n/checks.ts');
const { exportLocale, importReview, CSV_COLUMNS } = await import('../../scripts/i18n/kit.ts');
const { reviewState } = await import('../../scripts/i18n/review.ts');

type Row = Record<(typeof CSV_COLUMNS)[number], string>;
const es = () => readLocaleMeta().find((l) => l.code === 'es')!;
const out = path.join(scratch, 'out');
const read = (f: string) => readFileSync(path.join(scratch, f), 'utf8');

/** A stand-in Spanish catalogue: every English string marked, placeholders kept, with the
 * plural forms Spanish needs (one, many, other). */
function makeStandInSpanish() {
  mkdirSync(path.join(scratch, 'es'), { recursive: true });
  for (const ns of ['ui', 'rules']) {
    const flat = flatten(JSON.parse(read(`en/${ns}.json`)));
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(flat)) {
      out[k] = `ES ${v}`;
      if (k.endsWith('_other')) out[k.replace(/_other$/, '_many')] = `ES ${v}`;
    }
    writeFileSync(path.join(scratch, 'es', `${ns}.json`), JSON.stringify(unflatten(out), null, 2));
  }
  // The stand-in keeps the English words, so each glossary term's accepted form is itself
  // (with its English endings: "Social Security numbers").
  const terms = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../locales/glossary.json'), 'utf8')).terms as { term: string }[];
  writeFileSync(path.join(scratch, 'es', 'glossary.json'), JSON.stringify(Object.fromEntries(terms.map((t) => [t.term, [`${t.term}*`]]))));
  // A reviewer's flags for this locale: one key, and every date key.
  writeFileSync(path.join(scratch, 'es', 'check-first.json'), JSON.stringify({ $comment: 'test', 'ui:date.*': 'Dates: check the month names.', 'ui:app.name': 'The name.' }));
}

function exportedRows(): Row[] {
  return parse(readFileSync(path.join(out, 'es.review.csv'), 'utf8'), { bom: true, columns: true }) as Row[];
}
function writeCsv(rows: Row[], name: string): string {
  const file = path.join(out, name);
  writeFileSync(file, stringify(rows, { header: true, columns: [...CSV_COLUMNS] }));
  return file;
}

describe('translator review kit', () => {
  beforeAll(() => makeStandInSpanish());

  it('the stand-in catalogue passes the locale checks', () => {
    expect(checkLocale(es())).toEqual([]);
  });

  it('exports every string with English source, current text, context and key', async () => {
    const r = await exportLocale('es', out);
    const rows = exportedRows();
    expect(rows).toHaveLength(r.rows);
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    const rule = rows.find((x) => x.key === 'rules:rule.pi-2025-12-29-name-not-listed')!;
    expect(rule.translation.startsWith('ES ')).toBe(true);
    expect(rule.context).toMatch(/Our summary of the source \(not its words\): Reports of the order by the Washington Examiner/);
    expect(rows.every((x) => x.status === 'machine')).toBe(true);
    // The review's flags come first, in their own column: by key, by prefix, nowhere else.
    expect(rows.find((x) => x.key === 'ui:date.digits')!.check_first).toBe('Dates: check the month names.');
    expect(rows.find((x) => x.key === 'ui:app.name')!.check_first).toBe('The name.');
    expect(rows.filter((x) => x.check_first).length).toBe(rows.filter((x) => x.key.startsWith('ui:date.')).length + 1);
    expect(readFileSync(r.xliffFile, 'utf8')).toMatch(/<xliff [^>]*version="2.0"[^>]*trgLang="es"/);
  });

  it('refuses a broken file line by line and changes nothing', async () => {
    const before = [read('es/ui.json'), read('es/rules.json'), read('locales.json')];
    const rows = exportedRows().slice(0, 5);
    const withPlaceholder = exportedRows().slice(5).find((x) => x.english.includes('{{'))!;
    // Line numbers count the header as line 1, as a spreadsheet shows them.
    const broken = [
      ...rows,
      { ...withPlaceholder, translation: 'sin marcador' },
      { ...rows[0]!, key: 'ui:no.such.key' },
      { ...rows[1]!, english: 'An English text that was changed' },
    ];
    const r = await importReview(writeCsv(broken, 'broken.csv'), 'Test Org', '2026-11-22');
    expect(r.ok).toBe(false);
    const problems = r.ok ? [] : r.problems;
    expect(problems).toEqual(expect.arrayContaining([
      expect.stringMatching(/^line 8: unknown key 'ui:no\.such\.key'$/),
      expect.stringMatching(/^line 9 \(.*\): the English changed since this file was exported/),
      expect.stringMatching(/^line 7 \(.*\): placeholders differ from English: missing \{\{/),
    ]));
    expect([read('es/ui.json'), read('es/rules.json'), read('locales.json')]).toEqual(before);
  });

  it('imports reviewed lines: those keys become reviewed, the locale stays machine until all are', async () => {
    const rows = exportedRows().slice(0, 3).map((x) => ({ ...x, translation: x.translation.replace(/^ES /, 'ES revisado ') }));
    const r = await importReview(writeCsv(rows, 'partial.csv'), 'Test Org', '2026-11-22');
    expect(r).toEqual({ ok: true, locale: 'es', reviewedKeys: 3, status: 'machine' });
    expect(read('es/ui.json')).toContain('ES revisado');
    expect(es().review.status).toBe('machine');
  });

  it('a full XLIFF round trip marks the whole locale reviewed, with reviewer and date', async () => {
    const { xliffFile } = await exportLocale('es', out);
    const r = await importReview(xliffFile, 'Community Translators Co-op', '2026-11-23');
    expect(r).toMatchObject({ ok: true, status: 'reviewed' });
    expect(es().review).toEqual({ status: 'reviewed', reviewer: 'Community Translators Co-op', date: '2026-11-23' });
  });

  it('a later change to the English sends that key back to machine', () => {
    const en = JSON.parse(read('en/rules.json'));
    en.rule['cms-notice-2025-11-25'] = `${en.rule['cms-notice-2025-11-25']} Changed.`;
    writeFileSync(path.join(scratch, 'en', 'rules.json'), JSON.stringify(en));
    const state = reviewState(es());
    expect(state.status).toBe('machine');
    expect(state.reviewedKeys.has('rules:rule.cms-notice-2025-11-25')).toBe(false);
    expect(state.reviewedKeys.size).toBe(state.total - 1);
  });

  it('refuses a translation that drops a glossary term', async () => {
    const row = exportedRows().find((x) => x.english.includes('court order'))!;
    const r = await importReview(writeCsv([{ ...row, translation: row.translation.replace(/court order/g, 'decision') }], 'glossary.csv'), 'Test Org', '2026-11-22');
    expect(r).toEqual({ ok: false, problems: [expect.stringMatching(/^line 2 \(.*\): the English says "court order" but the text uses none of its glossary forms/)] });
  });

  it('requires a reviewer', async () => {
    const r = await importReview(path.join(out, 'partial.csv'), ' ', '2026-11-22');
    expect(r).toEqual({ ok: false, problems: [expect.stringMatching(/--reviewer ORG is required/)] });
  });
});
