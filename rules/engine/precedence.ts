// Catala-style precedence: every rule whose interval and scope cover a cell applies, and
// the winner is the one applicable rule that no other applicable rule overrides. Zero
// winners (a gap in the law as encoded) or two (a conflict nobody resolved) are data
// errors; `validate` and the totality test walk every cell to prove neither happens.
import type { Bundle, Rule } from '../schema/bundle.ts';
import { within, type IsoDate } from '../schema/dates.ts';
import type { Jurisdiction } from '../schema/vocabulary.ts';
import { jurisdictionInScope, statusAndCategoryInScope, type Cell } from './scope.ts';

export type Resolution =
  | { kind: 'ok'; rule: Rule }
  | { kind: 'gap' }
  | { kind: 'conflict'; rules: Rule[] };

/** The rules in force on `date` whose places include `jurisdiction`. Set membership has a
 * history, so this is the costly part of a lookup: callers that ask about many statuses and
 * categories of one date and place compute it once and pass it on. */
export function rulesInForce(bundle: Bundle, date: IsoDate, jurisdiction: Jurisdiction): Rule[] {
  return bundle.rules.filter((r) => within(date, r.from, r.to) && jurisdictionInScope(bundle, r.scope.jurisdictions, r.scope.except, jurisdiction, date));
}

export function resolveCell(bundle: Bundle, cell: Cell, inForce: readonly Rule[] = rulesInForce(bundle, cell.date, cell.jurisdiction)): Resolution {
  const applicable = inForce.filter((r) => statusAndCategoryInScope(r.scope, cell.status, cell.category));
  const winners = applicable.filter((r) => !applicable.some((other) => other.overrides.includes(r.id)));
  if (winners.length === 1) return { kind: 'ok', rule: winners[0]! };
  if (winners.length === 0) return { kind: 'gap' };
  return { kind: 'conflict', rules: winners };
}

export function describeCell(cell: Cell): string {
  return `${cell.date} ${cell.jurisdiction} ${cell.status} ${cell.category}`;
}

export class RulesCoverageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RulesCoverageError';
  }
}

/** The winning rule, or a RulesCoverageError that names the cell and the rules involved. */
export function winningRule(bundle: Bundle, cell: Cell, inForce?: readonly Rule[]): Rule {
  const res = resolveCell(bundle, cell, inForce);
  if (res.kind === 'ok') return res.rule;
  if (res.kind === 'gap') throw new RulesCoverageError(`no rule covers ${describeCell(cell)}`);
  throw new RulesCoverageError(
    `rules ${res.rules.map((r) => r.id).join(', ')} all cover ${describeCell(cell)} and none overrides the others`,
  );
}
