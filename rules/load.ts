// Reads the rules data files (rules/data/*.json) into one bundle, validating each file on
// its own so that every problem names the file it is in. Node I/O: not part of the engine.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkHouseholdReferences, checkHouseholdTotality, checkReferences, checkTotality, DATA_FILES, zodProblems, type Bundle, type Problem } from './engine/index.ts';
import { DEFAULT_TRUST_POLICY, trustPolicySchema, type TrustPolicy } from './signing.ts';

export const RULES_DIR = path.dirname(fileURLToPath(import.meta.url));
/** rules/data of this checkout; MDN_RULES_DATA_DIR points the CLI at a copy (its tests use one). */
export const DATA_DIR = process.env.MDN_RULES_DATA_DIR ?? path.join(RULES_DIR, 'data');
export const TRUSTED_KEYS_DIR = path.join(RULES_DIR, 'keys', 'trusted');

export type Loaded = { ok: true; bundle: Bundle } | { ok: false; problems: Problem[] };

export function loadDataDir(dir = DATA_DIR): Loaded {
  const problems: Problem[] = [];
  const parts: Record<string, unknown> = {};
  const expected = Object.keys(DATA_FILES);
  for (const extra of readdirSync(dir).filter((f) => f.endsWith('.json') && !expected.includes(f))) {
    problems.push({ file: extra, where: '(file)', message: `unexpected file in ${path.relative(process.cwd(), dir) || dir}; expected only ${expected.join(', ')}` });
  }
  for (const [file, schema] of Object.entries(DATA_FILES)) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
    } catch (e) {
      problems.push({ file, where: '(file)', message: `cannot read JSON: ${(e as Error).message}` });
      continue;
    }
    const parsed = schema.safeParse(raw);
    if (parsed.success) parts[file] = parsed.data;
    else problems.push(...zodProblems(file, raw, parsed.error));
  }
  if (problems.length) return { ok: false, problems };
  const bundle = {
    ...(parts['meta.json'] as object),
    sources: parts['sources.json'],
    sets: parts['sets.json'],
    rules: parts['rules.json'],
    notes: parts['notes.json'],
    events: parts['events.json'],
    disclosures: parts['disclosures.json'],
    household: parts['household.json'],
    questions: parts['questions.json'],
    help: parts['help.json'],
    steps: parts['steps.json'],
  } as Bundle;
  problems.push(...checkReferences(bundle), ...checkHouseholdReferences(bundle));
  if (problems.length === 0) problems.push(...checkTotality(bundle), ...checkHouseholdTotality(bundle));
  return problems.length ? { ok: false, problems } : { ok: true, bundle };
}

/** The trusted keys' PEM text, with each file's name (so a refusal can say which file). */
export function loadTrustedKeyPems(dir = TRUSTED_KEYS_DIR): { file: string; pem: string }[] {
  return readdirSync(dir).filter((f) => f.endsWith('.pem')).sort().map((f) => ({ file: path.join(dir, f), pem: readFileSync(path.join(dir, f), 'utf8') }));
}

/** The trust policy beside the keys (policy.json: threshold and revoked key ids). A folder
 * without one (a test's own keys) trusts any one of its keys. Throws on a broken policy. */
export function loadTrustPolicy(dir = TRUSTED_KEYS_DIR): TrustPolicy {
  let raw: string;
  try {
    raw = readFileSync(path.join(dir, TRUST_POLICY_FILE), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return DEFAULT_TRUST_POLICY;
    throw e;
  }
  return trustPolicySchema.parse(JSON.parse(raw));
}

export const TRUST_POLICY_FILE = 'policy.json';
