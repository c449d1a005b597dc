// The whole decision table, for review, snapshots and `rules diff`.
import type { Bundle } from '../schema/bundle.ts';
import { CATEGORIES, JURISDICTION_CODES, KNOWN_STATUSES, type Category, type Jurisdiction, type KnownStatus, type RuleOutcome } from '../schema/vocabulary.ts';
import type { IsoDate } from '../schema/dates.ts';
import { rulesInForce, winningRule } from './precedence.ts';
import { boundaryDates } from './validate.ts';

export interface TableCell {
  date: IsoDate;
  jurisdiction: Jurisdiction;
  status: KnownStatus;
  category: Category;
  outcome: RuleOutcome;
  ruleId: string;
}

export function decisionTable(bundle: Bundle, dates: readonly IsoDate[] = boundaryDates(bundle)): TableCell[] {
  const cells: TableCell[] = [];
  for (const date of dates) {
    for (const jurisdiction of JURISDICTION_CODES) {
      const inForce = rulesInForce(bundle, date, jurisdiction);
      for (const status of KNOWN_STATUSES) {
        for (const category of CATEGORIES) {
          const rule = winningRule(bundle, { date, jurisdiction, status, category }, inForce);
          cells.push({ date, jurisdiction, status, category, outcome: rule.outcome, ruleId: rule.id });
        }
      }
    }
  }
  return cells;
}

const OUTCOME_CODE: Record<RuleOutcome, string> = { may_be_shared: 'S', protected: 'P', unclear: '?' };

/** A compact text form: one line per date × status × group of jurisdictions that answer
 * alike; each category as `category=S|P|?(rule)`. Small enough to review in a diff. */
export function tableAsText(bundle: Bundle, dates: readonly IsoDate[] = boundaryDates(bundle)): string {
  const cells = decisionTable(bundle, dates);
  const lines: string[] = [`# decision table, rules ${bundle.version}, data as of ${bundle.dataAsOf}`, '# S = may_be_shared, P = protected, ? = unclear'];
  const perRow = new Map<string, TableCell[]>();
  for (const c of cells) {
    const key = `${c.date}|${c.status}|${c.jurisdiction}`;
    perRow.set(key, [...(perRow.get(key) ?? []), c]);
  }
  for (const date of dates) {
    for (const status of KNOWN_STATUSES) {
      const groups = new Map<string, Jurisdiction[]>();
      for (const j of JURISDICTION_CODES) {
        const row = perRow.get(`${date}|${status}|${j}`)!;
        const text = row.map((c) => `${c.category}=${OUTCOME_CODE[c.outcome]}(${c.ruleId})`).join(' ');
        groups.set(text, [...(groups.get(text) ?? []), j]);
      }
      for (const [text, js] of groups) lines.push(`${date} ${status} [${js.join(',')}] ${text}`);
    }
  }
  return lines.join('\n') + '\n';
}

export interface CellChange {
  date: IsoDate;
  jurisdiction: Jurisdiction;
  status: KnownStatus;
  category: Category;
  before: { outcome: RuleOutcome; ruleId: string };
  after: { outcome: RuleOutcome; ruleId: string };
}

/** Which cells changed between two bundles, on every boundary date of either. */
export function diffTables(oldBundle: Bundle, newBundle: Bundle): CellChange[] {
  const dates = [...new Set([...boundaryDates(oldBundle), ...boundaryDates(newBundle)])].sort()
    .filter((d) => d >= oldBundle.coverageFrom && d >= newBundle.coverageFrom);
  const before = decisionTable(oldBundle, dates);
  const after = decisionTable(newBundle, dates);
  const changes: CellChange[] = [];
  before.forEach((b, i) => {
    const a = after[i]!;
    if (a.outcome !== b.outcome || a.ruleId !== b.ruleId) {
      changes.push({
        date: b.date, jurisdiction: b.jurisdiction, status: b.status, category: b.category,
        before: { outcome: b.outcome, ruleId: b.ruleId }, after: { outcome: a.outcome, ruleId: a.ruleId },
      });
    }
  });
  return changes;
}
