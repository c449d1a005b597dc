// The CLI's keygen, sign and verify against the files the security review made (§4.1) and
// the lows it found there: every refused bundle is one line on stderr and exit code 2,
// never a stack trace or a long wait (L1, L3); an older bundle swapped into an app's
// user-data folder is refused (L4); keygen never overwrites a key, and a private key among
// the trusted keys is refused (L11); two publishers can co-sign (M5).
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openRulesStore, INSTALLED_BUNDLE_FILE } from '../../electron/main/rules-store.ts';
import { shippedBundle } from '../../rules/data/index.ts';
import { signBundle, trustedKeyFromPem } from '../../rules/signing.ts';
import { laterVersion } from './helpers.ts';
import { deepPayloadV1, deeplyNestedText, manySignatures, signRaw } from './hostile-bundles.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
function rules(...args: string[]) {
  return rulesWith({}, ...args);
}

function rulesWith(env: Record<string, string>, ...args: string[]) {
  const started = performance.now();
  const r = spawnSync(process.execPath, ['rules/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms: performance.now() - started };
}

/** A folder with a test publisher's key pair: the private key, and trusted/ with the public one. */
function publisherDir(names = ['a']) {
  const dir = mkdtempSync(path.join(tmpdir(), 'mdn-cli-sign-'));
  mkdirSync(path.join(dir, 'trusted'));
  const keys = names.map((name) => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const privatePem = privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
    const publicPem = publicKey.export({ type: 'spki', format: 'pem' }) as string;
    writeFileSync(path.join(dir, `${name}.key`), privatePem);
    writeFileSync(path.join(dir, 'trusted', `${name}.pem`), publicPem);
    return { privatePem, publicPem, keyFile: path.join(dir, `${name}.key`), trusted: trustedKeyFromPem(publicPem) };
  });
  return { dir, trusted: path.join(dir, 'trusted'), keys };
}

/** Refused the way the contract says: exit 2, nothing on stdout, one line on stderr. */
function expectRefusedInOneLine(r: ReturnType<typeof rules>, message: RegExp) {
  expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(message);
}

describe('rules verify refuses hostile files in one line, exit 2', () => {
  it('a payload nested 5,000 deep (review case 06c: a stack trace before)', () => {
    const { dir, trusted } = publisherDir();
    writeFileSync(path.join(dir, 'deep.json'), deepPayloadV1(5_000));
    expectRefusedInOneLine(rules('verify', path.join(dir, 'deep.json'), '--trusted', trusted), /^rules: refused \(old_format\)/);
  });

  it('a signed payload nested 5,000 deep, in the current format', () => {
    const { dir, trusted, keys } = publisherDir();
    writeFileSync(path.join(dir, 'deep2.json'), signRaw(deeplyNestedText(5_000), keys[0]!.privatePem));
    expectRefusedInOneLine(rules('verify', path.join(dir, 'deep2.json'), '--trusted', trusted), /^rules: refused \(schema\): .*nested more than 64 levels/);
  });

  it('32,000 bogus signatures (review case 14: 9 s before), in either format', () => {
    const { dir, trusted, keys } = publisherDir();
    for (const format of [2, 1] as const) {
      const file = path.join(dir, `many-${format}.json`);
      writeFileSync(file, manySignatures(32_000, keys[0]!.trusted.keyId, format));
      const r = rules('verify', file, '--trusted', trusted);
      expectRefusedInOneLine(r, format === 2 ? /^rules: refused \(not_a_bundle\): .*32000 signatures/ : /^rules: refused \(old_format\)/);
      expect(r.ms).toBeLessThan(5_000);
    }
  });

  it('an older signed bundle swapped into an app\'s user-data folder (review B5)', async () => {
    const { dir, trusted, keys } = publisherDir();
    const userData = path.join(dir, 'user-data');
    mkdirSync(userData);
    const newer = laterVersion(laterVersion(shippedBundle.version));
    const older = laterVersion(shippedBundle.version);
    const file = (name: string, version: string) => {
      const f = path.join(dir, name);
      writeFileSync(f, JSON.stringify(signBundle({ ...shippedBundle, version }, keys[0]!.privatePem)));
      return f;
    };
    // The app imports the newer one, then someone replaces the installed file with the older.
    const store = await openRulesStore({ dir: userData, trustedKeys: [keys[0]!.trusted], shippedBundle });
    expect(await store.importFile(file('newer.json', newer))).toMatchObject({ ok: true });
    writeFileSync(path.join(userData, INSTALLED_BUNDLE_FILE), readFileSync(file('older.json', older)));
    const installed = path.join(userData, INSTALLED_BUNDLE_FILE);
    expect(rules('verify', installed, '--trusted', trusted).code).toBe(0); // a genuine bundle…
    expectRefusedInOneLine(rules('verify', installed, '--trusted', trusted, '--user-data', userData), // …but older than what the app accepted
      new RegExp(`^rules: refused \\(older\\): The bundle is version ${older.replaceAll('.', '\\.')}, older than ${newer.replaceAll('.', '\\.')}`));
    expectRefusedInOneLine(rules('verify', installed, '--trusted', trusted, '--installed-version', newer), /refused \(older\)/);
  });

  it('a private key among the trusted keys (review L11)', () => {
    const { dir, trusted, keys } = publisherDir();
    writeFileSync(path.join(dir, 'signed.json'), JSON.stringify(signBundle(shippedBundle, keys[0]!.privatePem)));
    writeFileSync(path.join(trusted, 'oops.pem'), keys[0]!.privatePem);
    expectRefusedInOneLine(rules('verify', path.join(dir, 'signed.json'), '--trusted', trusted), /oops\.pem: a trusted key must be a public key/);
  });
});

describe('rules keygen', () => {
  it('never overwrites a key (review L11: a second run replaced the private key)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mdn-keygen-'));
    const priv = path.join(dir, 'publisher.key');
    const pub = path.join(dir, 'publisher.pem');
    expect(rules('keygen', '--private', priv, '--public', pub).code).toBe(0);
    const first = readFileSync(priv, 'utf8');
    expect(first).toMatch(/PRIVATE KEY/);
    expectRefusedInOneLine(rules('keygen', '--private', priv, '--public', path.join(dir, 'other.pem')), /publisher\.key already exists; keygen never overwrites a key/);
    expectRefusedInOneLine(rules('keygen', '--private', path.join(dir, 'other.key'), '--public', pub), /publisher\.pem already exists/);
    expect(readFileSync(priv, 'utf8')).toBe(first);
  });
});

describe('rules sign with two publishers (threshold 2)', () => {
  it('a second publisher co-signs the signed file; verify then needs both', () => {
    const { dir, trusted, keys } = publisherDir(['a', 'b']);
    writeFileSync(path.join(trusted, 'policy.json'), JSON.stringify({ threshold: 2, revokedKeyIds: [] }));
    const once = path.join(dir, 'once.json');
    const twice = path.join(dir, 'twice.json');
    expect(rules('sign', '--key', keys[0]!.keyFile, '--out', once).code).toBe(0);
    expectRefusedInOneLine(rules('verify', once, '--trusted', trusted), /^rules: refused \(too_few_signatures\): The bundle needs signatures by 2 trusted keys and has 1/);
    expect(rules('sign', '--key', keys[1]!.keyFile, '--in', once, '--out', twice).code).toBe(0);
    const ok = rules('verify', twice, '--trusted', trusted);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/signed by keys [0-9a-f]{16}, [0-9a-f]{16}/);
    // Revoking one of the two makes the pair one short again.
    writeFileSync(path.join(trusted, 'policy.json'), JSON.stringify({ threshold: 2, revokedKeyIds: [keys[1]!.trusted.keyId] }));
    expectRefusedInOneLine(rules('verify', twice, '--trusted', trusted), /refused \(too_few_signatures\)/);
  });
});

describe('rules sign and bundle publish only what the evidence bears out', () => {
  it('refuse data whose quote is not in its source\'s excerpts, naming it, and sign the same data once it is', () => {
    const { dir, keys } = publisherDir();
    const data = path.join(dir, 'data');
    cpSync(path.join(ROOT, 'rules', 'data'), data, { recursive: true });
    const steps = JSON.parse(readFileSync(path.join(data, 'steps.json'), 'utf8')) as { citations: { quote?: string }[] }[];
    const cited = steps.flatMap((s) => s.citations).find((c) => c.quote)!;
    cited.quote = `${cited.quote} and will delete it next year`;
    writeFileSync(path.join(data, 'steps.json'), JSON.stringify(steps, null, 2));
    const out = path.join(dir, 'signed.json');
    for (const args of [['sign', '--key', keys[0]!.keyFile, '--out', out], ['bundle', '--out', out]]) {
      const r = rulesWith({ MDN_RULES_DATA_DIR: data }, ...args);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^steps\.json: 'leaving-medicaid' citations\[0\]: quote is not verbatim in the excerpts of its source 'orange-county-ssa'/);
    }
    cpSync(path.join(ROOT, 'rules', 'data', 'steps.json'), path.join(data, 'steps.json'));
    expect(existsSync(out)).toBe(false);
    expect(rulesWith({ MDN_RULES_DATA_DIR: data }, 'sign', '--key', keys[0]!.keyFile, '--out', out).code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });
});

