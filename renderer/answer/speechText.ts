// The answer as plain sentences for read-aloud, in the screen's order and with the same
// caveats as the screen and the printout: where the facts end first, when they were checked
// and how far they reach, then the summary, the outcomes (each reason once, with the
// categories it covers, as on paper), what is not known, data already shared, where to get
// help (the clinic first), and "not legal advice". Web addresses are not read: they are on
// screen and on paper.
import type { TFunction } from 'i18next';
import type { Answer } from '../../rules/engine/answer.ts';
import type { HelpContact } from '../../electron/ipc-contract.ts';
import { contactDetails, type HelpResource } from './help.ts';
import { formatDay } from './dates.ts';
import { checkedLine, disclosureText, factsNotice, groupByOutcome, groupTitle, noteText, summarySentences } from './text.ts';
import { groupAlike } from './groups.ts';

export interface SpeechContext {
  heading: string;
  stale: boolean;
  contacts: readonly HelpContact[];
  resources: readonly HelpResource[];
}

export function answerSpeechText(t: TFunction, answer: Answer, { heading, stale, contacts, resources }: SpeechContext): string {
  const parts = [heading, t('answer.onDate', { date: formatDay(t, answer.query.date) })];
  const facts = factsNotice(t, answer, stale);
  if (facts) parts.push(facts.text);
  parts.push(checkedLine(t, answer));
  parts.push(...summarySentences(t, answer));
  for (const g of groupByOutcome(answer.answers)) {
    parts.push(`${groupTitle(t, g.outcome, answer.beyondFacts)}.`);
    for (const item of groupAlike(t, g.answers)) {
      parts.push(`${item.categories.map((c) => t(`category.${c}`)).join(t('answer.listSeparator'))}: ${item.reason}`);
      if (item.perStatus) parts.push(item.perStatus);
    }
  }
  if (answer.notes.length > 0) parts.push(`${t('answer.notesTitle')}.`, ...answer.notes.map((n) => noteText(t, n.id)));
  if (answer.pastDisclosures.length > 0) parts.push(`${t('answer.pastTitle')}.`, ...answer.pastDisclosures.map((d) => disclosureText(t, d.id)));
  parts.push(`${t('help.title')}.`);
  for (const c of contacts) parts.push([c.name, ...contactDetails(t, c)].join('. '));
  parts.push(...resources.map((r) => t(`help.${r.key}`)));
  parts.push(t('answer.notLegalAdvice'));
  return parts.join('\n');
}
