import type { Bundle, Scope } from '../schema/bundle.ts';
import type { Category, Jurisdiction, KnownStatus } from '../schema/vocabulary.ts';
import { within, type IsoDate } from '../schema/dates.ts';

/** Is `jurisdiction` a member of the named set on `date`? Sets have their own history:
 * the plaintiff states grew from 20 (July 2025) as states joined the case. */
export function inSet(bundle: Bundle, setRef: string, jurisdiction: Jurisdiction, date: IsoDate): boolean {
  const set = bundle.sets.find((s) => `@${s.id}` === setRef);
  if (!set) throw new Error(`unknown set ${setRef}`);
  return set.members.some((m) => m.jurisdiction === jurisdiction && within(date, m.from, m.to));
}

function matchesJurisdictionList(bundle: Bundle, list: readonly string[], jurisdiction: Jurisdiction, date: IsoDate): boolean {
  return list.some((entry) => (entry.startsWith('@') ? inSet(bundle, entry, jurisdiction, date) : entry === jurisdiction));
}

export function jurisdictionInScope(
  bundle: Bundle,
  jurisdictions: Scope['jurisdictions'],
  except: Scope['except'],
  jurisdiction: Jurisdiction,
  date: IsoDate,
): boolean {
  const included = jurisdictions === '*' || matchesJurisdictionList(bundle, jurisdictions, jurisdiction, date);
  return included && !(except && matchesJurisdictionList(bundle, except, jurisdiction, date));
}

export interface Cell {
  date: IsoDate;
  jurisdiction: Jurisdiction;
  status: KnownStatus;
  category: Category;
}

/** The cheap half of a scope check: status and category (no set history involved). */
export function statusAndCategoryInScope(scope: Scope, status: KnownStatus, category: Category): boolean {
  return (scope.statuses === '*' || (scope.statuses as string[]).includes(status)) && (scope.categories === '*' || scope.categories.includes(category));
}

export function cellInScope(bundle: Bundle, scope: Scope, cell: Cell): boolean {
  return statusAndCategoryInScope(scope, cell.status, cell.category) && jurisdictionInScope(bundle, scope.jurisdictions, scope.except, cell.jurisdiction, cell.date);
}
