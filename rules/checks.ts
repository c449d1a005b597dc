// Citation and text checks that need files beside the bundle (Node I/O, so not in the
// engine). The project carries its own evidence (rules/evidence/):
// - a quote must stand verbatim in ITS OWN source's excerpts (excerpts.json), so words
//   can never be credited to a court or outlet that did not say them;
// - a summary must be a sentence of the project's research summary (research-summary.md),
//   from a section that says it rests on the cited source.
// And every id must have its English explanation.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { RULES_DIR } from './load.ts';
import { citingRecords, isQuote, wordIds, type Bundle, type Problem } from './engine/index.ts';
import type { RulesText } from './text.ts';

export const EVIDENCE_DIR = path.join(RULES_DIR, 'evidence');
const EXCERPTS_FILE = 'excerpts.json';
const SUMMARY_FILE = 'research-summary.md';

/** Markdown emphasis and line breaks are not part of a quote. */
export function normaliseForQuote(text: string): string {
  return text.replace(/\*+/g, '').replace(/\s+/g, ' ').trim();
}

export interface SummarySection {
  heading: string;
  restsOn: readonly string[];
  /** The section's text, normalised for matching. */
  text: string;
}

export interface Evidence {
  excerpts: ReadonlyMap<string, readonly string[]>;
  summary: readonly SummarySection[];
}

const excerptsSchema = z.object({
  $comment: z.string().optional(),
  excerpts: z.record(z.string(), z.array(z.string().trim().min(1))),
}).strict();

/** The research summary's "## heading" sections, each with its "Rests on: a, b" line. */
export function parseResearchSummary(markdown: string): SummarySection[] {
  return markdown.split(/^## /m).slice(1).map((chunk) => {
    const [heading = '', ...body] = chunk.split('\n');
    const restsOnLine = body.find((l) => l.startsWith('Rests on:')) ?? '';
    const restsOn = restsOnLine.slice('Rests on:'.length).split(',').map((s) => s.trim()).filter(Boolean);
    return { heading: heading.trim(), restsOn, text: normaliseForQuote(body.filter((l) => l !== restsOnLine).join('\n')) };
  });
}

export function loadEvidence(dir = EVIDENCE_DIR): { ok: true; evidence: Evidence } | { ok: false; problems: Problem[] } {
  const problems: Problem[] = [];
  let excerpts = new Map<string, string[]>();
  try {
    const parsed = excerptsSchema.safeParse(JSON.parse(readFileSync(path.join(dir, EXCERPTS_FILE), 'utf8')));
    if (parsed.success) excerpts = new Map(Object.entries(parsed.data.excerpts));
    else problems.push({ file: EXCERPTS_FILE, where: '(file)', message: parsed.error.issues.map((i) => i.message).join('; ') });
  } catch (e) {
    problems.push({ file: EXCERPTS_FILE, where: '(file)', message: `cannot read the source excerpts: ${(e as Error).message}` });
  }
  let summary: SummarySection[] = [];
  try {
    summary = parseResearchSummary(readFileSync(path.join(dir, SUMMARY_FILE), 'utf8'));
  } catch (e) {
    problems.push({ file: SUMMARY_FILE, where: '(file)', message: `cannot read the research summary: ${(e as Error).message}` });
  }
  return problems.length ? { ok: false, problems } : { ok: true, evidence: { excerpts, summary } };
}

/** Every source has its excerpts entry, the evidence names no unknown source, and each
 * citation's words stand in its own source's excerpts or in a summary section resting on it. */
export function checkCitationsAgainstEvidence(bundle: Bundle, evidence: Evidence): Problem[] {
  const problems: Problem[] = [];
  const sourceIds = new Set(bundle.sources.map((s) => s.id));
  for (const id of sourceIds) {
    if (!evidence.excerpts.has(id)) problems.push({ file: EXCERPTS_FILE, where: `'${id}'`, message: 'no excerpts entry for this source (use [] when nothing of it is quoted)' });
  }
  for (const id of evidence.excerpts.keys()) {
    if (!sourceIds.has(id)) problems.push({ file: EXCERPTS_FILE, where: `'${id}'`, message: 'excerpts of a source that sources.json does not list' });
  }
  for (const section of evidence.summary) {
    if (section.restsOn.length === 0) problems.push({ file: SUMMARY_FILE, where: `'${section.heading}'`, message: 'a section needs a "Rests on:" line naming its sources' });
    for (const id of section.restsOn) {
      if (!sourceIds.has(id)) problems.push({ file: SUMMARY_FILE, where: `'${section.heading}'`, message: `rests on unknown source '${id}'` });
    }
  }
  const normalisedExcerpts = new Map([...evidence.excerpts].map(([id, texts]) => [id, texts.map(normaliseForQuote)]));
  for (const { file, id, citations } of citingRecords(bundle)) {
    citations.forEach((c, i) => {
      const where = `'${id}' citations[${i}]`;
      if (isQuote(c)) {
        const words = normaliseForQuote(c.quote);
        if (!(normalisedExcerpts.get(c.sourceId) ?? []).some((excerpt) => excerpt.includes(words))) {
          problems.push({ file, where, message: `quote is not verbatim in the excerpts of its source '${c.sourceId}': "${c.quote.slice(0, 80)}"` });
        }
      } else {
        const words = normaliseForQuote(c.summary);
        if (!evidence.summary.some((s) => s.restsOn.includes(c.sourceId) && s.text.includes(words))) {
          problems.push({ file, where, message: `summary is not in a research-summary section that rests on '${c.sourceId}': "${c.summary.slice(0, 80)}"` });
        }
      }
    });
  }
  return problems;
}

export function checkRulesText(bundle: Bundle, text: RulesText): Problem[] {
  const file = 'locales/en/rules.json';
  const problems: Problem[] = [];
  for (const [kind, ids] of Object.entries(wordIds(bundle)) as [keyof RulesText, string[]][]) {
    for (const id of ids) if (!hasWords(kind, text[kind]?.[id])) problems.push({ file, where: `${kind}.${id}`, message: `no English text for ${kind} '${id}'` });
  }
  return problems;
}

/** The parts each kind's words must have: an event its title and text, a question its
 * question and first paragraph; the other kinds are one sentence. */
const REQUIRED_PARTS: Partial<Record<keyof RulesText, string[]>> = { event: ['title', 'text'], question: ['q', 'a1'] };

function hasWords(kind: keyof RulesText, words: unknown): boolean {
  const parts = REQUIRED_PARTS[kind];
  return parts ? parts.every((p) => !!(words as Record<string, unknown> | undefined)?.[p]) : !!words;
}
