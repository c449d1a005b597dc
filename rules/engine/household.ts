// A family's answer (brief §4) asks about people who are not applying for Medicaid. Their
// own rules and notes (rules/data/household.json) stand in for the enrollees' ones, and
// the same engine and the same checks (totality, the conservative principle, citations)
// run on the bundle seen this way.
import type { Bundle } from '../schema/bundle.ts';

const views = new WeakMap<Bundle, Bundle>();

/** The bundle as a non-applicant's questions see it: the household's rules and notes in
 * place of the enrollees'. Remembered per bundle, like the engine's other indexes. */
export function householdView(bundle: Bundle): Bundle {
  let view = views.get(bundle);
  if (!view) views.set(bundle, (view = { ...bundle, rules: bundle.household.rules, notes: bundle.household.notes }));
  return view;
}
