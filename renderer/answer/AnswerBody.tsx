// The answer itself, in one language, answer first: the summary, what a person can do,
// then (for a person not sure of their status) the answer status by status, then one card
// per outcome and reason, "may be shared" first, then what is not known and data already
// shared. It takes a fixed `t` so the side-by-side view can render it in two languages.
import type { TFunction } from 'i18next';
import type { HelpContact } from '../../electron/ipc-contract.ts';
import { type Answer, CATEGORIES, type Category } from '../../rules/index.ts';
import { OutcomeIcon } from '../components/OutcomeBadge.tsx';
import { ShowSource } from '../components/Citations.tsx';
import { InEnglish } from '../components/EnglishBeside.tsx';
import { disclosureText, groupByOutcome, groupTitle, inEnglishOnly, noteText, summarySentences } from './text.ts';
import { formatDated } from './dates.ts';
import { groupAlike, type AlikeGroup } from './groups.ts';
import { CategoryList } from './CategoryList.tsx';
import { StatusGroups } from './StatusGroups.tsx';
import { WhatYouCanDo } from './WhatYouCanDo.tsx';
import type { ResolvedStep } from './canDoSteps.ts';

interface Props {
  answer: Answer;
  t: TFunction;
  /** Distinguishes ids when two languages are on screen. */
  idPrefix: string;
  /** What you can do: the supported steps and the clinic's contacts. */
  steps: readonly ResolvedStep[];
  contacts: readonly HelpContact[];
}

const categoryList = (t: TFunction, categories: readonly Category[]) =>
  categories.map((c) => t(`category.${c}`)).join(t('answer.listSeparator'));

/** One card for every category whose answer reads the same, with one "Show source". */
function AlikeCard({ group, t }: { group: AlikeGroup; t: TFunction }) {
  return (
    <li className={`card card-${group.outcome}`} data-outcome={group.outcome}>
      <CategoryList categories={group.categories} t={t} />
      <p className="reason"><InEnglish t={t} shown={group.reasonInEnglish}>{group.reason}</InEnglish></p>
      {group.perStatus && <p className="per-status">{group.perStatus}</p>}
      <ShowSource citations={group.citations} t={t} />
    </li>
  );
}

/** The categories grouped by outcome, "may be shared" first, one card per reason. */
export function OutcomeGroups({ answer, t, idPrefix }: { answer: Answer; t: TFunction; idPrefix: string }) {
  return groupByOutcome(answer.answers).map((g) => (
    <section key={g.outcome} className={`group group-${g.outcome}`} aria-labelledby={`${idPrefix}-group-${g.outcome}`}>
      <h2 id={`${idPrefix}-group-${g.outcome}`}>
        {/* The heading says the outcome in words; its shape is enough beside it. */}
        <span className={`group-icon outcome-${g.outcome}`}><OutcomeIcon outcome={g.outcome} /></span>
        <span>{groupTitle(t, g.outcome, answer.beyondFacts)}</span>
      </h2>
      <ul className="cards">
        {groupAlike(t, g.answers).map((group) => <AlikeCard key={group.categories.join(' ')} group={group} t={t} />)}
      </ul>
    </section>
  ));
}

/** What is not known: `notes` (a family's answer passes every member's, each once). */
export function NotesSection({ notes, t, idPrefix }: { notes: Answer['notes']; t: TFunction; idPrefix: string }) {
  if (notes.length === 0) return null;
  return (
    <section className="notes" aria-labelledby={`${idPrefix}-notes`}>
      <h2 id={`${idPrefix}-notes`}>{t('answer.notesTitle')}</h2>
      <p>{t('answer.notesIntro')}</p>
      <ul>
        {notes.map((n) => (
          <li key={n.id} className="note" data-note={n.id}>
            <p><InEnglish t={t} shown={inEnglishOnly(t, `rules:note.${n.id}`)}>{noteText(t, n.id)}</InEnglish></p>
            <p className="note-about">
              {n.categories.length === CATEGORIES.length ? t('answer.noteAboutAll') : t('answer.noteAbout', { categories: categoryList(t, n.categories) })}
            </p>
            <ShowSource citations={n.citations} t={t} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Data this place already shared: the same for everyone asking about it on this date. */
export function PastSection({ answer, t, idPrefix }: { answer: Answer; t: TFunction; idPrefix: string }) {
  const jurisdictionName = t(`jurisdiction.names.${answer.query.jurisdiction}`);
  return (
    <section className="past" aria-labelledby={`${idPrefix}-past`}>
      <h2 id={`${idPrefix}-past`}>{t('answer.pastTitle')}</h2>
      {answer.pastDisclosures.length === 0 ? (
        <p>{t('answer.pastNone', { jurisdiction: jurisdictionName })}</p>
      ) : (
        <>
          <p>{t('answer.pastIntro', { jurisdiction: jurisdictionName })}</p>
          <ul>
            {answer.pastDisclosures.map((d) => (
              <li key={d.id} className="disclosure" data-disclosure={d.id}>
                <p><InEnglish t={t} shown={inEnglishOnly(t, `rules:disclosure.${d.id}`)}>{disclosureText(t, d.id)}</InEnglish></p>
                <p>
                  {d.to
                    ? t('answer.pastWhenRange', { from: formatDated(t, d.from, d.datePrecision), to: formatDated(t, d.to, d.datePrecision) })
                    : t('answer.pastWhen', { date: formatDated(t, d.from, d.datePrecision) })}
                </p>
                <p>{d.categories.length ? t('answer.pastWhat', { categories: categoryList(t, d.categories) }) : t('answer.pastWhatUnknown')}</p>
                <ShowSource citations={d.citations} t={t} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function Summary({ answer, t, past }: { answer: Answer; t: TFunction; past?: boolean }) {
  return <p className="summary" data-testid="summary">{summarySentences(t, answer, { past }).join(' ')}</p>;
}

export function AnswerBody({ answer, t, idPrefix, steps, contacts }: Props) {
  return (
    <div className="answer-body">
      <Summary answer={answer} t={t} />
      <WhatYouCanDo steps={steps} contacts={contacts} t={t} idPrefix={idPrefix} />
      <StatusGroups answer={answer} t={t} idPrefix={idPrefix} />
      <OutcomeGroups answer={answer} t={t} idPrefix={idPrefix} />
      <NotesSection notes={answer.notes} t={t} idPrefix={idPrefix} />
      <PastSection answer={answer} t={t} idPrefix={idPrefix} />
    </div>
  );
}
