// `npm run scan:electron`: the advisory Electronegativity scan of electron/ (engineering.md
// §2.2, §7 test 5). The tool always exits 0 on findings, and offline its translation
// download can crash it *after* the report is written, so its exit code means nothing:
// this wrapper deletes the old report, runs the scan, reads the fresh CSV and fails only on
// HIGH or MEDIUM findings. The test in test/electron/electronegativity.test.ts does the same.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const REPORT = path.join(repoRoot, 'out', 'electronegativity.csv');

export interface Finding {
  id: string;
  severity: string;
  confidence: string;
  /** Relative to electron/. */
  file: string;
  line: number;
  description: string;
}

/** One CSV line, with "quoted, fields" as the tool writes them. */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') { current += '"'; i++; } else if (c === '"') quoted = false; else current += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { fields.push(current.trim()); current = ''; } else current += c;
  }
  fields.push(current.trim());
  return fields;
}

export function parseElectronegativityCsv(csv: string): Finding[] {
  const [header, ...rows] = csv.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (!header?.startsWith('issue, severity, confidence, filename, location')) throw new Error(`not an Electronegativity CSV report: ${header}`);
  return rows.map((row) => {
    const fields = csvFields(row);
    const [id = '', severity = '', confidence = '', file = '', location = '', , description = ''] = fields;
    if (/^[A-Z_]+$/.test(id) && SEVERITIES.has(severity)) {
      return { id, severity, confidence, file, line: Number(location.split(':')[0]) || 0, description };
    }
    // A row the tool could not fill in (it writes some findings without a sample, and then
    // the columns shift) is kept with an unknown severity, which the gate treats like a
    // MEDIUM: never silently passed. Its check id is the last part of its wiki URL.
    const url = fields.at(-1) ?? '';
    return { id: url.split('/').at(-1) || '(unnamed)', severity: 'UNKNOWN', confidence: '', file: '', line: 0, description: fields.slice(1, -1).join(', ') };
  });
}

export function electronVersion(): string {
  return (createRequire(import.meta.url)('electron/package.json') as { version: string }).version;
}

export function runElectronegativity(report = REPORT): Finding[] {
  mkdirSync(path.dirname(report), { recursive: true });
  rmSync(report, { force: true });
  const cli = path.join(repoRoot, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
  spawnSync(process.execPath, [cli, '-i', path.join(repoRoot, 'electron'), '-o', report, '-r',
    '-x', 'AvailableSecurityFixesGlobalCheck', '-e', electronVersion()], { cwd: repoRoot, encoding: 'utf8', timeout: 55_000 });
  if (!existsSync(report)) throw new Error('Electronegativity wrote no report');
  return parseElectronegativityCsv(readFileSync(report, 'utf8'));
}

export const BLOCKING = new Set(['HIGH', 'MEDIUM', 'UNKNOWN']);
const SEVERITIES = new Set(['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL']);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const findings = runElectronegativity();
  for (const f of findings) console.log(`${f.severity.padEnd(13)} ${f.id.padEnd(36)} electron/${f.file}:${f.line}  ${f.description}`);
  const blocking = findings.filter((f) => BLOCKING.has(f.severity));
  console.log(`${findings.length} finding(s), ${blocking.length} HIGH/MEDIUM; report: ${path.relative(repoRoot, REPORT)}`);
  process.exit(blocking.length ? 1 : 0);
}
