// Every answer cites its source (brief §6), and no words are credited to a source that did
// not say them: a quote must stand verbatim in its own source's stored excerpts, and a
// summary must be a sentence of the project's research summary resting on that source.
import { describe, expect, it } from 'vitest';
import { shippedBundle } from '../../rules/data/index.ts';
import { checkCitationsAgainstEvidence, checkRulesText, loadEvidence, parseResearchSummary, type Evidence } from '../../rules/checks.ts';
import { loadEnglishRulesText } from '../../rules/text.ts';
import { answer, citedWords, CATEGORIES, JURISDICTION_CODES, STATUSES, boundaryDates, formatProblem, isQuote } from '../../rules/engine/index.ts';
import { freshBundle } from './helpers.ts';

function shippedEvidence(): Evidence {
  const loaded = loadEvidence();
  if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
  return loaded.evidence;
}

const citationsOfRule = (b: ReturnType<typeof freshBundle>, id: string) => b.rules.find((r) => r.id === id)!.citations;

describe('citations against the project\'s own evidence', () => {
  it('every citation of the shipped rules is a quote of its own source or a summary resting on it', () => {
    expect(checkCitationsAgainstEvidence(shippedBundle, shippedEvidence()).map(formatProblem)).toEqual([]);
  });

  it('refuses a real quote credited to a source that did not say it', () => {
    const b = freshBundle();
    const cited = citationsOfRule(b, 'pi-2025-12-29-basic-fields-not-lawfully-present');
    const courtWords = cited.find((c) => isQuote(c) && c.sourceId === 'order-2025-12-29')!;
    courtWords.sourceId = 'ap-2025-06-14';
    expect(checkCitationsAgainstEvidence(b, shippedEvidence()).map(formatProblem)).toEqual([
      expect.stringMatching(/^rules\.json: 'pi-2025-12-29-basic-fields-not-lawfully-present' citations\[\d\]: quote is not verbatim in the excerpts of its source 'ap-2025-06-14'/),
    ]);
  });

  it('refuses a quote changed by one word', () => {
    const b = freshBundle();
    const c = citationsOfRule(b, 'pi-2025-08-12-plaintiff-states').find(isQuote)!;
    c.quote = c.quote.replace('significantly', 'slightly');
    expect(checkCitationsAgainstEvidence(b, shippedEvidence()).map(formatProblem)).toEqual([
      expect.stringMatching(/^rules\.json: 'pi-2025-08-12-plaintiff-states' citations\[\d\]: quote is not verbatim/),
    ]);
  });

  it('refuses our own summary dressed up as a source\'s exact words', () => {
    const b = freshBundle();
    const cited = citationsOfRule(b, 'pi-2025-12-29-name-not-listed');
    const summary = cited.find((c) => !isQuote(c))!;
    cited[cited.indexOf(summary)] = { sourceId: summary.sourceId, pinpoint: summary.pinpoint, quote: citedWords(summary) };
    expect(checkCitationsAgainstEvidence(b, shippedEvidence()).map(formatProblem)).toEqual([
      expect.stringMatching(/^rules\.json: 'pi-2025-12-29-name-not-listed' citations\[\d\]: quote is not verbatim in the excerpts of its source 'washington-examiner-2025-12'/),
    ]);
  });

  it('refuses a summary that is not in the research summary, or that rests on another source', () => {
    const b = freshBundle();
    const cited = citationsOfRule(b, 'pi-2025-12-29-name-not-listed');
    const [first, second] = cited.filter((c) => !isQuote(c));
    if (!first || isQuote(first) || !second || isQuote(second)) throw new Error('the rule has two summaries');
    first.summary = 'Name may be shared.';
    second.sourceId = 'ap-2025-06-14';
    expect(checkCitationsAgainstEvidence(b, shippedEvidence()).map(formatProblem)).toEqual([
      expect.stringMatching(/citations\[0\]: summary is not in a research-summary section that rests on 'washington-examiner-2025-12'/),
      expect.stringMatching(/citations\[1\]: summary is not in a research-summary section that rests on 'ap-2025-06-14'/),
    ]);
  });

  it('holds the common questions and the steps of "what you can do" to the same evidence', () => {
    const b = freshBundle();
    const leave = b.questions.find((q) => q.id === 'leave')!.citations[0]!;
    if (!isQuote(leave)) throw new Error("'leave' quotes Orange County");
    leave.quote = leave.quote.replace('will not', 'will');
    const step = b.steps.find((s) => s.id === 'household-members')!.citations[0]!;
    step.sourceId = 'ap-2025-06-14';
    expect(checkCitationsAgainstEvidence(b, shippedEvidence()).map(formatProblem)).toEqual([
      expect.stringMatching(/^questions\.json: 'leave' citations\[0\]: quote is not verbatim in the excerpts of its source 'orange-county-ssa'/),
      expect.stringMatching(/^steps\.json: 'household-members' citations\[0\]: summary is not in a research-summary section that rests on 'ap-2025-06-14'/),
    ]);
  });

  it('needs an excerpts entry for every source and names no unknown source in the evidence', () => {
    const evidence = shippedEvidence();
    const excerpts = new Map(evidence.excerpts);
    excerpts.delete('shipman-goodwin-2025');
    excerpts.set('made-up-source', ['words']);
    const summary = [...evidence.summary, { heading: 'Invented', restsOn: ['nobody'], text: 'x' }];
    expect(checkCitationsAgainstEvidence(shippedBundle, { excerpts, summary }).map(formatProblem)).toEqual([
      "excerpts.json: 'shipman-goodwin-2025': no excerpts entry for this source (use [] when nothing of it is quoted)",
      "excerpts.json: 'made-up-source': excerpts of a source that sources.json does not list",
      "research-summary.md: 'Invented': rests on unknown source 'nobody'",
    ]);
  });

  it('reads each research-summary section with the sources it rests on', () => {
    expect(parseResearchSummary('# T\nintro\n## One\nRests on: a, b\n\n- First *point*.\n## Two\n- No sources.\n')).toEqual([
      { heading: 'One', restsOn: ['a', 'b'], text: '- First point.' },
      { heading: 'Two', restsOn: [], text: '- No sources.' },
    ]);
  });
});

describe('citations on every answer', () => {
  it('every answer on every boundary date carries at least one citation with words', () => {
    const uncited: string[] = [];
    for (const date of boundaryDates(shippedBundle)) {
      for (const jurisdiction of JURISDICTION_CODES) {
        for (const status of STATUSES) {
          for (const a of answer(shippedBundle, { date, jurisdiction, status }).answers) {
            if (a.citations.length === 0 || a.citations.some((c) => !citedWords(c).trim())) uncited.push(`${date} ${jurisdiction} ${status} ${a.category}`);
          }
        }
      }
    }
    expect(uncited).toEqual([]);
    expect(CATEGORIES).toHaveLength(12);
  });

  it('every rule, note, event, disclosure, question, help entry and step has its English words', () => {
    expect(checkRulesText(shippedBundle, loadEnglishRulesText()).map(formatProblem)).toEqual([]);
    const text = loadEnglishRulesText();
    delete text.rule['cms-notice-2025-11-25'];
    delete text.question.child!.a1;
    delete text.help.pif;
    delete text.step['leaving-medicaid'];
    expect(checkRulesText(shippedBundle, text).map(formatProblem)).toEqual([
      "locales/en/rules.json: rule.cms-notice-2025-11-25: no English text for rule 'cms-notice-2025-11-25'",
      "locales/en/rules.json: question.child: no English text for question 'child'",
      "locales/en/rules.json: help.pif: no English text for help 'pif'",
      "locales/en/rules.json: step.leaving-medicaid: no English text for step 'leaving-medicaid'"]);
  });
});
