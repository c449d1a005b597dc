// `node scripts/changelog-rules.ts OLD NEW`: a CHANGELOG.md entry for a rules change, made
// from `rules diff OLD NEW --json` (every decision-table cell that changed, with the rule
// that decided it before and after). Cells are grouped by the rule that now decides them,
// then folded into readable lines: same date, same change → one line naming the
// jurisdictions, statuses and categories. OLD and NEW are bundle files (signed or plain),
// or `data` for the rules in rules/data.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { CATEGORIES, JURISDICTION_CODES, KNOWN_STATUSES, RULE_OUTCOMES } from '../rules/schema/vocabulary.ts';
import { unverifiedPayload } from '../rules/signing.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const cell = z.object({ outcome: z.enum(RULE_OUTCOMES), ruleId: z.string().min(1) }).strict();
export const diffSchema = z.array(z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  jurisdiction: z.string(),
  status: z.string(),
  category: z.string(),
  before: cell,
  after: cell,
}).strict());
export type CellChange = z.infer<typeof diffSchema>[number];

const OUTCOME_WORDS: Record<string, string> = { may_be_shared: 'may be shared', protected: 'protected', unclear: 'unclear' };

/** "all statuses" rather than a list of every one of them. */
function describeSet(values: Set<string>, all: readonly string[], noun: string): string {
  if (all.every((v) => values.has(v))) return `all ${noun}`;
  const ordered = all.filter((v) => values.has(v));
  const extra = [...values].filter((v) => !all.includes(v)).sort();
  return [...ordered, ...extra].join(', ');
}

export function renderRulesChangelog(changes: readonly CellChange[], from: string, to: string): string {
  const title = `### Rules ${from} → ${to}`;
  if (changes.length === 0) return `${title}\n\nNo answer changes: the decision table is the same.\n`;
  const byRule = new Map<string, CellChange[]>();
  for (const c of changes) byRule.set(c.after.ruleId, [...(byRule.get(c.after.ruleId) ?? []), c]);
  const sections = [...byRule.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([ruleId, cells]) => {
    const lines = new Map<string, { date: string; before: CellChange['before']; after: CellChange['after']; jurisdictions: Set<string>; statuses: Set<string>; categories: Set<string> }>();
    for (const c of cells) {
      const key = [c.date, c.before.outcome, c.before.ruleId, c.after.outcome].join('|');
      const line = lines.get(key) ?? { date: c.date, before: c.before, after: c.after, jurisdictions: new Set(), statuses: new Set(), categories: new Set() };
      line.jurisdictions.add(c.jurisdiction);
      line.statuses.add(c.status);
      line.categories.add(c.category);
      lines.set(key, line);
    }
    const bullets = [...lines.values()].sort((a, b) => a.date.localeCompare(b.date) || a.before.ruleId.localeCompare(b.before.ruleId)).map((l) => {
      const change = l.before.outcome === l.after.outcome
        ? `still **${OUTCOME_WORDS[l.after.outcome]}**, now by this rule`
        : `**${OUTCOME_WORDS[l.before.outcome]}** → **${OUTCOME_WORDS[l.after.outcome]}**`;
      return `- From ${l.date}: ${describeSet(l.jurisdictions, JURISDICTION_CODES, 'jurisdictions')}; ${describeSet(l.statuses, KNOWN_STATUSES, 'statuses')}; ` +
        `${describeSet(l.categories, CATEGORIES, 'data categories')}: ${change} (was \`${l.before.ruleId}\`)`;
    });
    return `#### \`${ruleId}\` (${cells.length} cell${cells.length === 1 ? '' : 's'})\n\n${bullets.join('\n')}`;
  });
  return `${title}\n\n${changes.length} answer cell${changes.length === 1 ? '' : 's'} changed, grouped by the rule that now decides them.\n\n${sections.join('\n\n')}\n`;
}

/** The version written in a bundle file (signed envelope or plain bundle), or the argument. */
export function versionOf(file: string): string {
  if (file === 'data') return JSON.parse(readFileSync(path.join(repoRoot, 'rules', 'data', 'meta.json'), 'utf8')).version;
  try {
    // A plain bundle, or a signed one in either format (read for review, not trusted).
    const bundle = unverifiedPayload(readFileSync(file, 'utf8')) as { version?: unknown };
    return String(bundle.version ?? path.basename(file));
  } catch {
    return path.basename(file);
  }
}

export function rulesDiff(oldFile: string, newFile: string): CellChange[] {
  const run = spawnSync(process.execPath, [path.join(repoRoot, 'rules', 'cli.ts'), 'diff', oldFile, newFile, '--json'], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`rules diff failed (exit ${run.status}): ${run.stderr.trim()}`);
  return diffSchema.parse(JSON.parse(run.stdout));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [oldFile, newFile] = process.argv.slice(2);
  if (!oldFile || !newFile) {
    console.error('Usage: node scripts/changelog-rules.ts OLD NEW   (bundle files, or `data`)');
    process.exit(2);
  }
  try {
    process.stdout.write(renderRulesChangelog(rulesDiff(oldFile, newFile), versionOf(oldFile), versionOf(newFile)));
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
