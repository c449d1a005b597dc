// The answer as plain sentences for read-aloud, in the screen's order and with the same
// caveats as the screen and the printout: where the facts end first, when they were checked
// and how far they reach, then the summary, the outcomes (each reason once, with the
// categories it covers, as on paper), what is not known, data already shared, where to get
// help (the clinic first), and "not legal advice". Web addresses are not read: they are on
// screen and on paper. A bundle's English standing in for the person's language is said to
// be English, as on screen ("(in English)"): the voice is the person's language's.
import type { TFunction } from 'i18next';
import type { Answer } from '../../rules/index.ts';
import type { HelpContact } from '../../electron/ipc-contract.ts';
import { contactDetails, type HelpResource } from './help.ts';
import { formatDay } from './dates.ts';
import { checkedLine, disclosureText, factsNotice, groupByOutcome, groupTitle, inEnglishOnly, noteText, summarySentences } from './text.ts';
import { groupAlike } from './groups.ts';

export interface SpeechContext {
  heading: string;
  stale: boolean;
  contacts: readonly HelpContact[];
  resources: readonly HelpResource[];
}

/** `text`, followed by "(in English)" in t's language when it is the bundle's English. */
const marked = (t: TFunction, text: string, english: boolean) => (english ? `${text} ${t('bundleWords.inEnglish')}` : text);
/** A bundle word by key, marked when it is the bundle's English. */
const bundleWord = (t: TFunction, key: string, text = t(key)) => marked(t, text, inEnglishOnly(t, key));

/** The outcomes, each reason once with the categories it covers. */
function outcomeParts(t: TFunction, answer: Answer): string[] {
  const parts: string[] = [];
  for (const g of groupByOutcome(answer.answers)) {
    parts.push(`${groupTitle(t, g.outcome, answer.beyondFacts)}.`);
    for (const item of groupAlike(t, g.answers)) {
      parts.push(`${item.categories.map((c) => t(`category.${c}`)).join(t('answer.listSeparator'))}: ${marked(t, item.reason, item.reasonInEnglish)}`);
      if (item.perStatus) parts.push(item.perStatus);
    }
  }
  return parts;
}

/** What is not known (`notes`), data already shared, where to get help, not legal advice. */
function closingParts(t: TFunction, answer: Answer, notes: Answer['notes'], { contacts, resources }: SpeechContext): string[] {
  const parts: string[] = [];
  if (notes.length > 0) parts.push(`${t('answer.notesTitle')}.`, ...notes.map((n) => bundleWord(t, `rules:note.${n.id}`, noteText(t, n.id))));
  if (answer.pastDisclosures.length > 0) parts.push(`${t('answer.pastTitle')}.`, ...answer.pastDisclosures.map((d) => bundleWord(t, `rules:disclosure.${d.id}`, disclosureText(t, d.id))));
  parts.push(`${t('help.title')}.`);
  for (const c of contacts) parts.push([c.name, ...contactDetails(t, c)].join('. '));
  parts.push(...resources.map((r) => bundleWord(t, `rules:help.${r.id}`)));
  parts.push(t('answer.notLegalAdvice'));
  return parts;
}

/** The heading, the day, where the facts end and when they were checked. */
function openingParts(t: TFunction, answer: Answer, { heading, stale }: SpeechContext): string[] {
  const parts = [heading, t('answer.onDate', { date: formatDay(t, answer.query.date) })];
  const facts = factsNotice(t, answer, stale);
  if (facts) parts.push(facts.text);
  parts.push(checkedLine(t, answer));
  return parts;
}

export function answerSpeechText(t: TFunction, answer: Answer, context: SpeechContext): string {
  return [
    ...openingParts(t, answer, context),
    ...summarySentences(t, answer),
    ...outcomeParts(t, answer),
    ...closingParts(t, answer, answer.notes, context),
  ].join('\n');
}

/** A family's answer aloud: what is the same for everyone once, each person in turn
 * (named as on screen), then the notes of all of them, each once. */
export function familySpeechText(t: TFunction, people: readonly { label: string; answer: Answer }[], notes: Answer['notes'], context: SpeechContext): string {
  const first = people[0]!.answer;
  return [
    ...openingParts(t, first, context),
    ...people.flatMap(({ label, answer }) => [`${label}.`, ...summarySentences(t, answer, { past: false }), ...outcomeParts(t, answer)]),
    ...closingParts(t, first, notes, context),
  ].join('\n');
}
