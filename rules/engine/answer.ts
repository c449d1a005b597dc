// The engine: (bundle, date, jurisdiction, status) → the answer of brief §3, as data.
// Pure: no I/O, no clock (the caller passes the date), no text (the caller looks up the
// words for each rule id in its locale, so explanations are translated, not stored here).
import { citedWords, type Bundle, type BundleMeta, type Citation, type DatePrecision, type Note, type Rule, type Source } from '../schema/bundle.ts';
import {
  CATEGORIES, KNOWN_STATUSES,
  type Basis, type Category, type Confidence, type Jurisdiction, type KnownStatus, type Outcome, type RuleOutcome, type Status,
} from '../schema/vocabulary.ts';
import { within, type IsoDate } from '../schema/dates.ts';
import { jurisdictionInScope, statusAndCategoryInScope } from './scope.ts';
import { rulesInForce, winningRule } from './precedence.ts';
import { householdView } from './household.ts';

export interface Query {
  date: IsoDate;
  jurisdiction: Jurisdiction;
  status: Status;
  /** False for a household member who is not applying (a family's answer); absent or true
   * for an applicant or enrollee. */
  applying?: boolean;
}

/** A citation with its source's details: a quote (the source's exact words) or a summary
 * (our words, never shown as theirs). */
export type ResolvedCitation = Citation & {
  url?: string;
  sourceTitle: string;
  issuer: string;
  confidence: Confidence;
};

export interface CategoryAnswer {
  category: Category;
  outcome: Outcome;
  /** null only for `depends` (each status has its own basis) or an `unsure` answer whose
   * statuses agree on the outcome through rules of different bases. */
  basis: Basis | null;
  /** The winning rule; null when the statuses of `unsure` are decided by different rules. */
  ruleId: string | null;
  citations: ResolvedCitation[];
  /** For `unsure`: the outcome for each status, and the rule behind it. */
  byStatus?: Record<KnownStatus, RuleOutcome>;
  byStatusRule?: Record<KnownStatus, string>;
}

export interface AnswerNote {
  id: string;
  kind: Note['kind'];
  /** The categories of this answer the note speaks about. */
  categories: Category[];
  citations: ResolvedCitation[];
}

export interface PastDisclosure {
  id: string;
  from: IsoDate;
  to?: IsoDate;
  datePrecision: DatePrecision;
  categories: Category[];
  confidence: Confidence;
  citations: ResolvedCitation[];
}

export interface Answer {
  query: Query;
  rulesVersion: string;
  dataAsOf: IsoDate;
  factsThrough: BundleMeta['factsThrough'];
  /** The question is about a day after the sources end: what was known then, not now. */
  beyondFacts: boolean;
  answers: CategoryAnswer[];
  pastDisclosures: PastDisclosure[];
  notes: AnswerNote[];
}

// Sources by id, remembered per source list: a bundle is validated once and never changed
// afterwards (an import makes a new bundle), so this saves a map per question, nothing more.
const sourceIndexes = new WeakMap<readonly Source[], ReadonlyMap<string, Source>>();

export function sourcesById(bundle: Bundle): ReadonlyMap<string, Source> {
  let index = sourceIndexes.get(bundle.sources);
  if (!index) sourceIndexes.set(bundle.sources, (index = new Map(bundle.sources.map((s) => [s.id, s]))));
  return index;
}

// Each citation resolved once per source record and shared, frozen, by every answer that
// cites it: answering the whole table otherwise spends most of its time copying citations.
const resolvedCitations = new WeakMap<Citation, { source: Source; resolved: ResolvedCitation }>();

export function resolveCitations(bundle: Bundle, citations: readonly Citation[], sources: ReadonlyMap<string, Source> = sourcesById(bundle)): ResolvedCitation[] {
  return citations.map((c) => {
    const source = sources.get(c.sourceId);
    if (!source) throw new Error(`citation names unknown source '${c.sourceId}'`);
    const known = resolvedCitations.get(c);
    if (known?.source === source) return known.resolved;
    const resolved: ResolvedCitation = { ...c, sourceTitle: source.title, issuer: source.issuer, confidence: source.confidence };
    if (source.url) resolved.url = source.url;
    resolvedCitations.set(c, { source, resolved: Object.freeze(resolved) });
    return resolved;
  });
}

/** What one question needs again and again: the rules in force for its date and place,
 * and the sources by id. Computed once per question, not per category or citation. */
interface Lookup {
  bundle: Bundle;
  query: Query;
  inForce: readonly Rule[];
  sources: ReadonlyMap<string, Source>;
}

const cite = (l: Lookup, citations: readonly Citation[]) => resolveCitations(l.bundle, citations, l.sources);

function uniqueCitations(l: Lookup, rules: readonly Rule[]): ResolvedCitation[] {
  const out: Citation[] = [];
  for (const r of rules) {
    for (const c of r.citations) if (!out.some((o) => o.sourceId === c.sourceId && citedWords(o) === citedWords(c))) out.push(c);
  }
  return cite(l, out);
}

function answerCategory(l: Lookup, category: Category): CategoryAnswer {
  const { bundle, query, inForce } = l;
  const cellFor = (status: KnownStatus) => ({ date: query.date, jurisdiction: query.jurisdiction, status, category });
  if (query.status !== 'unsure') {
    const rule = winningRule(bundle, cellFor(query.status), inForce);
    return { category, outcome: rule.outcome, basis: rule.basis, ruleId: rule.id, citations: cite(l, rule.citations) };
  }
  // `unsure`: never guess a status (peers §A9, benefits-bridge #22). Answer for all of them.
  const byStatus = {} as Record<KnownStatus, RuleOutcome>;
  const byStatusRule = {} as Record<KnownStatus, string>;
  const rules: Rule[] = [];
  for (const status of KNOWN_STATUSES) {
    const rule = winningRule(bundle, cellFor(status), inForce);
    byStatus[status] = rule.outcome;
    byStatusRule[status] = rule.id;
    if (!rules.includes(rule)) rules.push(rule);
  }
  if (rules.some((r) => r.outcome !== rules[0]!.outcome)) {
    return { category, outcome: 'depends', basis: null, ruleId: null, citations: uniqueCitations(l, rules), byStatus, byStatusRule };
  }
  const only = rules.length === 1 ? rules[0]! : undefined;
  return {
    category,
    outcome: rules[0]!.outcome,
    basis: rules.every((r) => r.basis === rules[0]!.basis) ? rules[0]!.basis : null,
    ruleId: only ? only.id : null,
    citations: uniqueCitations(l, rules),
    ...(only ? {} : { byStatus, byStatusRule }),
  };
}

function notesFor(l: Lookup): AnswerNote[] {
  const { bundle, query } = l;
  const statuses: readonly KnownStatus[] = query.status === 'unsure' ? KNOWN_STATUSES : [query.status];
  return bundle.notes
    .filter((n: Note) => within(query.date, n.from, n.to) && jurisdictionInScope(bundle, n.scope.jurisdictions, n.scope.except, query.jurisdiction, query.date))
    .map((n) => ({
      note: n,
      categories: CATEGORIES.filter((category) => statuses.some((status) => statusAndCategoryInScope(n.scope, status, category))),
    }))
    .filter(({ categories }) => categories.length > 0)
    .map(({ note, categories }) => ({ id: note.id, kind: note.kind, categories, citations: cite(l, note.citations) }));
}

function disclosuresFor(l: Lookup): PastDisclosure[] {
  const { bundle, query } = l;
  return bundle.disclosures
    .filter((d) => d.from <= query.date && jurisdictionInScope(bundle, d.jurisdictions, undefined, query.jurisdiction, d.from))
    .map((d) => ({
      id: d.id,
      from: d.from,
      ...(d.to ? { to: d.to } : {}),
      datePrecision: d.datePrecision,
      categories: d.categories,
      confidence: d.confidence,
      citations: cite(l, d.citations),
    }));
}

/** The whole answer for one person's question. Throws RulesCoverageError if the data has a
 * gap or an unresolved conflict for this question (validate/totality prevent that). */
export function answer(whole: Bundle, query: Query): Answer {
  const bundle = query.applying === false ? householdView(whole) : whole;
  const l: Lookup = { bundle, query, inForce: rulesInForce(bundle, query.date, query.jurisdiction), sources: sourcesById(bundle) };
  return {
    query,
    rulesVersion: bundle.version,
    dataAsOf: bundle.dataAsOf,
    factsThrough: bundle.factsThrough,
    beyondFacts: query.date > bundle.factsThrough.date,
    answers: CATEGORIES.map((category) => answerCategory(l, category)),
    pastDisclosures: disclosuresFor(l),
    notes: notesFor(l),
  };
}
