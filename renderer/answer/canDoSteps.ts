// "What you can do": the steps the research supports, from the rules bundle
// (rules/data/steps.json), each with its citation, shown under the summary. Their citations
// meet the rules data's own checks (rules/checks.ts): a quote stands verbatim in its
// source's excerpts, a summary is a sentence of a research-summary section resting on its
// source. (Emergency Medicaid is not a step: the common question on it says what the
// evidence has, and California's no-status answer is at its 350-word limit.)
import { type Answer, type ResolvedCitation, resolveCitations, type Bundle, type StepCondition } from '../../rules/index.ts';

/** What each `when` of a step asks of the answer. */
const CONDITIONS: Record<StepCondition, (answer: Answer) => boolean> = {
  // Only where some data of this place was already shared by the answer's date.
  pastDisclosures: (answer) => answer.pastDisclosures.length > 0,
};

export interface ResolvedStep {
  /** rules:step.<id>: the bundle's words. */
  id: string;
  citations: ResolvedCitation[];
}

/** The bundle's steps that speak to this answer, with their sources. */
export function stepsFor(bundle: Bundle, answer: Answer): ResolvedStep[] {
  return bundle.steps
    .filter((s) => (s.when ? CONDITIONS[s.when](answer) : true))
    .map((s) => ({ id: s.id, citations: resolveCitations(bundle, s.citations) }));
}
