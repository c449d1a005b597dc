// "What you can do": the few steps the research supports, each with its citation, shown
// under the summary. The citations meet the rules data's own test (rules/checks.ts, run on
// these by test/renderer/canDoSteps.test.ts): a quote stands verbatim in its source's
// excerpts, a summary is a sentence of a research-summary section resting on its source.
// Nothing here without one. (Emergency Medicaid is not here: the research note mentions
// it, but the project's evidence has no sentence on it to cite.)
import { type Answer, type ResolvedCitation, resolveCitations, sourcesById, type Bundle, type Citation } from '../../rules/index.ts';

export interface Step {
  /** answer.whatYouCanDo.<key> in the catalogue. */
  key: string;
  citations: readonly Citation[];
  /** Whether the step speaks to this answer; every answer when absent. */
  appliesTo?: (answer: Answer) => boolean;
}

export const STEPS: readonly Step[] = [
  {
    key: 'householdMembers',
    citations: [{
      sourceId: 'tri-agency-guidance-2000',
      pinpoint: 'HHS/USDA letter of Sep 21, 2000',
      summary: 'States should not ask household members who are not applying for benefits for their citizenship, immigration status or Social Security numbers.',
    }],
  },
  {
    key: 'leavingMedicaid',
    citations: [
      {
        sourceId: 'orange-county-ssa',
        pinpoint: 'Statement on leaving Medi-Cal, as quoted by the research note',
        quote: 'will not retroactively remove their personal information from the state-run database',
      },
      {
        sourceId: 'research-note-2026-11-22',
        pinpoint: 'What our sources leave open: the June 2025 data',
        summary: 'No source we reviewed says the court ordered the data destroyed.',
      },
    ],
    // Only where some data of this place was already shared by the answer's date.
    appliesTo: (answer) => answer.pastDisclosures.length > 0,
  },
];

export interface ResolvedStep {
  key: string;
  citations: ResolvedCitation[];
}

/** The steps for this answer, with their sources. A step whose source an imported bundle
 * no longer lists is left out: it is never shown without its citation. */
export function stepsFor(bundle: Bundle, answer: Answer): ResolvedStep[] {
  const sources = sourcesById(bundle);
  return STEPS
    .filter((s) => (s.appliesTo ? s.appliesTo(answer) : true))
    .filter((s) => s.citations.every((c) => sources.has(c.sourceId)))
    .map((s) => ({ key: s.key, citations: resolveCitations(bundle, s.citations, sources) }));
}
