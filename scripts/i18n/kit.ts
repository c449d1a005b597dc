// The translator review kit. `export` writes, for one locale, a spreadsheet file (CSV) and
// an XLIFF 2.0 file with the English source, the current text, a context note and the
// key. `import` reads either back, runs the same checks as `npm test`, and only if every
// line passes writes the translations and marks those keys reviewed by the named
// organisation. A broken import changes nothing and lists what is wrong, line by line.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { js2xliff, xliff2js } from 'xliff';
import { shippedBundle } from '../../rules/data/index.ts';
import { isQuote, type Citation } from '../../rules/engine/index.ts';
import {
  LOCALES_DIR, NAMESPACES, readCatalog, readLocaleMeta, SOURCE_LOCALE, writeCatalog, writeLocaleMeta,
  type FlatCatalog, type LocaleMeta, type Namespace,
} from './catalog.ts';
import { checkCatalog, expectedKeys, formatI18nProblem } from './checks.ts';
import { readReviews, reviewState, textHash, writeReviews } from './review.ts';

export const CSV_COLUMNS = ['locale', 'key', 'context', 'check_first', 'english', 'translation', 'status'] as const;

function localeMeta(code: string): LocaleMeta {
  const meta = readLocaleMeta().find((l) => l.code === code);
  if (!meta || code === SOURCE_LOCALE) throw new Error(`unknown locale '${code}' (see locales/locales.json; English is the source)`);
  return meta;
}

/** Notes for the keys a translator cannot place from the English alone: the app builds
 * every date from them (renderer/answer/dates.ts), in the Gregorian calendar the sources use. */
const DATE_NOTES: Record<string, string> = {
  'date.dayMonthYear': 'How a full date is written, e.g. "August 12, 2025". {{month}} is a name from date.monthInDate; {{day}} and {{year}} are numbers. Gregorian calendar, the year as in the sources (2025, not another era).',
  'date.monthYear': 'How a month and year are written, e.g. "August 2025". {{month}} is a name from date.monthName.',
  'date.digits': 'The ten digits, 0 to 9, that dates are written with: keep "0123456789", or give your script\'s own digits in order.',
  'date.monthInDate': 'Month name as it stands in a full date with a day (some languages use another form there, e.g. Russian "12 августа 2025").',
  'date.monthName': 'Month name on its own or with only a year (e.g. Russian "август 2025").',
};

/** A note for translators: where the text appears and, for legal text, what it rests on. */
export function contextFor(ns: Namespace, key: string): string {
  const dateNote = ns === 'ui' ? DATE_NOTES[key] ?? DATE_NOTES[key.split('.').slice(0, 2).join('.')] : undefined;
  if (dateNote) return `Date (${key}). ${dateNote}`;
  if (ns === 'ui') return `Screen text (${key.split('.').slice(0, -1).join(' › ') || key}). Plain words, about a 6th-grade reading level.`;
  const [kind, id] = key.split('.') as [string, string];
  const cite = (c?: Citation) => (!c ? '' : isQuote(c) ? ` Source quote: "${c.quote}"` : ` Our summary of the source (not its words): ${c.summary}`);
  if (kind === 'rule') {
    const r = shippedBundle.rules.find((x) => x.id === id);
    if (r) return `Legal explanation shown on the answer: rule ${id}, ${r.from} to ${r.to ?? 'today'}, outcome "${r.outcome}". Must say no more than the source.${cite(r.citations[0])}`;
  }
  if (kind === 'note') {
    const n = shippedBundle.notes.find((x) => x.id === id);
    if (n) return `Note shown with answers from ${n.from}: an uncertainty or dispute, not a change of outcome.${cite(n.citations[0])}`;
  }
  if (kind === 'event') {
    const e = shippedBundle.events.find((x) => x.id === id);
    if (e) return `Timeline event of ${e.date} (date known to the ${e.datePrecision === 'day' ? 'day' : e.datePrecision}).${cite(e.citations[0])}`;
  }
  if (kind === 'disclosure') {
    const d = shippedBundle.disclosures.find((x) => x.id === id);
    if (d) return `Past disclosure of data to DHS, from ${d.from}.${cite(d.citations[0])}`;
  }
  if (kind === 'question') {
    const q = shippedBundle.questions.find((x) => x.id === id);
    if (q) return `Common questions screen: ${key.endsWith('.q') ? 'the question' : 'a paragraph of its answer'}. Must say no more than the sources.${cite(q.citations[0])}`;
  }
  if (kind === 'help') {
    const h = shippedBundle.help.find((x) => x.id === id);
    if (h) return `Where to get help: a group or agency page, shown with its web address ${h.jurisdictions === '*' ? 'everywhere' : `in ${h.jurisdictions.join(', ')}`}.`;
  }
  if (kind === 'step') {
    const st = shippedBundle.steps.find((x) => x.id === id);
    if (st) return `"What you can do": a step shown under the answer's summary. Must say no more than the source.${cite(st.citations[0])}`;
  }
  return 'Legal text shown with the answer.';
}

/** What a reviewer should check first in a locale (locales/<code>/check-first.json): the
 * flags of the last review, keyed by `ns:key`, or by a prefix ending in `*` ("ui:date.*"),
 * or `*` for every key of a locale nobody could vouch for. */
export function checkFirstNotes(code: string): (key: string) => string {
  const file = path.join(LOCALES_DIR, code, 'check-first.json');
  const flags = existsSync(file) ? Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>).filter(([k]) => !k.startsWith('$')) : [];
  return (key) => flags
    .filter(([pattern]) => (pattern.endsWith('*') ? key.startsWith(pattern.slice(0, -1)) : key === pattern))
    .map(([, note]) => note).join(' ');
}

interface Row {
  locale: string;
  key: string;
  context: string;
  check_first: string;
  english: string;
  translation: string;
  status: 'machine' | 'reviewed';
}

function exportRows(meta: LocaleMeta): Row[] {
  const reviewed = reviewState(meta).reviewedKeys;
  const checkFirst = checkFirstNotes(meta.code);
  return NAMESPACES.flatMap((ns) => {
    const english = readCatalog(SOURCE_LOCALE, ns) ?? {};
    const translated = readCatalog(meta.code, ns) ?? {};
    return [...expectedKeys(english, meta)].map(([key, source]) => ({
      locale: meta.code,
      key: `${ns}:${key}`,
      context: contextFor(ns, key),
      check_first: checkFirst(`${ns}:${key}`),
      english: source,
      translation: translated[key] ?? '',
      status: reviewed.has(`${ns}:${key}`) ? 'reviewed' : 'machine',
    }));
  });
}

export async function exportLocale(code: string, outDir: string): Promise<{ csvFile: string; xliffFile: string; rows: number }> {
  const meta = localeMeta(code);
  const rows = exportRows(meta);
  mkdirSync(outDir, { recursive: true });
  const csvFile = path.join(outDir, `${code}.review.csv`);
  // A byte-order mark so spreadsheet programs open the file as UTF-8.
  writeFileSync(csvFile, '\uFEFF' + stringify(rows, { header: true, columns: [...CSV_COLUMNS] }));
  const resources: Record<string, Record<string, { source: string; target: string; note: string }>> = {};
  for (const r of rows) {
    const [ns, key] = splitKey(r.key);
    (resources[ns!] ??= {})[key!] = { source: r.english, target: r.translation, note: r.context };
  }
  const xliffFile = path.join(outDir, `${code}.review.xlf`);
  writeFileSync(xliffFile, await js2xliff({ sourceLanguage: SOURCE_LOCALE, targetLanguage: code, resources }));
  return { csvFile, xliffFile, rows: rows.length };
}

function splitKey(key: string): [string, string] {
  const i = key.indexOf(':');
  return [key.slice(0, i), key.slice(i + 1)];
}

interface ImportedLine {
  line: string;
  locale: string;
  key: string;
  english: string;
  translation: string;
}

async function readImport(file: string): Promise<ImportedLine[]> {
  const text = readFileSync(file, 'utf8');
  if (/\.xlf$|\.xliff$/i.test(file)) {
    const js = await xliff2js(text);
    return Object.entries(js.resources as Record<string, Record<string, { source?: string; target?: string }>>).flatMap(([ns, units]) =>
      Object.entries(units).map(([key, u]) => ({ line: `unit ${ns}:${key}`, locale: js.targetLanguage as string, key: `${ns}:${key}`, english: u.source ?? '', translation: u.target ?? '' })));
  }
  const records = parse(text, { bom: true, columns: true, skip_empty_lines: true, info: true, relax_column_count: false }) as { record: Record<string, string>; info: { lines: number } }[];
  return records.map(({ record, info }) => ({ line: `line ${info.lines}`, locale: record.locale ?? '', key: record.key ?? '', english: record.english ?? '', translation: record.translation ?? '' }));
}

export type ImportOutcome = { ok: true; locale: string; reviewedKeys: number; status: 'machine' | 'reviewed' } | { ok: false; problems: string[] };

export async function importReview(file: string, reviewer: string, date: string): Promise<ImportOutcome> {
  if (!reviewer.trim()) return { ok: false, problems: ['--reviewer ORG is required: the organisation whose qualified translator reviewed the file'] };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return { ok: false, problems: [`--date must be YYYY-MM-DD, not '${date}'`] };
  let lines: ImportedLine[];
  try {
    lines = await readImport(file);
  } catch (e) {
    return { ok: false, problems: [`cannot read ${file}: ${(e as Error).message}`] };
  }
  if (lines.length === 0) return { ok: false, problems: [`${file} has no rows`] };
  const codes = [...new Set(lines.map((l) => l.locale))];
  if (codes.length !== 1) return { ok: false, problems: [`the file mixes locales (${codes.join(', ')}); import one locale at a time`] };
  let meta: LocaleMeta;
  try {
    meta = localeMeta(codes[0]!);
  } catch (e) {
    return { ok: false, problems: [(e as Error).message] };
  }

  const problems: string[] = [];
  const merged = Object.fromEntries(NAMESPACES.map((ns) => [ns, { ...(readCatalog(meta.code, ns) ?? {}) }])) as Record<Namespace, FlatCatalog>;
  const english = Object.fromEntries(NAMESPACES.map((ns) => [ns, readCatalog(SOURCE_LOCALE, ns) ?? {}])) as Record<Namespace, FlatCatalog>;
  const lineOf = new Map<string, string>();
  for (const l of lines) {
    const [ns, key] = splitKey(l.key);
    if (!NAMESPACES.includes(ns as Namespace)) {
      problems.push(`${l.line}: unknown key '${l.key}'`);
      continue;
    }
    const source = expectedKeys(english[ns as Namespace], meta).get(key);
    if (source === undefined) problems.push(`${l.line}: unknown key '${l.key}'`);
    else if (source !== l.english) problems.push(`${l.line} (${l.key}): the English changed since this file was exported; export again`);
    else if (lineOf.has(l.key)) problems.push(`${l.line} (${l.key}): the key appears twice (also ${lineOf.get(l.key)})`);
    else {
      merged[ns as Namespace][key] = l.translation;
      lineOf.set(l.key, l.line);
    }
  }
  for (const ns of NAMESPACES) {
    for (const p of checkCatalog(meta, ns, english[ns], merged[ns])) {
      const line = lineOf.get(p.key);
      if (line) problems.push(`${line} (${p.key}): ${p.message}`);
    }
  }
  if (problems.length) return { ok: false, problems };

  // Everything passed: write translations, then review records, then the locale status.
  for (const ns of NAMESPACES) writeCatalog(meta.code, ns, merged[ns], Object.keys(english[ns]));
  const reviews = readReviews(meta.code);
  for (const fullKey of lineOf.keys()) {
    const [ns, key] = splitKey(fullKey) as [Namespace, string];
    reviews[fullKey] = { reviewer, date, sourceHash: textHash(expectedKeys(english[ns], meta).get(key)!), textHash: textHash(merged[ns][key]!) };
  }
  writeReviews(meta.code, reviews);
  const state = reviewState(meta);
  writeLocaleMeta(readLocaleMeta().map((l) => (l.code !== meta.code ? l
    : { ...l, review: state.status === 'reviewed' ? { status: 'reviewed', reviewer: state.reviewers.join(', '), date: state.latestDate! } : { status: 'machine' } })));
  return { ok: true, locale: meta.code, reviewedKeys: state.reviewedKeys.size, status: state.status };
}

export { formatI18nProblem };
