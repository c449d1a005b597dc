// The rules bundle: law as dated data (PolicyEngine/OpenFisca style), validated strictly.
// Every object is .strict(): an unknown key is an error, not something silently ignored,
// because a typo in a legal rule ("form" for "from") must never pass review.
import { z } from 'zod';
import { BASES, CATEGORIES, CONFIDENCES, JURISDICTION_CODES, KNOWN_STATUSES, RULE_OUTCOMES } from './vocabulary.ts';
import { isIsoDate, isPartialIsoDate } from './dates.ts';

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens');
const isoDate = z.string().refine(isIsoDate, 'must be a real calendar date written YYYY-MM-DD');
const partialDate = z.string().refine(isPartialIsoDate, 'must be YYYY, YYYY-MM or YYYY-MM-DD');
const jurisdiction = z.enum(JURISDICTION_CODES as [string, ...string[]]);
const setRef = z.string().regex(/^@[a-z0-9]+(-[a-z0-9]+)*$/, "set references look like '@plaintiff-states'");
const confidence = z.enum(CONFIDENCES);
/** How exactly a date is known. `month`/`approximate`: the date is the first day it can be. */
export const DATE_PRECISIONS = ['day', 'month', 'year', 'approximate'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
const datePrecision = z.enum(DATE_PRECISIONS);

const citedText = (what: string) => z.string().trim().min(1, `a citation needs ${what}`).max(600, 'citations are short: 600 characters at most');

/** A source's exact words: they must stand verbatim in that source's stored excerpts
 * (rules/evidence/excerpts.json), and only these are ever shown as "exact words". */
export const quoteCitationSchema = z.object({
  sourceId: id,
  pinpoint: z.string().min(1, 'a citation needs a pinpoint'),
  quote: citedText('a verbatim quote'),
}).strict();

/** What a source says, in the project's own words: a sentence of the research summary
 * (rules/evidence/research-summary.md) from a section that rests on this source. */
export const summaryCitationSchema = z.object({
  sourceId: id,
  pinpoint: z.string().min(1, 'a citation needs a pinpoint'),
  summary: citedText('a summary in our own words'),
}).strict();

export const citationSchema = z.union([quoteCitationSchema, summaryCitationSchema]);

export const sourceSchema = z.object({
  id,
  title: z.string().min(1),
  issuer: z.string().min(1),
  /** Absent when the sources reviewed do not date it. */
  date: partialDate.optional(),
  /** Absent only for the project's own research note, which has no public address. */
  url: z.url({ protocol: /^https$/ }).optional(),
  confidence,
}).strict();

export const setMemberSchema = z.object({
  jurisdiction,
  from: isoDate,
  to: isoDate.optional(),
  confidence,
  citations: z.array(citationSchema).min(1),
}).strict();

export const namedSetSchema = z.object({
  id,
  members: z.array(setMemberSchema).min(1),
}).strict();

/** Which cells a rule or note covers. `'*'` means every one. */
export const scopeSchema = z.object({
  jurisdictions: z.union([z.literal('*'), z.array(z.union([jurisdiction, setRef])).min(1)]),
  except: z.array(z.union([jurisdiction, setRef])).optional(),
  statuses: z.union([z.literal('*'), z.array(z.enum(KNOWN_STATUSES as [string, ...string[]])).min(1)]),
  categories: z.union([z.literal('*'), z.array(z.enum(CATEGORIES)).min(1)]),
}).strict();

export const ruleSchema = z.object({
  id,
  from: isoDate,
  to: isoDate.optional(),
  scope: scopeSchema,
  outcome: z.enum(RULE_OUTCOMES),
  basis: z.enum(BASES),
  overrides: z.array(id),
  citations: z.array(citationSchema).min(1, 'every rule cites at least one source'),
  lastVerified: isoDate,
}).strict();

/** What a note is about. Only `conflict` bears on the law of its cells: sources disagree on
 * whether the data may be shared there, so none of them may be `protected` (rules/README.md,
 * "the conservative principle"; test/rules/principle.test.ts). */
export const NOTE_KINDS = ['conflict', 'unknown', 'dispute', 'context'] as const;

/** A note changes no outcome; it is shown with the answers it scopes (brief §2: a dispute
 * over compliance, an unknown, a conflict between sources). */
export const noteSchema = z.object({
  id,
  kind: z.enum(NOTE_KINDS),
  from: isoDate,
  to: isoDate.optional(),
  scope: scopeSchema,
  citations: z.array(citationSchema).min(1),
  lastVerified: isoDate,
}).strict();


export const eventSchema = z.object({
  id,
  date: isoDate,
  /** How exactly the date is known. `month`/`approximate`: the date is the first day it can be. */
  datePrecision,
  jurisdictions: z.union([z.literal('*'), z.array(z.union([jurisdiction, setRef])).min(1)]),
  citations: z.array(citationSchema).min(1),
}).strict();

/** Data that already left (or was opened to) DHS: shown as past disclosures for a jurisdiction. */
export const disclosureSchema = z.object({
  id,
  from: isoDate,
  to: isoDate.optional(),
  datePrecision,
  jurisdictions: z.union([z.literal('*'), z.array(z.union([jurisdiction, setRef])).min(1)]),
  /** Empty when the sources do not say which data. */
  categories: z.array(z.enum(CATEGORIES)),
  confidence,
  citations: z.array(citationSchema).min(1),
}).strict();

/** A common question and its answer (the words are the bundle's: question.<id>.q, .a1, …),
 * with the sources the answer rests on. */
export const questionSchema = z.object({
  id,
  citations: z.array(citationSchema).min(1, 'every answer cites at least one source'),
}).strict();

const httpsUrl = z.url({ protocol: /^https$/ });
/** Where to get help: shown where `jurisdictions` holds on the answer's day, with its public
 * address, or each place's own (`urls`: a state's Attorney General), or none. */
export const helpEntrySchema = z.object({
  id,
  jurisdictions: z.union([z.literal('*'), z.array(z.union([jurisdiction, setRef])).min(1)]),
  url: httpsUrl.optional(),
  urls: z.partialRecord(jurisdiction, httpsUrl).optional(),
}).strict();

/** When a step speaks to an answer; every answer when absent. */
export const STEP_CONDITIONS = ['pastDisclosures'] as const;
export type StepCondition = (typeof STEP_CONDITIONS)[number];

/** "What you can do": a step the research supports, with its citations. */
export const stepSchema = z.object({
  id,
  when: z.enum(STEP_CONDITIONS).optional(),
  citations: z.array(citationSchema).min(1, 'every step cites at least one source'),
}).strict();

export const metaSchema = z.object({
  formatVersion: z.literal(1),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'version is MAJOR.MINOR.PATCH'),
  dataAsOf: isoDate,
  /** First day the rules cover (brief §2: from 2025-01-01). */
  coverageFrom: isoDate,
  /** The last day the sources cover, as exactly as it is known: nothing after it is known,
   * and every answer for a later date says so first. */
  factsThrough: z.object({ date: isoDate, precision: datePrecision }).strict(),
}).strict();

/** Household members who are not applying (a family's answer, brief §4): their own rules
 * and notes, in the same form and under the same checks (totality, the conservative
 * principle, citations) as the enrollees' ones. */
export const householdSchema = z.object({
  rules: z.array(ruleSchema),
  notes: z.array(noteSchema),
}).strict();

const words = z.string().trim().min(1);
/** A question (q) and its answer's paragraphs, in order: a1, a2, … */
export const questionWordsSchema = z.record(z.string().regex(/^(q|a[1-9][0-9]*)$/, "a question's words are q, a1, a2, …"), words)
  .refine((w) => 'q' in w && 'a1' in w, 'a question needs its words q and a1');
/** A bundle's words in one language, keyed by the ids of its rules, notes, events,
 * disclosures (the household's ids too), questions, help entries and steps, as
 * locales/<code>/rules.json holds them. */
export const bundleWordsSchema = z.object({
  rule: z.record(z.string(), words).optional(),
  note: z.record(z.string(), words).optional(),
  event: z.record(z.string(), z.object({ title: words, text: words }).strict()).optional(),
  disclosure: z.record(z.string(), words).optional(),
  question: z.record(z.string(), questionWordsSchema).optional(),
  help: z.record(z.string(), words).optional(),
  step: z.record(z.string(), words).optional(),
}).strict();

/** The words a bundle carries, by locale code: a signed update explains a new ruling in its
 * own words, not a generic sentence. English must cover every id (validate.ts). */
export const bundleTextSchema = z.record(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'locale codes look like en, es or zh-Hans'), bundleWordsSchema);

export const bundleSchema = metaSchema.extend({
  sources: z.array(sourceSchema),
  sets: z.array(namedSetSchema),
  rules: z.array(ruleSchema),
  notes: z.array(noteSchema),
  events: z.array(eventSchema),
  disclosures: z.array(disclosureSchema),
  household: householdSchema,
  questions: z.array(questionSchema),
  help: z.array(helpEntrySchema),
  steps: z.array(stepSchema),
  text: bundleTextSchema.optional(),
}).strict();

export type QuoteCitation = z.infer<typeof quoteCitationSchema>;
export type SummaryCitation = z.infer<typeof summaryCitationSchema>;
export type Citation = z.infer<typeof citationSchema>;

export const isQuote = (c: Citation): c is QuoteCitation => 'quote' in c;
/** The cited words, whichever kind they are: a source's own or our summary of them. */
export const citedWords = (c: Citation): string => (isQuote(c) ? c.quote : c.summary);
export type Source = z.infer<typeof sourceSchema>;
export type NamedSet = z.infer<typeof namedSetSchema>;
export type Scope = z.infer<typeof scopeSchema>;
export type Rule = z.infer<typeof ruleSchema>;
export type Note = z.infer<typeof noteSchema>;
export type TimelineEvent = z.infer<typeof eventSchema>;
export type Disclosure = z.infer<typeof disclosureSchema>;
export type Household = z.infer<typeof householdSchema>;
export type Question = z.infer<typeof questionSchema>;
export type HelpEntry = z.infer<typeof helpEntrySchema>;
export type Step = z.infer<typeof stepSchema>;
export type BundleWords = z.infer<typeof bundleWordsSchema>;
export type BundleMeta = z.infer<typeof metaSchema>;
export type Bundle = z.infer<typeof bundleSchema>;

/** The data files of rules/data and the part of the bundle each one holds. */
export const DATA_FILES = {
  'meta.json': metaSchema,
  'sources.json': z.array(sourceSchema),
  'sets.json': z.array(namedSetSchema),
  'rules.json': z.array(ruleSchema),
  'notes.json': z.array(noteSchema),
  'events.json': z.array(eventSchema),
  'disclosures.json': z.array(disclosureSchema),
  'household.json': householdSchema,
  'questions.json': z.array(questionSchema),
  'help.json': z.array(helpEntrySchema),
  'steps.json': z.array(stepSchema),
} as const;
