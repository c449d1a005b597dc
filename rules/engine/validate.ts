// Checks that go beyond the shape of the data: references resolve, intervals make sense,
// and — the one that matters most — every cell of the decision table has exactly one
// winning rule (totality), and no `protected` cell where sources conflict (the
// conservative principle). Problems name the file and the rule, for maintainers.
import type { z } from 'zod';
import { bundleSchema, type Bundle, type BundleWords, type Citation } from '../schema/bundle.ts';
import { CATEGORIES, JURISDICTION_CODES, KNOWN_STATUSES } from '../schema/vocabulary.ts';
import { addDays, within, type IsoDate } from '../schema/dates.ts';
import { describeCell, resolveCell, rulesInForce } from './precedence.ts';
import { jurisdictionInScope, statusAndCategoryInScope } from './scope.ts';
import { householdView } from './household.ts';

export interface Problem {
  file: string;
  where: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.where}: ${p.message}`;
}

/** Turn zod issues into problems that name the file and, where there is one, the id of the
 * rule (or source, note, …) at fault. */
export function zodProblems(file: string, raw: unknown, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => {
    const path = issue.path;
    let where = '';
    let node: unknown = raw;
    for (const [i, key] of path.entries()) {
      node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key as PropertyKey] : undefined;
      where += typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`;
      if (typeof key === 'number' && node && typeof node === 'object' && typeof (node as { id?: unknown }).id === 'string') {
        where += `(id '${(node as { id: string }).id}')`;
      }
    }
    const keys = issue.code === 'unrecognized_keys' ? ` (${issue.keys.join(', ')})` : '';
    return { file, where: where || '(top level)', message: `${issue.message}${keys}` };
  });
}

/** Where each kind of record lives in rules/data (the bundle holds them all). */
const FILE_OF = {
  sources: 'sources.json', sets: 'sets.json', rules: 'rules.json', notes: 'notes.json', events: 'events.json', disclosures: 'disclosures.json',
  questions: 'questions.json', help: 'help.json', steps: 'steps.json',
} as const;
const HOUSEHOLD_FILE = 'household.json';

/** Every record that cites sources, named the way problems name it. */
export function citingRecords(bundle: Bundle): { file: string; id: string; citations: readonly Citation[] }[] {
  return [
    ...bundle.rules.map((r) => ({ file: FILE_OF.rules, id: r.id, citations: r.citations })),
    ...bundle.notes.map((n) => ({ file: FILE_OF.notes, id: n.id, citations: n.citations })),
    ...bundle.events.map((e) => ({ file: FILE_OF.events, id: e.id, citations: e.citations })),
    ...bundle.disclosures.map((d) => ({ file: FILE_OF.disclosures, id: d.id, citations: d.citations })),
    ...bundle.questions.map((q) => ({ file: FILE_OF.questions, id: q.id, citations: q.citations })),
    ...bundle.steps.map((s) => ({ file: FILE_OF.steps, id: s.id, citations: s.citations })),
    ...[...bundle.household.rules, ...bundle.household.notes].map((r) => ({ file: HOUSEHOLD_FILE, id: r.id, citations: r.citations })),
    ...bundle.sets.flatMap((s) => s.members.map((m) => ({ file: FILE_OF.sets, id: `${s.id}/${m.jurisdiction}`, citations: m.citations }))),
  ];
}

export function checkReferences(bundle: Bundle): Problem[] {
  const problems: Problem[] = [];
  // Ids are unique within their kind (locale keys are namespaced by kind: rule.x, event.x).
  for (const [kind, file] of Object.entries(FILE_OF)) {
    const seen = new Set<string>();
    for (const item of bundle[kind as keyof typeof FILE_OF]) {
      if (seen.has(item.id)) problems.push({ file, where: `id '${item.id}'`, message: 'id already used in this file' });
      seen.add(item.id);
    }
  }
  const sourceIds = new Set(bundle.sources.map((s) => s.id));
  const setRefs = new Set(bundle.sets.map((s) => `@${s.id}`));
  const ruleIds = new Set(bundle.rules.map((r) => r.id));
  for (const { file, id, citations } of citingRecords(bundle)) {
    for (const c of citations) {
      if (!sourceIds.has(c.sourceId)) problems.push({ file, where: `'${id}'`, message: `cites unknown source '${c.sourceId}'` });
    }
  }
  const scoped = [
    ...bundle.rules.map((r) => ({ file: FILE_OF.rules, id: r.id, refs: [...(r.scope.jurisdictions === '*' ? [] : r.scope.jurisdictions), ...(r.scope.except ?? [])] })),
    ...bundle.notes.map((n) => ({ file: FILE_OF.notes, id: n.id, refs: [...(n.scope.jurisdictions === '*' ? [] : n.scope.jurisdictions), ...(n.scope.except ?? [])] })),
    ...bundle.events.map((e) => ({ file: FILE_OF.events, id: e.id, refs: e.jurisdictions === '*' ? [] : e.jurisdictions })),
    ...bundle.disclosures.map((d) => ({ file: FILE_OF.disclosures, id: d.id, refs: d.jurisdictions === '*' ? [] : d.jurisdictions })),
    ...bundle.help.map((h) => ({ file: FILE_OF.help, id: h.id, refs: h.jurisdictions === '*' ? [] : h.jurisdictions })),
  ];
  for (const { file, id, refs } of scoped) {
    for (const ref of refs) {
      if (ref.startsWith('@') && !setRefs.has(ref)) problems.push({ file, where: `'${id}'`, message: `names unknown set '${ref}'` });
    }
  }
  const intervals = [
    ...bundle.rules.map((r) => ({ file: FILE_OF.rules, id: r.id, from: r.from, to: r.to })),
    ...bundle.notes.map((n) => ({ file: FILE_OF.notes, id: n.id, from: n.from, to: n.to })),
    ...bundle.disclosures.map((d) => ({ file: FILE_OF.disclosures, id: d.id, from: d.from, to: d.to })),
    ...bundle.sets.flatMap((s) => s.members.map((m) => ({ file: FILE_OF.sets, id: `${s.id}/${m.jurisdiction}`, from: m.from, to: m.to }))),
  ];
  for (const { file, id, from, to } of intervals) {
    if (to !== undefined && to < from) problems.push({ file, where: `'${id}'`, message: `ends (${to}) before it starts (${from})` });
  }
  for (const r of bundle.rules) {
    for (const o of r.overrides) {
      if (o === r.id) problems.push({ file: FILE_OF.rules, where: `rule '${r.id}'`, message: 'overrides itself' });
      else if (!ruleIds.has(o)) problems.push({ file: FILE_OF.rules, where: `rule '${r.id}'`, message: `overrides unknown rule '${o}'` });
    }
  }
  for (const item of [...bundle.rules, ...bundle.notes]) {
    if (item.lastVerified > bundle.dataAsOf) {
      problems.push({ file: 'lastVerified' in item && bundle.rules.includes(item as never) ? FILE_OF.rules : FILE_OF.notes, where: `'${item.id}'`, message: `lastVerified ${item.lastVerified} is after dataAsOf ${bundle.dataAsOf}` });
    }
  }
  const { date: factsThrough } = bundle.factsThrough;
  if (factsThrough < bundle.coverageFrom || factsThrough > bundle.dataAsOf) {
    problems.push({ file: 'meta.json', where: 'factsThrough', message: `${factsThrough} must lie between coverageFrom (${bundle.coverageFrom}) and dataAsOf (${bundle.dataAsOf}): the sources cannot reach past the day they were checked` });
  }
  problems.push(...overrideCycles(bundle));
  return problems;
}

function overrideCycles(bundle: Bundle): Problem[] {
  const edges = new Map(bundle.rules.map((r) => [r.id, r.overrides]));
  const state = new Map<string, 'visiting' | 'done'>();
  const problems: Problem[] = [];
  const visit = (id: string, trail: string[]) => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'visiting') {
      problems.push({ file: FILE_OF.rules, where: `rule '${id}'`, message: `override cycle: ${[...trail, id].join(' → ')}` });
      return;
    }
    state.set(id, 'visiting');
    for (const next of edges.get(id) ?? []) visit(next, [...trail, id]);
    state.set(id, 'done');
  };
  for (const id of edges.keys()) visit(id, []);
  return problems;
}

/** Every day on which some answer can change, plus the day before each, from the start
 * of coverage. Walking these covers every interval of the law as encoded. */
export function boundaryDates(bundle: Bundle): IsoDate[] {
  const days = new Set<IsoDate>([bundle.coverageFrom]);
  const add = (from: IsoDate, to?: IsoDate) => {
    days.add(from);
    days.add(addDays(from, -1));
    if (to) {
      days.add(to);
      days.add(addDays(to, 1));
    }
  };
  for (const r of bundle.rules) add(r.from, r.to);
  for (const n of bundle.notes) add(n.from, n.to);
  for (const s of bundle.sets) for (const m of s.members) add(m.from, m.to);
  days.add(bundle.dataAsOf);
  return [...days].filter((d) => d >= bundle.coverageFrom).sort();
}

/** Totality: every boundary date × jurisdiction × status × category has exactly one
 * winning rule. Returns one problem per broken cell (capped, so a broken file stays readable). */
export function checkTotality(bundle: Bundle, dates: readonly IsoDate[] = boundaryDates(bundle), limit = 50): Problem[] {
  const problems: Problem[] = [];
  for (const date of dates) {
    for (const jurisdiction of JURISDICTION_CODES) {
      const inForce = rulesInForce(bundle, date, jurisdiction);
      for (const status of KNOWN_STATUSES) {
        for (const category of CATEGORIES) {
          const cell = { date, jurisdiction, status, category };
          const res = resolveCell(bundle, cell, inForce);
          if (res.kind === 'gap') problems.push({ file: FILE_OF.rules, where: describeCell(cell), message: 'no rule covers this cell' });
          if (res.kind === 'conflict') {
            problems.push({ file: FILE_OF.rules, where: describeCell(cell), message: `rules ${res.rules.map((r) => `'${r.id}'`).join(' and ')} both win: add an override` });
          }
          if (problems.length >= limit) return problems;
        }
      }
    }
  }
  return problems;
}

/** The conservative principle (rules/README.md): a cell is `protected` only where an order,
 * statute or policy in force forbids sharing AND no source conflicts for that cell. Sources
 * that conflict on a cell's law are a `conflict` note on it, so no such note may sit on a
 * `protected` cell: the cell must be `unclear`, with the reason. */
export function checkConservativePrinciple(bundle: Bundle, dates: readonly IsoDate[] = boundaryDates(bundle), limit = 50): Problem[] {
  const problems: Problem[] = [];
  const conflicts = bundle.notes.filter((n) => n.kind === 'conflict');
  for (const date of dates) {
    for (const jurisdiction of JURISDICTION_CODES) {
      const here = conflicts.filter((n) => within(date, n.from, n.to) && jurisdictionInScope(bundle, n.scope.jurisdictions, n.scope.except, jurisdiction, date));
      if (here.length === 0) continue;
      const inForce = rulesInForce(bundle, date, jurisdiction);
      for (const status of KNOWN_STATUSES) {
        for (const category of CATEGORIES) {
          const note = here.find((n) => statusAndCategoryInScope(n.scope, status, category));
          if (!note) continue;
          const cell = { date, jurisdiction, status, category };
          const res = resolveCell(bundle, cell, inForce);
          if (res.kind === 'ok' && res.rule.outcome === 'protected') {
            problems.push({ file: FILE_OF.rules, where: describeCell(cell), message: `'${res.rule.id}' says protected, but note '${note.id}' records a conflict between sources here: make the cell unclear` });
          }
          if (problems.length >= limit) return problems;
        }
      }
    }
  }
  return problems;
}

export type Validation = { ok: true; bundle: Bundle } | { ok: false; problems: Problem[] };

/** Schema, references and totality, for a whole bundle (an imported file, or the data). */
export function validateBundle(raw: unknown, file = 'bundle'): Validation {
  const parsed = bundleSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: zodProblems(file, raw, parsed.error) };
  const problems = [...checkReferences(parsed.data), ...checkHouseholdReferences(parsed.data), ...checkBundleText(parsed.data)];
  if (problems.length === 0) problems.push(...checkTotality(parsed.data), ...checkHouseholdTotality(parsed.data));
  if (problems.length === 0) problems.push(...checkConservativePrinciple(parsed.data), ...inHouseholdFile(checkConservativePrinciple(householdView(parsed.data))));
  return problems.length ? { ok: false, problems } : { ok: true, bundle: parsed.data };
}

/** The ids a bundle's words are keyed by, per kind of words (BundleWords). */
export function wordIds(bundle: Bundle): Record<keyof BundleWords, string[]> {
  return {
    rule: [...bundle.rules, ...bundle.household.rules].map((r) => r.id),
    note: [...bundle.notes, ...bundle.household.notes].map((n) => n.id),
    event: bundle.events.map((e) => e.id),
    disclosure: bundle.disclosures.map((d) => d.id),
    question: bundle.questions.map((q) => q.id),
    help: bundle.help.map((h) => h.id),
    step: bundle.steps.map((s) => s.id),
  };
}

/** A bundle that carries words carries English for every id it has, so an answer never
 * falls back to a generic sentence; and no words for an id it does not have. */
export function checkBundleText(bundle: Bundle): Problem[] {
  if (!bundle.text) return [];
  const ids = wordIds(bundle);
  const problems: Problem[] = [];
  for (const [kind, list] of Object.entries(ids) as [keyof typeof ids, string[]][]) {
    for (const id of list) if (!bundle.text.en?.[kind]?.[id]) problems.push({ file: 'text', where: `en.${kind}.${id}`, message: `no English words for ${kind} '${id}'` });
    for (const [locale, words] of Object.entries(bundle.text)) {
      for (const id of Object.keys(words[kind] ?? {})) if (!list.includes(id)) problems.push({ file: 'text', where: `${locale}.${kind}.${id}`, message: `words for a ${kind} the bundle does not have` });
    }
  }
  return problems;
}

/** The household's rules and notes name their own file in problems. */
const inHouseholdFile = (problems: Problem[]) => problems.map((p) => ({ ...p, file: HOUSEHOLD_FILE }));

/** The household's rules and notes, checked as the enrollees' are (ids, overrides, sets,
 * dates); and their ids are not the enrollees' ones, since each id names its own words. */
export function checkHouseholdReferences(bundle: Bundle): Problem[] {
  const own = inHouseholdFile(checkReferences(householdView(bundle)).filter((p) => p.file === FILE_OF.rules || p.file === FILE_OF.notes));
  const enrollees = new Set([...bundle.rules, ...bundle.notes].map((r) => r.id));
  const shared = [...bundle.household.rules, ...bundle.household.notes].filter((r) => enrollees.has(r.id))
    .map((r) => ({ file: HOUSEHOLD_FILE, where: `'${r.id}'`, message: 'id already used in rules.json or notes.json' }));
  return [...own, ...shared];
}

/** Totality for people who are not applying: every cell has one winning household rule. */
export function checkHouseholdTotality(bundle: Bundle, limit = 50): Problem[] {
  const view = householdView(bundle);
  return inHouseholdFile(checkTotality(view, boundaryDates(view), limit));
}
