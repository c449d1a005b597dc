// Citation and text checks that need files outside the bundle (Node I/O, so not in the
// engine): every quote must stand verbatim in the legal timeline — the project's only
// source of legal facts — and every id must have its English explanation.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { RULES_DIR } from './load.ts';
import type { Bundle, Citation, Problem } from './engine/index.ts';
import type { RulesText } from './text.ts';

export const DEFAULT_TIMELINE = path.resolve(RULES_DIR, '..', '..', 'shared', 'legal', 'timeline.md');

/** Markdown emphasis and line breaks are not part of a quote. */
export function normaliseForQuote(text: string): string {
  return text.replace(/\*+/g, '').replace(/\s+/g, ' ').trim();
}

function citationsOf(bundle: Bundle): { file: string; id: string; citations: Citation[] }[] {
  return [
    ...bundle.rules.map((r) => ({ file: 'rules.json', id: r.id, citations: r.citations })),
    ...bundle.notes.map((n) => ({ file: 'notes.json', id: n.id, citations: n.citations })),
    ...bundle.events.map((e) => ({ file: 'events.json', id: e.id, citations: e.citations })),
    ...bundle.disclosures.map((d) => ({ file: 'disclosures.json', id: d.id, citations: d.citations })),
    ...bundle.sets.flatMap((s) => s.members.map((m) => ({ file: 'sets.json', id: `${s.id}/${m.jurisdiction}`, citations: m.citations }))),
  ];
}

export function checkQuotesAgainstTimeline(bundle: Bundle, timelineFile = DEFAULT_TIMELINE): Problem[] {
  let timeline: string;
  try {
    timeline = normaliseForQuote(readFileSync(timelineFile, 'utf8'));
  } catch {
    return [{ file: timelineFile, where: '(file)', message: 'cannot read the legal timeline; quotes cannot be checked (pass --timeline FILE)' }];
  }
  const problems: Problem[] = [];
  for (const { file, id, citations } of citationsOf(bundle)) {
    citations.forEach((c, i) => {
      if (!timeline.includes(normaliseForQuote(c.quote))) {
        problems.push({ file, where: `'${id}' citations[${i}]`, message: `quote is not verbatim in the legal timeline: "${c.quote.slice(0, 80)}"` });
      }
    });
  }
  return problems;
}

export function checkRulesText(bundle: Bundle, text: RulesText): Problem[] {
  const file = 'locales/en/rules.json';
  const missing = (kind: string, id: string) => ({ file, where: `${kind}.${id}`, message: `no English text for ${kind} '${id}'` });
  const problems: Problem[] = [];
  for (const r of bundle.rules) if (!text.rule?.[r.id]) problems.push(missing('rule', r.id));
  for (const n of bundle.notes) if (!text.note?.[n.id]) problems.push(missing('note', n.id));
  for (const e of bundle.events) if (!text.event?.[e.id]?.title || !text.event[e.id]?.text) problems.push(missing('event', e.id));
  for (const d of bundle.disclosures) if (!text.disclosure?.[d.id]) problems.push(missing('disclosure', d.id));
  return problems;
}
