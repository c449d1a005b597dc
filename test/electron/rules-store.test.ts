import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { FLOOR_FILE, INSTALLED_BUNDLE_FILE, openRulesStore } from '../../electron/main/rules-store.ts';
import { MAX_BUNDLE_BYTES, signBundle, type TrustPolicy } from '../../rules/signing.ts';
import { deepPayloadV1, deeplyNestedText, manySignatures, signRaw } from '../rules/hostile-bundles.ts';
import { bundleVersion, makeKey, SHIPPED, signedBytes, tempDir, type TestKey } from './helpers/signed-bundles.ts';

let userData: string;
let incoming: string;
let publisher: TestKey;

beforeEach(() => {
  userData = tempDir('userdata');
  incoming = tempDir('usb');
  publisher = makeKey();
});

const open = (keys = [publisher.trusted], policy?: TrustPolicy) => openRulesStore({ dir: userData, trustedKeys: keys, shippedBundle: SHIPPED, ...(policy ? { policy } : {}) });

function usbFile(name: string, bytes: Uint8Array | string): string {
  const file = path.join(incoming, name);
  writeFileSync(file, bytes);
  return file;
}

async function expectRefused(file: string, reason: string) {
  const store = await open();
  const result = await store.importFile(file);
  expect(result).toMatchObject({ ok: false, reason });
  if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
  expect(store.activeBundle()).toBe(SHIPPED);
  expect(store.info().origin).toBe('shipped');
  expect(existsSync(path.join(userData, INSTALLED_BUNDLE_FILE))).toBe(false);
  return store;
}

describe('rules store', () => {
  it('starts on the shipped bundle when nothing is installed', async () => {
    const store = await open();
    expect(store.info()).toEqual({ version: '1.0.0', dataAsOf: SHIPPED.dataAsOf, factsThrough: SHIPPED.factsThrough, origin: 'shipped', staleAfterDays: 120 });
    expect(store.activeBundle()).toBe(SHIPPED);
  });

  it('imports a valid newer bundle, installs it, and keeps it at the next start', async () => {
    const store = await open();
    const result = await store.importFile(usbFile('rules.json', signedBytes(bundleVersion('1.1.0'), publisher)));
    expect(result).toEqual({ ok: true, rules: expect.objectContaining({ version: '1.1.0', origin: 'imported' }) });
    expect(store.activeBundle().version).toBe('1.1.0');
    expect(readdirSync(userData).sort()).toEqual([INSTALLED_BUNDLE_FILE, FLOOR_FILE].sort()); // no temp file left
    const restarted = await open();
    expect(restarted.info()).toMatchObject({ version: '1.1.0', origin: 'imported' });
    expect(restarted.info().warning).toBeUndefined();
  });

  it('refuses a bundle with one byte changed after signing', async () => {
    const envelope = signBundle(bundleVersion('1.1.0'), publisher.privatePem);
    const payload = Buffer.from(envelope.payload, 'base64');
    const at = payload.indexOf('"version":"1.1.0"') + '"version":"1.1.'.length;
    expect(String.fromCharCode(payload[at]!)).toBe('0');
    payload[at] = '9'.charCodeAt(0); // still a valid bundle, version 1.1.9: only the signature can tell
    await expectRefused(usbFile('tampered.json', JSON.stringify({ ...envelope, payload: payload.toString('base64') })), 'bad_signature');
  });

  it('refuses a bundle signed by a key the app does not trust', async () => {
    await expectRefused(usbFile('stranger.json', signedBytes(bundleVersion('1.1.0'), makeKey())), 'unknown_key');
  });

  it('refuses a bundle older than the active one, and keeps an imported one in force', async () => {
    const store = await open();
    expect((await store.importFile(usbFile('new.json', signedBytes(bundleVersion('1.2.0'), publisher)))).ok).toBe(true);
    const result = await store.importFile(usbFile('old.json', signedBytes(bundleVersion('1.1.5'), publisher)));
    expect(result).toMatchObject({ ok: false, reason: 'older' });
    expect(store.activeBundle().version).toBe('1.2.0');
    expect((await open()).activeBundle().version).toBe('1.2.0');
  });

  it('refuses a bundle older than the shipped one', async () => {
    await expectRefused(usbFile('old.json', signedBytes(bundleVersion('0.9.0'), publisher)), 'older');
  });

  it('refuses a correctly signed bundle that fails the schema', async () => {
    const broken = { ...bundleVersion('1.1.0'), rules: [] }; // totality: no rule covers any cell
    await expectRefused(usbFile('schema.json', signedBytes(broken, publisher)), 'schema');
  });

  it('refuses an oversized file without installing it', async () => {
    await expectRefused(usbFile('huge.json', Buffer.alloc(MAX_BUNDLE_BYTES + 10, 0x20)), 'too_large');
  });

  it('refuses a truncated file', async () => {
    const bytes = signedBytes(bundleVersion('1.1.0'), publisher);
    await expectRefused(usbFile('cut.json', bytes.subarray(0, Math.floor(bytes.length / 2))), 'not_json');
  });

  it('refuses a file that is not a signed bundle, an unsigned one, and one that cannot be read', async () => {
    await expectRefused(usbFile('plain.json', JSON.stringify(bundleVersion('1.1.0'))), 'not_a_bundle');
    await expectRefused(usbFile('unsigned.json', JSON.stringify({ ...signBundle(bundleVersion('1.1.0'), publisher.privatePem), signatures: [] })), 'unsigned');
    await expectRefused(usbFile('format1.json', JSON.stringify({ payload: bundleVersion('1.1.0'), signatures: [] })), 'old_format');
    await expectRefused(path.join(incoming, 'missing.json'), 'unreadable');
  });

  it('reports write_failed and keeps the old bundle when the install cannot be written', async () => {
    const store = await openRulesStore({ dir: path.join(userData, 'does-not-exist'), trustedKeys: [publisher.trusted], shippedBundle: SHIPPED });
    const result = await store.importFile(usbFile('ok.json', signedBytes(bundleVersion('1.1.0'), publisher)));
    expect(result).toMatchObject({ ok: false, reason: 'write_failed' });
    expect(store.activeBundle()).toBe(SHIPPED);
  });

  it('falls back to the shipped bundle, and says so, when the installed bundle was corrupted', async () => {
    const store = await open();
    await store.importFile(usbFile('new.json', signedBytes(bundleVersion('1.1.0'), publisher)));
    const installed = path.join(userData, INSTALLED_BUNDLE_FILE);
    const bytes = readFileSync(installed);
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = bytes[middle]! ^ 0x01;
    writeFileSync(installed, bytes);
    const restarted = await open();
    expect(restarted.activeBundle()).toBe(SHIPPED);
    expect(restarted.info()).toMatchObject({ origin: 'shipped', version: '1.0.0' });
    expect(restarted.info().warning).toMatch(/came with the app/);
  });

  it('falls back with a warning when the installed bundle is no longer signed by a trusted key', async () => {
    writeFileSync(path.join(userData, INSTALLED_BUNDLE_FILE), signedBytes(bundleVersion('1.1.0'), makeKey()));
    const store = await open();
    expect(store.activeBundle()).toBe(SHIPPED);
    expect(store.info().warning).toMatch(/does not trust/);
  });

  it('prefers a newer shipped bundle over an older installed one, without a warning', async () => {
    writeFileSync(path.join(userData, INSTALLED_BUNDLE_FILE), signedBytes(bundleVersion('0.5.0'), publisher));
    const store = await open();
    expect(store.activeBundle()).toBe(SHIPPED);
    expect(store.info().warning).toBeUndefined();
  });
});

describe('rules store: hostile files never throw, never hang (review L1, L3, L16)', () => {
  it('refuses a payload nested 5,000 deep at import, and starts on the shipped rules when one is installed', async () => {
    const store = await open();
    await expect(store.importFile(usbFile('deep.json', deepPayloadV1(5_000)))).resolves.toMatchObject({ ok: false, reason: 'old_format' });
    await expect(store.importFile(usbFile('deep2.json', signRaw(deeplyNestedText(5_000), publisher.privatePem)))).resolves.toMatchObject({ ok: false, reason: 'schema' });
    for (const deep of [deepPayloadV1(5_000), signRaw(deeplyNestedText(5_000), publisher.privatePem)]) {
      writeFileSync(path.join(userData, INSTALLED_BUNDLE_FILE), deep);
      const started = await open(); // threw a RangeError before, and the app exited with start-failed
      expect(started.activeBundle()).toBe(SHIPPED);
      expect(started.info().warning).toMatch(/came with the app/);
    }
  });

  it('refuses 32,000 bogus signatures without checking them', async () => {
    const store = await open();
    const t = performance.now();
    await expect(store.importFile(usbFile('many.json', manySignatures(32_000, publisher.trusted.keyId)))).resolves.toMatchObject({ ok: false, reason: 'not_a_bundle' });
    expect(performance.now() - t).toBeLessThan(1_000);
  });

  it('refuses a directory, a device and a FIFO without reading or waiting', async () => {
    await expectRefused(incoming, 'unreadable');
    if (process.platform !== 'win32') {
      await expectRefused('/dev/zero', 'unreadable');
      const fifo = path.join(incoming, 'pipe.json');
      if (spawnSync('mkfifo', [fifo]).status === 0) await expectRefused(fifo, 'unreadable'); // opening it used to wait for a writer
    }
  });

  it('an installed file larger than any bundle is not read at start-up', async () => {
    writeFileSync(path.join(userData, INSTALLED_BUNDLE_FILE), Buffer.alloc(MAX_BUNDLE_BYTES + 10, 0x20));
    const store = await open();
    expect(store.activeBundle()).toBe(SHIPPED);
    expect(store.info().warning).toMatch(/too large/);
  });

  it('removes temp files a crash left between write and rename', async () => {
    writeFileSync(path.join(userData, `.${INSTALLED_BUNDLE_FILE}.abcdef012345.tmp`), 'half a bundle');
    writeFileSync(path.join(userData, 'kiosk.json'), '{}');
    await open();
    expect(readdirSync(userData)).toEqual(['kiosk.json']);
  });
});

describe('rules store: rollback protection that survives a swap of the bundle file (review L4)', () => {
  const installed = () => path.join(userData, INSTALLED_BUNDLE_FILE);

  it('refuses an older signed bundle swapped in on disk, says so, and takes the genuine one again', async () => {
    const store = await open();
    expect((await store.importFile(usbFile('new.json', signedBytes(bundleVersion('1.2.0'), publisher)))).ok).toBe(true);
    writeFileSync(installed(), signedBytes(bundleVersion('1.1.0'), publisher)); // validly signed, but older
    const restarted = await open();
    expect(restarted.info().version).not.toBe('1.1.0'); // accepted before: review B5
    expect(restarted.activeBundle()).toBe(SHIPPED);
    expect(restarted.info().warning).toMatch(/version 1\.1\.0, older than version 1\.2\.0 that this computer accepted before: the file was replaced/);
    // Importing it again is refused too; the genuine bundle is accepted again.
    expect(await restarted.importFile(usbFile('old.json', signedBytes(bundleVersion('1.1.0'), publisher)))).toMatchObject({ ok: false, reason: 'older' });
    expect(await restarted.importFile(usbFile('again.json', signedBytes(bundleVersion('1.2.0'), publisher)))).toMatchObject({ ok: true });
  });

  it('says so when the installed bundle disappeared', async () => {
    await (await open()).importFile(usbFile('new.json', signedBytes(bundleVersion('1.2.0'), publisher)));
    rmSync(installed());
    const restarted = await open();
    expect(restarted.activeBundle()).toBe(SHIPPED);
    expect(restarted.info().warning).toMatch(/\(version 1\.2\.0\) are missing/);
  });

  it('writes the floor again from the bundle in force when the floor file was deleted or damaged', async () => {
    await (await open()).importFile(usbFile('new.json', signedBytes(bundleVersion('1.2.0'), publisher)));
    writeFileSync(path.join(userData, FLOOR_FILE), '{ damaged');
    expect((await open()).info()).toMatchObject({ version: '1.2.0', origin: 'imported' });
    expect(JSON.parse(readFileSync(path.join(userData, FLOOR_FILE), 'utf8'))).toEqual({ accepted: [{ version: '1.2.0', keyIds: [publisher.trusted.keyId] }] });
  });

  it('accepts the same version again only with the same rules', async () => {
    const store = await open();
    await store.importFile(usbFile('a.json', signedBytes(bundleVersion('1.2.0'), publisher)));
    expect(await store.importFile(usbFile('same.json', signedBytes(bundleVersion('1.2.0'), publisher)))).toMatchObject({ ok: true });
    const different = await store.importFile(usbFile('b.json', signedBytes({ ...bundleVersion('1.2.0'), sources: SHIPPED.sources.map((src, i) => (i === 0 ? { ...src, title: `${src.title} (corrected)` } : src)) }, publisher)));
    expect(different).toMatchObject({ ok: false, reason: 'same_version' });
    expect(store.activeBundle().sources[0]!.title).toBe(SHIPPED.sources[0]!.title);
  });
});

describe('rules store: several keys, revocation, threshold (review M5)', () => {
  it('a stolen key\'s "version 999" stops blocking genuine bundles once the key is revoked', async () => {
    const stolen = publisher;
    const backup = makeKey();
    const keys = [stolen.trusted, backup.trusted];
    const store = await open(keys);
    expect(await store.importFile(usbFile('evil.json', signedBytes(bundleVersion('999.0.0'), stolen)))).toMatchObject({ ok: true });
    expect(await store.importFile(usbFile('genuine.json', signedBytes(bundleVersion('1.3.0'), backup)))).toMatchObject({ ok: false, reason: 'older' });
    // The next app release revokes the stolen key.
    const revoked: TrustPolicy = { threshold: 1, revokedKeyIds: [stolen.trusted.keyId] };
    const released = await open(keys, revoked);
    expect(released.activeBundle()).toBe(SHIPPED);
    expect(released.info().warning).toMatch(/revoked/);
    expect(await released.importFile(usbFile('genuine.json', signedBytes(bundleVersion('1.3.0'), backup)))).toMatchObject({ ok: true });
    expect((await open(keys, revoked)).info()).toMatchObject({ version: '1.3.0', origin: 'imported' });
  });

  it('with threshold 2, a bundle signed by one key is refused at import and at start-up', async () => {
    const second = makeKey();
    const keys = [publisher.trusted, second.trusted];
    const twoOf: TrustPolicy = { threshold: 2, revokedKeyIds: [] };
    const store = await open(keys, twoOf);
    expect(await store.importFile(usbFile('one.json', signedBytes(bundleVersion('1.1.0'), publisher)))).toMatchObject({ ok: false, reason: 'too_few_signatures' });
    writeFileSync(path.join(userData, INSTALLED_BUNDLE_FILE), signedBytes(bundleVersion('1.1.0'), publisher));
    expect((await open(keys, twoOf)).activeBundle()).toBe(SHIPPED);
  });
});
