// The engine: (bundle, date, jurisdiction, status) → the answer of brief §3, as data.
// Pure: no I/O, no clock (the caller passes the date), no text (the caller looks up the
// words for each rule id in its locale, so explanations are translated, not stored here).
import type { Bundle, Citation, Note, Rule } from '../schema/bundle.ts';
import {
  CATEGORIES, KNOWN_STATUSES,
  type Basis, type Category, type Confidence, type Jurisdiction, type KnownStatus, type Outcome, type RuleOutcome, type Status,
} from '../schema/vocabulary.ts';
import { within, type IsoDate } from '../schema/dates.ts';
import { cellInScope, jurisdictionInScope } from './scope.ts';
import { winningRule } from './precedence.ts';

export interface Query {
  date: IsoDate;
  jurisdiction: Jurisdiction;
  status: Status;
}

export interface ResolvedCitation extends Citation {
  url?: string;
  sourceTitle: string;
  issuer: string;
  confidence: Confidence;
}

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
  /** The categories of this answer the note speaks about. */
  categories: Category[];
  citations: ResolvedCitation[];
}

export interface PastDisclosure {
  id: string;
  from: IsoDate;
  to?: IsoDate;
  datePrecision: 'day' | 'month' | 'year' | 'approximate';
  categories: Category[];
  confidence: Confidence;
  citations: ResolvedCitation[];
}

export interface Answer {
  query: Query;
  rulesVersion: string;
  dataAsOf: IsoDate;
  answers: CategoryAnswer[];
  pastDisclosures: PastDisclosure[];
  notes: AnswerNote[];
}

export function resolveCitations(bundle: Bundle, citations: readonly Citation[]): ResolvedCitation[] {
  return citations.map((c) => {
    const source = bundle.sources.find((s) => s.id === c.sourceId);
    if (!source) throw new Error(`citation names unknown source '${c.sourceId}'`);
    return { ...c, ...(source.url ? { url: source.url } : {}), sourceTitle: source.title, issuer: source.issuer, confidence: source.confidence };
  });
}

function uniqueCitations(bundle: Bundle, rules: readonly Rule[]): ResolvedCitation[] {
  const seen = new Set<string>();
  const out: Citation[] = [];
  for (const c of rules.flatMap((r) => r.citations)) {
    const key = `${c.sourceId}\u0000${c.quote}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(c);
    }
  }
  return resolveCitations(bundle, out);
}

function answerCategory(bundle: Bundle, query: Query, category: Category): CategoryAnswer {
  const cellFor = (status: KnownStatus) => ({ date: query.date, jurisdiction: query.jurisdiction, status, category });
  if (query.status !== 'unsure') {
    const rule = winningRule(bundle, cellFor(query.status));
    return { category, outcome: rule.outcome, basis: rule.basis, ruleId: rule.id, citations: resolveCitations(bundle, rule.citations) };
  }
  // `unsure`: never guess a status (peers §A9, benefits-bridge #22). Answer for all of them.
  const perStatus = KNOWN_STATUSES.map((status) => [status, winningRule(bundle, cellFor(status))] as const);
  const byStatus = Object.fromEntries(perStatus.map(([s, r]) => [s, r.outcome])) as Record<KnownStatus, RuleOutcome>;
  const byStatusRule = Object.fromEntries(perStatus.map(([s, r]) => [s, r.id])) as Record<KnownStatus, string>;
  const rules = [...new Map(perStatus.map(([, r]) => [r.id, r])).values()];
  const outcomes = new Set(rules.map((r) => r.outcome));
  if (outcomes.size > 1) {
    return { category, outcome: 'depends', basis: null, ruleId: null, citations: uniqueCitations(bundle, rules), byStatus, byStatusRule };
  }
  const only = rules.length === 1 ? rules[0]! : undefined;
  const bases = new Set(rules.map((r) => r.basis));
  return {
    category,
    outcome: rules[0]!.outcome,
    basis: bases.size === 1 ? rules[0]!.basis : null,
    ruleId: only ? only.id : null,
    citations: uniqueCitations(bundle, rules),
    ...(only ? {} : { byStatus, byStatusRule }),
  };
}

function notesFor(bundle: Bundle, query: Query): AnswerNote[] {
  const statuses: readonly KnownStatus[] = query.status === 'unsure' ? KNOWN_STATUSES : [query.status];
  return bundle.notes
    .filter((n: Note) => within(query.date, n.from, n.to))
    .map((n) => ({
      note: n,
      categories: CATEGORIES.filter((category) =>
        statuses.some((status) => cellInScope(bundle, n.scope, { date: query.date, jurisdiction: query.jurisdiction, status, category }))),
    }))
    .filter(({ categories }) => categories.length > 0)
    .map(({ note, categories }) => ({ id: note.id, categories, citations: resolveCitations(bundle, note.citations) }));
}

function disclosuresFor(bundle: Bundle, query: Query): PastDisclosure[] {
  return bundle.disclosures
    .filter((d) => d.from <= query.date && jurisdictionInScope(bundle, d.jurisdictions, undefined, query.jurisdiction, d.from))
    .map((d) => ({
      id: d.id,
      from: d.from,
      ...(d.to ? { to: d.to } : {}),
      datePrecision: d.datePrecision,
      categories: d.categories,
      confidence: d.confidence,
      citations: resolveCitations(bundle, d.citations),
    }));
}

/** The whole answer for one person's question. Throws RulesCoverageError if the data has a
 * gap or an unresolved conflict for this question (validate/totality prevent that). */
export function answer(bundle: Bundle, query: Query): Answer {
  return {
    query,
    rulesVersion: bundle.version,
    dataAsOf: bundle.dataAsOf,
    answers: CATEGORIES.map((category) => answerCategory(bundle, query, category)),
    pastDisclosures: disclosuresFor(bundle, query),
    notes: notesFor(bundle, query),
  };
}
