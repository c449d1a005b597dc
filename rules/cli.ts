#!/usr/bin/env node
// The rules CLI (brief §3). Contract other tools depend on:
//   npm run --silent rules -- query --state XX --status S [--date YYYY-MM-DD] --json
// prints exactly the answer JSON on stdout and nothing else; bad input exits 2 with one
// line on stderr. Run `npm run --silent rules -- --help` for every command.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateKeyPairSync } from 'node:crypto';
import { parseArgs } from 'node:util';
import {
  answer, canonicalJson, diffTables, formatProblem, isIsoDate, isJurisdiction, isStatus,
  isQuote, STATUSES, tableAsText, validateBundle, type Answer, type Bundle, type Jurisdiction, type Problem, type Status,
} from './engine/index.ts';
import { loadDataDir, loadTrustedKeyPems, loadTrustPolicy } from './load.ts';
import { addSignature, signBundle, signedBundleSchema, trustedKeyFromPem, unverifiedPayload, verifyBundleBytes, type SignedBundle, type TrustedKey } from './signing.ts';
import { effectiveFloor, FLOOR_FILE, laterOf, parseFloor } from './rollback.ts';
import { loadBundleText, loadEnglishRulesText, reasonFor, type RulesText } from './text.ts';
import { writeFileAtomicallySync } from './atomic-write.ts';
import { localToday as today } from './today.ts';
import { checkCitationsAgainstEvidence, checkRulesText, loadEvidence } from './checks.ts';

/** At most this many people in one family's answer (a printout stays readable). */
export const MAX_FAMILY = 8;
const NOT_APPLYING = ':not-applying';

const HELP = `Medicaid Data Notice — rules CLI

Usage: npm run --silent rules -- <command> [options]

  query --state XX --status S [--date YYYY-MM-DD] [--json] [--bundle FILE]
        Answer one question. Date defaults to today. --json prints the answer object of
        brief §3 (and nothing else) on stdout. Statuses: ${STATUSES.join(', ')}.
  family --state XX --person S[:not-applying] [--person …] [--date YYYY-MM-DD] [--json] [--bundle FILE]
        A family's answer: one --person per member (1 to ${MAX_FAMILY}), a status and, for
        someone who is not applying for Medicaid, ":not-applying". --json prints
        {state, date, people: [one answer object of brief §3 per person, in the order
        given, each query saying whether that person applies]}.
  table [--date YYYY-MM-DD] [--bundle FILE]
        The whole decision table (every boundary date, or one date), for review.
  validate
        Schema, references, totality, citations (a quote verbatim in its own source's
        excerpts, a summary from the research summary: rules/evidence/) and English
        words for every id (rules, notes, events, disclosures, questions, help, steps).
  diff OLD NEW [--json]
        Which cells changed between two bundles (signed or plain bundle files, or "data"
        for the current rules/data).
  bundle [--out FILE]
        Write the canonical JSON bundle of rules/data (unsigned).
  sign --key PRIVATE.pem [--in BUNDLE] [--out FILE]
        Sign a bundle (default: rules/data) with an Ed25519 private key. When --in is
        already a signed bundle, add this key's signature to it (a second publisher
        co-signs when the trust policy's threshold is 2).
  verify BUNDLE [--installed-version X.Y.Z] [--user-data DIR] [--trusted DIR]
        Check a signed bundle as the app would: enough signatures by the trusted, unrevoked
        keys (default rules/keys/trusted/ and its policy.json), valid rules, and not older
        than --installed-version or than the newest version the app with that user-data
        folder accepted (its ${FLOOR_FILE}). Exits 0 when verified, 2 with one line when refused.
  keygen --private FILE --public FILE
        Make an Ed25519 key pair for a publisher (keep the private key off the repo).
        Never overwrites a file.

Exit codes: 0 ok, 1 check failed, 2 bad input or a refused bundle.`;

class UsageError extends Error {}

type OptionSpec = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

/** parseArgs, held to the contract: bad input is one line (Node's own message for a missing
 * value runs to three) and an option given twice is refused rather than silently
 * last-wins, since `--state CA --state TX` has no right answer. */
function parseOptions<O extends OptionSpec>(args: string[], options: O, allowPositionals = false) {
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals, strict: true, tokens: true });
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0]!.trim());
  }
  const seen = new Set<string>();
  for (const token of parsed.tokens) {
    if (token.kind !== 'option' || options?.[token.name]?.multiple) continue;
    if (seen.has(token.name)) throw new UsageError(`--${token.name} given more than once: give it once`);
    seen.add(token.name);
  }
  return parsed;
}

/** A day the rules can answer for: a real date, inside coverage, and not in the future
 * (nothing is known about it; the app's date field stops at today too). */
function checkAnswerDate(date: string, bundle: Bundle): string {
  if (!isIsoDate(date)) throw new UsageError(`malformed date '${date}': use YYYY-MM-DD, e.g. 2026-01-06`);
  if (date < bundle.coverageFrom) throw new UsageError(`date ${date} is before ${bundle.coverageFrom}, where the rules begin`);
  if (date > today()) throw new UsageError(`date ${date} is after today (${today()}): nothing is known about days to come`);
  return date;
}

/** "about April 2026 (2026-04-01)": as exactly as the sources allow. */
function describeFactsThrough(bundle: Bundle): string {
  const { date, precision } = bundle.factsThrough;
  return precision === 'day' ? date : `${precision === 'approximate' ? 'about ' : ''}${date.slice(0, precision === 'year' ? 4 : 7)} (${precision})`;
}

function dataBundle(): Bundle {
  const loaded = loadDataDir();
  if (!loaded.ok) {
    process.stderr.write(loaded.problems.map(formatProblem).join('\n') + '\n');
    process.exit(1);
  }
  return loaded.bundle;
}

/** rules/data with the words of every locale: what `bundle` writes and `sign` signs, so an
 * update explains its rules in its own words in the app. Checked as an import would be. */
/** What `validate` checks beyond the bundle's own rules: each citation against the
 * evidence files (a quote verbatim in its source's excerpts, a summary a sentence of the
 * research summary resting on its source), and English words for every id. */
function evidenceProblems(bundle: Bundle): Problem[] {
  const evidence = loadEvidence();
  if (!evidence.ok) return evidence.problems;
  return [...checkCitationsAgainstEvidence(bundle, evidence.evidence), ...checkRulesText(bundle, loadEnglishRulesText())];
}

/** The data files as a bundle to publish (bundle, sign): refused with every problem
 * `validate` would name, so nothing is signed that the evidence does not bear out. (An
 * imported bundle cannot be checked so in the app: its new sources' excerpts are not there.) */
function publishedBundle(): Bundle {
  const bundle = { ...dataBundle(), text: loadBundleText() };
  const v = validateBundle(bundle, 'rules/data + locales/*/rules.json');
  const problems = v.ok ? evidenceProblems(v.bundle) : v.problems;
  if (problems.length) {
    process.stderr.write(problems.map(formatProblem).join('\n') + '\n');
    process.exit(1);
  }
  return (v as { bundle: Bundle }).bundle;
}

/** A bundle from a file: a signed envelope ({payload, signatures}) or a plain bundle. */
function bundleFromFile(file: string): Bundle {
  if (file === 'data') return dataBundle();
  let payload: unknown;
  try {
    // Read for review, never for use: the signatures are not checked here (verify does).
    payload = unverifiedPayload(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new UsageError(`cannot read bundle ${file}: ${(e as Error).message.split('\n')[0]}`);
  }
  const v = validateBundle(payload, file);
  if (!v.ok) throw new UsageError(`${file} is not a valid bundle: ${v.problems.slice(0, 3).map(formatProblem).join('; ')}`);
  return v.bundle;
}

/** The JSON shape of brief §3, with English text for each reason and note. */
export function answerJson(a: Answer, text: RulesText) {
  const cite = (cs: Answer['answers'][number]['citations']) => cs.map((c) => ({ sourceId: c.sourceId, pinpoint: c.pinpoint, ...(isQuote(c) ? { quote: c.quote } : { summary: c.summary }), url: c.url ?? null }));
  return {
    query: { state: a.query.jurisdiction, status: a.query.status, date: a.query.date, ...(a.query.applying === undefined ? {} : { applying: a.query.applying }) },
    rulesVersion: a.rulesVersion,
    dataAsOf: a.dataAsOf,
    factsThrough: a.factsThrough,
    answers: a.answers.map((x) => ({
      category: x.category,
      outcome: x.outcome,
      basis: x.basis,
      ruleId: x.ruleId,
      reason: reasonFor(text, x.ruleId, x.outcome, x.basis),
      citations: cite(x.citations),
      ...(x.byStatus ? { byStatus: x.byStatus } : {}),
    })),
    pastDisclosures: a.pastDisclosures.map((d) => ({
      id: d.id, from: d.from, ...(d.to ? { to: d.to } : {}), datePrecision: d.datePrecision,
      categories: d.categories, confidence: d.confidence, description: text.disclosure[d.id] ?? '', citations: cite(d.citations),
    })),
    notes: a.notes.map((n) => ({ id: n.id, kind: n.kind, categories: n.categories, text: text.note[n.id] ?? '', citations: cite(n.citations) })),
  };
}

function checkState(value: string | undefined): Jurisdiction {
  if (!value) throw new UsageError('missing --state (a USPS code such as CA, TX, DC or PR)');
  const state = value.toUpperCase();
  if (!isJurisdiction(state)) throw new UsageError(`unknown state '${value}': use a USPS code such as CA, TX, DC or PR`);
  return state;
}

function checkStatus(value: string, option = '--status'): Status {
  if (!isStatus(value)) throw new UsageError(`unknown status '${value}' in ${option}: use one of ${STATUSES.join(', ')}`);
  return value;
}

/** The bundle and the day a question is about (today unless --date). */
function bundleAndDate(values: { date?: string; bundle?: string }): { bundle: Bundle; date: string } {
  if (values.date !== undefined && !isIsoDate(values.date)) throw new UsageError(`malformed date '${values.date}': use YYYY-MM-DD, e.g. 2026-01-06`);
  const bundle = values.bundle ? bundleFromFile(values.bundle) : dataBundle();
  return { bundle, date: checkAnswerDate(values.date ?? today(), bundle) };
}

function query(args: string[]) {
  const { values } = parseOptions(args, { state: { type: 'string' }, status: { type: 'string' }, date: { type: 'string' }, json: { type: 'boolean' }, bundle: { type: 'string' } });
  const state = checkState(values.state);
  if (!values.status) throw new UsageError(`missing --status (one of ${STATUSES.join(', ')})`);
  const status = checkStatus(values.status);
  const { bundle, date } = bundleAndDate(values);
  const result = answerJson(answer(bundle, { date, jurisdiction: state, status }), loadEnglishRulesText());
  if (values.json) {
    process.stdout.write(JSON.stringify(result, null, 2) + '\n');
    return;
  }
  printAnswer(result, bundle, `${state}, ${status}, on ${date}`);
}

function family(args: string[]) {
  const { values } = parseOptions(args, {
    state: { type: 'string' }, person: { type: 'string', multiple: true }, date: { type: 'string' }, json: { type: 'boolean' }, bundle: { type: 'string' },
  });
  const state = checkState(values.state);
  const people = values.person ?? [];
  if (people.length === 0) throw new UsageError(`missing --person (a status such as no_status, or no_status${NOT_APPLYING}; one per family member)`);
  if (people.length > MAX_FAMILY) throw new UsageError(`${people.length} people: a family's answer takes at most ${MAX_FAMILY}`);
  const persons = people.map((p) => {
    const applying = !p.endsWith(NOT_APPLYING);
    return { status: checkStatus(applying ? p : p.slice(0, -NOT_APPLYING.length), `--person ${p}`), applying };
  });
  const { bundle, date } = bundleAndDate(values);
  const text = loadEnglishRulesText();
  const answers = persons.map((p) => answerJson(answer(bundle, { date, jurisdiction: state, status: p.status, applying: p.applying }), text));
  if (values.json) {
    process.stdout.write(JSON.stringify({ state, date, people: answers }, null, 2) + '\n');
    return;
  }
  for (const [i, a] of answers.entries()) {
    printAnswer(a, bundle, `person ${i + 1}: ${state}, ${a.query.status}${a.query.applying ? '' : ', not applying'}, on ${date}`);
  }
}

function printAnswer(result: ReturnType<typeof answerJson>, bundle: Bundle, heading: string) {
  const { date } = result.query;
  console.log(`${heading} (rules ${result.rulesVersion}; sources checked ${result.dataAsOf}, covering events up to ${describeFactsThrough(bundle)})`);
  if (date > bundle.factsThrough.date) console.log(`  WARNING: our sources stop ${describeFactsThrough(bundle)}; this is what was known then, not what is true on ${date}.`);
  for (const a of result.answers) {
    console.log(`  ${a.category.padEnd(31)} ${a.outcome.padEnd(14)} ${a.reason}`);
    if (a.byStatus) console.log(`  ${''.padEnd(31)} ${Object.entries(a.byStatus).map(([s, o]) => `${s}: ${o}`).join(', ')}`);
  }
  for (const n of result.notes) console.log(`  note: ${n.text}`);
  for (const d of result.pastDisclosures) console.log(`  past disclosure (${d.from}): ${d.description}`);
}

function table(args: string[]) {
  const { values } = parseOptions(args, { date: { type: 'string' }, bundle: { type: 'string' } });
  if (values.date !== undefined && !isIsoDate(values.date)) throw new UsageError(`malformed date '${values.date}': use YYYY-MM-DD, e.g. 2026-01-06`);
  const bundle = values.bundle ? bundleFromFile(values.bundle) : dataBundle();
  process.stdout.write(tableAsText(bundle, values.date ? [checkAnswerDate(values.date, bundle)] : undefined));
}

function validate(args: string[]) {
  parseOptions(args, {});
  const loaded = loadDataDir();
  const problems = loaded.ok ? evidenceProblems(loaded.bundle) : loaded.problems;
  if (problems.length) {
    process.stderr.write(problems.map(formatProblem).join('\n') + `\n${problems.length} problem(s)\n`);
    process.exit(1);
  }
  const b = (loaded as { bundle: Bundle }).bundle;
  console.log(`rules ${b.version}, data as of ${b.dataAsOf}: ${b.rules.length} rules, ${b.notes.length} notes, ${b.sources.length} sources, ${b.events.length} events, ${b.disclosures.length} disclosures, ${b.questions.length} questions, ${b.help.length} help entries, ${b.steps.length} steps — schema, references, totality, citations and English text all pass`);
}

function diff(args: string[]) {
  const { values, positionals } = parseOptions(args, { json: { type: 'boolean' } }, true);
  if (positionals.length !== 2) throw new UsageError('diff needs two bundles: diff OLD NEW');
  const [oldB, newB] = [bundleFromFile(positionals[0]!), bundleFromFile(positionals[1]!)];
  const changes = diffTables(oldB, newB);
  if (values.json) {
    process.stdout.write(JSON.stringify(changes, null, 2) + '\n');
    return;
  }
  console.log(`${changes.length} cell(s) changed from ${oldB.version} to ${newB.version}`);
  for (const c of changes) {
    console.log(`${c.date} ${c.jurisdiction} ${c.status} ${c.category}: ${c.before.outcome} (${c.before.ruleId}) → ${c.after.outcome} (${c.after.ruleId})`);
  }
}

function bundleCmd(args: string[]) {
  const { values } = parseOptions(args, { out: { type: 'string' } });
  const json = canonicalJson(publishedBundle()) + '\n';
  if (values.out) writeFileAtomicallySync(values.out, json, 0o644);
  else process.stdout.write(json);
}

function signCmd(args: string[]) {
  const { values } = parseOptions(args, { key: { type: 'string' }, in: { type: 'string' }, out: { type: 'string' } });
  if (!values.key) throw new UsageError('sign needs --key PRIVATE.pem (an Ed25519 private key)');
  let pem: string;
  try {
    pem = readFileSync(values.key, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read key ${values.key}: ${(e as Error).message}`);
  }
  const cosign = values.in ? signedEnvelopeIn(values.in) : undefined;
  let signed;
  try {
    signed = cosign ? addSignature(cosign, pem) : signBundle(values.in ? bundleFromFile(values.in) : publishedBundle(), pem);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError((e as Error).message);
  }
  const json = JSON.stringify(signed) + '\n';
  if (values.out) writeFileAtomicallySync(values.out, json, 0o644);
  else process.stdout.write(json);
}

/** A signed envelope to add a signature to, or undefined when `file` holds a plain bundle. */
function signedEnvelopeIn(file: string): SignedBundle | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new UsageError(`cannot read bundle ${file}: ${(e as Error).message.split('\n')[0]}`);
  }
  if (!raw || typeof raw !== 'object' || typeof (raw as { payload?: unknown }).payload !== 'string') return undefined;
  const envelope = signedBundleSchema.safeParse(raw);
  if (!envelope.success) throw new UsageError(`${file} is not a signed rules bundle`);
  bundleFromFile(file); // the rules inside must be valid before anyone signs them
  return envelope.data;
}

/** The trusted keys of a folder: a file that is not an Ed25519 public key (a private key
 * dropped there by mistake above all) stops the check instead of being trusted. */
function trustedKeysIn(dir: string | undefined): TrustedKey[] {
  let pems;
  try {
    pems = loadTrustedKeyPems(dir);
  } catch (e) {
    throw new UsageError(`cannot read the trusted keys: ${(e as Error).message.split('\n')[0]}`);
  }
  return pems.map(({ file, pem }) => {
    try {
      return trustedKeyFromPem(pem);
    } catch (e) {
      throw new UsageError(`refused: ${file}: ${(e as Error).message}`);
    }
  });
}

/** The newest version the app with this user-data folder accepted, as the app counts it. */
function acceptedFloor(userData: string, trusted: readonly TrustedKey[], policy: ReturnType<typeof loadTrustPolicy>): string | undefined {
  const file = path.join(userData, FLOOR_FILE);
  if (!existsSync(file)) return undefined;
  const floor = parseFloor(readFileSync(file, 'utf8'));
  if (!floor) throw new UsageError(`${file} is damaged; the app treats it as empty`);
  return effectiveFloor(floor, trusted, policy);
}

function verifyCmd(args: string[]) {
  const { values, positionals } = parseOptions(args, { 'installed-version': { type: 'string' }, 'user-data': { type: 'string' }, trusted: { type: 'string' } }, true);
  if (positionals.length !== 1) throw new UsageError('verify needs one bundle file: verify BUNDLE');
  const installed = values['installed-version'];
  if (installed !== undefined && !/^\d+\.\d+\.\d+$/.test(installed)) throw new UsageError(`malformed --installed-version '${installed}': use MAJOR.MINOR.PATCH`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(positionals[0]!);
  } catch (e) {
    throw new UsageError(`cannot read ${positionals[0]}: ${(e as Error).message}`);
  }
  const trusted = trustedKeysIn(values.trusted);
  let policy;
  try {
    policy = loadTrustPolicy(values.trusted);
  } catch (e) {
    throw new UsageError(`the trust policy is not valid: ${(e as Error).message.split('\n')[0]}`);
  }
  const floor = values['user-data'] ? acceptedFloor(values['user-data'], trusted, policy) : undefined;
  const result = verifyBundleBytes(bytes, trusted, { policy, minimumVersion: laterOf(installed, floor) });
  if (!result.ok) throw new UsageError(`refused (${result.reason}): ${result.message}`);
  console.log(`verified: rules ${result.bundle.version}, data as of ${result.bundle.dataAsOf}, signed by key${result.keyIds.length > 1 ? 's' : ''} ${result.keyIds.join(', ')}`);
}

function keygen(args: string[]) {
  const { values } = parseOptions(args, { private: { type: 'string' }, public: { type: 'string' } });
  if (!values.private || !values.public) throw new UsageError('keygen needs --private FILE and --public FILE');
  if (path.resolve(values.private) === path.resolve(values.public)) throw new UsageError('--private and --public must be two different files');
  // A publisher's key is made once: overwriting it would lose it for good (review L11).
  for (const file of [values.private, values.public]) {
    if (existsSync(file)) throw new UsageError(`${file} already exists; keygen never overwrites a key (move it away first)`);
  }
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const publicPem = publicKey.export({ type: 'spki', format: 'pem' }) as string;
  try {
    // 'wx': fails if the file appeared in the meantime, never replaces it.
    writeFileSync(values.private, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
    writeFileSync(values.public, publicPem, { flag: 'wx' });
  } catch (e) {
    throw new UsageError(`cannot write the key: ${(e as Error).message}`);
  }
  console.log(`wrote ${values.private} (keep it secret, never commit it) and ${values.public} (key id ${trustedKeyFromPem(publicPem).keyId})`);
}

const COMMANDS: Record<string, (args: string[]) => void> = {
  query, family, table, validate, diff, bundle: bundleCmd, sign: signCmd, verify: verifyCmd, keygen,
};

export function main(argv: string[]) {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help' || rest.includes('--help')) {
    console.log(HELP);
    return;
  }
  const run = COMMANDS[command];
  try {
    if (!run) throw new UsageError(`unknown command '${command}'; run with --help`);
    run(rest);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`rules: ${(e as Error).message}\n`);
      process.exit(2);
    }
    throw e;
  }
}

if (import.meta.main) main(process.argv.slice(2));
