// The rules module's public surface, shared by the renderer, the Electron main process
// and the CLI.
export { answer, resolveCitations, type Answer, type CategoryAnswer, type AnswerNote, type PastDisclosure, type Query, type ResolvedCitation } from './answer.ts';
export { winningRule, resolveCell, RulesCoverageError } from './precedence.ts';
export { validateBundle, checkReferences, checkConservativePrinciple, citingRecords, checkTotality, checkHouseholdReferences, checkHouseholdTotality, checkBundleText, wordIds, boundaryDates, formatProblem, zodProblems, type Problem, type Validation } from './validate.ts';
export { householdView } from './household.ts';
export { decisionTable, tableAsText, reviewTable, diffTables, type TableCell, type CellChange } from './table.ts';
export { canonicalJson, jsonDepth, CanonicalJsonError, MAX_JSON_DEPTH } from './canonical.ts';
export { compareVersions } from './version.ts';
export * from '../schema/vocabulary.ts';
export * from '../schema/bundle.ts';
export { isIsoDate, addDays, daysBetween, type IsoDate } from '../schema/dates.ts';
