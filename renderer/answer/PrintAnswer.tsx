// What goes on paper (and into a saved PDF), the copy a family reads at home: where the
// facts end first, the answer in the chosen language, then what is not known, data already
// shared, where to get help (the clinic first) and "not legal advice", with every citation
// written out and, when no human has reviewed the translation, the English text beside it.
// Hidden on screen; print.css shows only this.
// To fit one or two pages, categories with the same outcome and reason share one line, as
// on screen (groups.ts), and each distinct citation is printed once, numbered, with a QR
// code for its address.
import { Fragment } from 'react';
import type { TFunction } from 'i18next';
import { type Answer, type ResolvedCitation, isQuote } from '../../rules/index.ts';
import { OutcomeBadge } from '../components/OutcomeBadge.tsx';
import type { HelpContact } from '../../electron/ipc-contract.ts';
import { checkedLine, disclosureText, factsNotice, groupByOutcome, groupTitle, inEnglishOnly, noteText, summarySentences } from './text.ts';
import { InEnglish } from '../components/EnglishBeside.tsx';
import { citationKey, groupAlike } from './groups.ts';
import { formatDated, formatDay } from './dates.ts';
import type { HelpResource } from './help.ts';
import { ClinicContacts, ResourceList } from './HelpSection.tsx';
import { CategoryIcon } from './CategoryIcon.tsx';
import { qrDataUrl } from './qrCode.ts';

function numberCitations(answer: Answer) {
  const index = new Map<string, number>();
  const list: ResolvedCitation[] = [];
  for (const c of answer.answers.flatMap((a) => a.citations)) {
    if (!index.has(citationKey(c))) {
      index.set(citationKey(c), list.length + 1);
      list.push(c);
    }
  }
  const numbersOf = (cs: readonly ResolvedCitation[]) => [...new Set(cs.map((c) => index.get(citationKey(c))!))];
  return { list, numbersOf };
}

/** The sources, once for the whole printout: each source's title, issuer and address
 * once, then its numbered quotes and our summaries (never in quotation marks). The English parts sit on their own left-to-right lines
 * so they stay readable on a right-to-left page. */
function PrintSources({ answer, t, lng, dir }: { answer: Answer; t: TFunction; lng: string; dir: 'ltr' | 'rtl' }) {
  const { list } = numberCitations(answer);
  const bySource = new Map<string, { c: ResolvedCitation; n: number }[]>();
  list.forEach((c, i) => bySource.set(c.sourceId, [...(bySource.get(c.sourceId) ?? []), { c, n: i + 1 }]));
  return (
    <section className="print-sources-section" lang={lng} dir={dir}>
      <h3>{t('answer.sourceTitle')}</h3>
      <div className="print-sources">
        {[...bySource.values()].map((quotes) => {
          const s = quotes[0]!.c;
          return (
            <div key={s.sourceId} className="print-source">
              {/* The address is printed beside it: the picture adds nothing to read. */}
              {s.url && <img className="print-qr" src={qrDataUrl(s.url)} alt="" data-qr-text={s.url} />}
              <div>
                <p lang="en" dir="ltr"><cite>{s.sourceTitle}</cite> — {s.issuer}.</p>
                {s.url && <p className="url-text" lang="en" dir="ltr">{s.url}</p>}
                <p>{t('answer.confidence')}: {t(`answer.confidenceLevel.${s.confidence}`)}</p>
              </div>
              <ol>
                {quotes.map(({ c, n }) => (
                  <li key={n} value={n} lang="en" dir="ltr">
                    {c.pinpoint}: {isQuote(c) ? <q>{c.quote}</q> : <><span lang={lng} dir={dir}>{t('answer.ourSummary')}</span>: {c.summary}</>}
                  </li>
                ))}
              </ol>
            </div>
          );
        })}
      </div>
    </section>
  );
}

interface ColumnProps { answer: Answer; t: TFunction; lng: string; dir: 'ltr' | 'rtl'; notices: PrintNotices; help: PrintHelp; person?: string }

/** What the screen warns about must be on paper too. */
export interface PrintNotices {
  /** The sources are older than allowed. */
  stale: boolean;
  /** The answer is for a past date, not today. */
  pastDate: boolean;
}

/** Where to get help, as on screen: the clinic's contacts first. */
export interface PrintHelp {
  contacts: readonly HelpContact[];
  resources: readonly HelpResource[];
}

function PrintColumn({ answer, t, lng, dir, notices, help, person }: ColumnProps) {
  const { numbersOf } = numberCitations(answer);
  const facts = factsNotice(t, answer, notices.stale);
  return (
    <div className="print-column" lang={lng} dir={dir}>
      <h2>{t('app.name')}</h2>
      {person && <h2 className="print-person" data-testid="print-person">{person}</h2>}
      <p>
        {t('answer.for', { jurisdiction: t(`jurisdiction.names.${answer.query.jurisdiction}`), status: t(`status.${answer.query.status}.label`) })}{' '}
        {t('answer.onDate', { date: formatDay(t, answer.query.date) })}
      </p>
      {facts && <p className="print-notice" data-testid="print-facts">{facts.text}</p>}
      {notices.pastDate && <p className="print-notice">{t('answer.pastDateNotice')}</p>}
      <p className="print-summary">{summarySentences(t, answer).join(' ')}</p>
      {groupByOutcome(answer.answers).map((g) => (
        <section key={g.outcome}>
          <h3><OutcomeBadge outcome={g.outcome} t={t} /> {groupTitle(t, g.outcome, answer.beyondFacts)}</h3>
          <ul>
            {groupAlike(t, g.answers).map((item) => (
              <li key={item.categories.join()} className="print-item">
                <strong>
                  {item.categories.map((c, i) => (
                    <Fragment key={c}>{i > 0 && t('answer.listSeparator')}<span className="print-category"><CategoryIcon category={c} />{t(`category.${c}`)}</span></Fragment>
                  ))}
                </strong>
                <p><InEnglish t={t} shown={item.reasonInEnglish}>{item.reason}</InEnglish> <span className="print-refs">[{numbersOf(item.citations).join(', ')}]</span></p>
                {item.perStatus && <p className="print-per-status">{item.perStatus}</p>}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <section className="print-caveats">
        {answer.notes.length > 0 && (
          <>
            <h3>{t('answer.notesTitle')}</h3>
            <ul data-testid="print-notes">{answer.notes.map((n) => <li key={n.id}><InEnglish t={t} shown={inEnglishOnly(t, `rules:note.${n.id}`)}>{noteText(t, n.id)}</InEnglish></li>)}</ul>
          </>
        )}
        <h3>{t('answer.pastTitle')}</h3>
        {answer.pastDisclosures.length === 0
          ? <p>{t('answer.pastNone', { jurisdiction: t(`jurisdiction.names.${answer.query.jurisdiction}`) })}</p>
          : (
            <ul data-testid="print-past">
              {answer.pastDisclosures.map((d) => <li key={d.id}>{formatDated(t, d.from, d.datePrecision)}: <InEnglish t={t} shown={inEnglishOnly(t, `rules:disclosure.${d.id}`)}>{disclosureText(t, d.id)}</InEnglish></li>)}
            </ul>
          )}
        <h3>{t('help.title')}</h3>
        <div data-testid="print-help">
          <ClinicContacts contacts={help.contacts} t={t} />
          <ResourceList resources={help.resources} t={t} />
        </div>
      </section>
      <p className="verified">{checkedLine(t, answer)}</p>
      <p><strong>{t('answer.notLegalAdvice')}</strong></p>
    </div>
  );
}

interface Props {
  answer: Answer;
  primary: { t: TFunction; lng: string; dir: 'ltr' | 'rtl'; machine: boolean };
  english: TFunction;
  notices: PrintNotices;
  help: PrintHelp;
  /** In a family's printout, who this answer is for (and in English, for its column). */
  person?: string;
  englishPerson?: string;
}

export function PrintAnswer({ answer, primary, english, notices, help, person, englishPerson }: Props) {
  return (
    <div className="print-view" data-testid="print-view">
      {primary.machine && <p className="print-machine" lang={primary.lng} dir={primary.dir}>{primary.t('machine.notice')}</p>}
      <div className={primary.machine ? 'print-columns' : undefined}>
        <PrintColumn answer={answer} t={primary.t} lng={primary.lng} dir={primary.dir} notices={notices} help={help} person={person} />
        {primary.machine && <PrintColumn answer={answer} t={english} lng="en" dir="ltr" notices={notices} help={help} person={englishPerson} />}
      </div>
      {/* The quotes are English already; both columns point to the same numbers. */}
      <PrintSources answer={answer} t={primary.t} lng={primary.lng} dir={primary.dir} />
    </div>
  );
}
