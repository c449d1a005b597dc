// "Show source": the citation behind an answer: a source's exact words, or our summary of
// them, which is never shown as their words. The address is plain text on purpose:
// nothing in this app may open a page or navigate anywhere.
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { type ResolvedCitation, isQuote } from '../../rules/index.ts';

export function CitationList({ citations, t }: { citations: readonly ResolvedCitation[]; t: TFunction }) {
  return (
    <ul className="citations">
      {citations.map((c, i) => (
        <li key={`${c.sourceId}-${i}`} className="citation">
          <p className="citation-title"><span className="label">{t('answer.sourceTitle')}:</span> <cite lang="en" dir="ltr">{c.sourceTitle}</cite></p>
          <p><span className="label">{t('answer.issuer')}:</span> <span lang="en" dir="ltr">{c.issuer}</span></p>
          <p><span className="label">{t('answer.pinpoint')}:</span> <span lang="en" dir="ltr">{c.pinpoint}</span></p>
          {isQuote(c) ? (
            <>
              <p className="label">{t('answer.quote')}:</p>
              <blockquote lang="en" dir="ltr">“{c.quote}”</blockquote>
            </>
          ) : (
            <>
              <p className="label">{t('answer.ourSummary')}:</p>
              <p className="citation-summary" lang="en" dir="ltr">{c.summary}</p>
            </>
          )}
          {c.url && (
            <p className="citation-url"><span className="label">{t('answer.url')}:</span> <span className="url-text" lang="en" dir="ltr">{c.url}</span></p>
          )}
          <p><span className="label">{t('answer.confidence')}:</span> {t(`answer.confidenceLevel.${c.confidence}`)}</p>
        </li>
      ))}
    </ul>
  );
}

/** The citations are built when the person opens them: an answer has ~20 of these, 1,400
 * elements in all, and building them up front made every tap and language switch lay out
 * and translate what nobody had opened. The printout writes them all out (PrintAnswer). */
export function ShowSource({ citations, t }: { citations: readonly ResolvedCitation[]; t: TFunction }) {
  const [open, setOpen] = useState(false);
  if (citations.length === 0) return null;
  return (
    <details className="show-source" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('answer.showSource')}</summary>
      {open && <CitationList citations={citations} t={t} />}
    </details>
  );
}
