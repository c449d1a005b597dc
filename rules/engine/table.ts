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

/** Short column names for the review table, in CATEGORIES order. */
const CATEGORY_SHORT: Record<Category, string> = {
  name: 'name', date_of_birth: 'dob', citizenship_immigration_status: 'imm', medicaid_id: 'mcd',
  home_address: 'addr', phone: 'phone', email: 'email', ssn: 'ssn', sex_race_ethnicity: 'demo',
  bank_account: 'bank', ip_address: 'ip', medical_records: 'med',
};

/** A group of jurisdictions named compactly: `all 56`, a named set as it stood on the date
 * (`plaintiff-states`, `not plaintiff-states`, with `and XX` / `except YY` for up to three
 * differences), `all but XX,YY`, or the codes; with the count when it is not obvious. */
function nameGroup(bundle: Bundle, date: IsoDate, group: readonly Jurisdiction[]): string {
  const all = JURISDICTION_CODES;
  if (group.length === all.length) return `all ${all.length}`;
  const inGroup = new Set(group);
  const rest = all.filter((j) => !inGroup.has(j));
  const near = (name: string, want: readonly Jurisdiction[], members: ReadonlySet<string>): string | null => {
    const plus = want.filter((j) => !members.has(j));
    const minus = all.filter((j) => members.has(j) && !want.includes(j));
    if (plus.length + minus.length > 3 || plus.length + minus.length >= want.length) return null;
    return [name, ...(plus.length ? [`and ${plus.join(',')}`] : []), ...(minus.length ? [`except ${minus.join(',')}`] : [])].join(' ');
  };
  for (const set of bundle.sets) {
    const members = new Set(set.members.filter((m) => m.from <= date && (m.to === undefined || date <= m.to)).map((m) => m.jurisdiction));
    if (members.size === 0) continue;
    const named = near(set.id, group, members) ?? near(`not ${set.id}`, group, new Set(all.filter((j) => !members.has(j))));
    if (named) return `${named} (${group.length})`;
  }
  return rest.length < group.length ? `all but ${rest.join(',')} (${group.length})` : group.join(',');
}

/**
 * The decision table as a review file (brief §3): one row per boundary date × status ×
 * group of jurisdictions whose 12 categories answer alike (outcome and deciding rule) on
 * that date. Each category is S, P or ?; the deciding rules follow, each with the
 * categories it decides unless it decides them all. Generated, diffable, small.
 */
export function reviewTable(bundle: Bundle, dates: readonly IsoDate[] = boundaryDates(bundle)): string {
  const cells = decisionTable(bundle, dates);
  const perRow = new Map<string, TableCell[]>();
  for (const c of cells) {
    const key = `${c.date}|${c.status}|${c.jurisdiction}`;
    const row = perRow.get(key);
    if (row) row.push(c);
    else perRow.set(key, [c]);
  }
  const short = CATEGORIES.map((c) => CATEGORY_SHORT[c]);
  const head = `${short.slice(0, 4).join(' ')} · ${short.slice(4, 8).join(' ')} · ${short.slice(8).join(' ')}`;
  const lines = [
    `# Decision table review: rules ${bundle.version}, data as of ${bundle.dataAsOf}`,
    '',
    'Generated by `reviewTable` (rules/engine/table.ts); `npx vitest run test/rules/decision-table.test.ts -u` rewrites it.',
    'One row per boundary date × status × group of jurisdictions that answer alike on that date.',
    'Outcomes: one letter per category in the order of the header, in groups of four:',
    'S = may be shared, P = protected, ? = unclear. Rules: the deciding rule ids, each with the',
    'categories it decides when it does not decide all of them.',
    `Categories: ${CATEGORIES.map((c) => `${CATEGORY_SHORT[c]} = ${c}`).join(', ')}.`,
  ];
  for (const date of dates) {
    lines.push('', `## ${date}`, '', `| status | jurisdictions | ${head} | rules |`, '|---|---|---|---|');
    for (const status of KNOWN_STATUSES) {
      const groups = new Map<string, { row: TableCell[]; js: Jurisdiction[] }>();
      for (const j of JURISDICTION_CODES) {
        const row = perRow.get(`${date}|${status}|${j}`)!;
        const key = row.map((c) => `${c.outcome}:${c.ruleId}`).join(' ');
        const g = groups.get(key);
        if (g) g.js.push(j);
        else groups.set(key, { row, js: [j] });
      }
      for (const { row, js } of groups.values()) {
        const letters = row.map((c) => OUTCOME_CODE[c.outcome]).join('');
        const outcomes = `${letters.slice(0, 4)} ${letters.slice(4, 8)} ${letters.slice(8)}`;
        const byRule = new Map<string, string[]>();
        for (const c of row) byRule.set(c.ruleId, [...(byRule.get(c.ruleId) ?? []), CATEGORY_SHORT[c.category]]);
        const rules = byRule.size === 1 ? [...byRule.keys()][0]! : [...byRule].map(([id, cs]) => `${id}: ${cs.join(' ')}`).join('; ');
        lines.push(`| ${status} | ${nameGroup(bundle, date, js)} | ${outcomes} | ${rules} |`);
      }
    }
  }
  return lines.join('\n') + '\n';
}
