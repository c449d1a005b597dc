import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { INSTALLED_BUNDLE_FILE, openRulesStore } from '../../electron/main/rules-store.ts';
import { MAX_BUNDLE_BYTES } from '../../rules/signing.ts';
import { bundleVersion, makeKey, SHIPPED, signedBytes, tempDir, type TestKey } from './helpers/signed-bundles.ts';

let userData: string;
let incoming: string;
let publisher: TestKey;

beforeEach(() => {
  userData = tempDir('userdata');
  incoming = tempDir('usb');
  publisher = makeKey();
});

const open = () => openRulesStore({ dir: userData, trustedKeys: [publisher.trusted], shippedBundle: SHIPPED });

function usbFile(name: string, bytes: Uint8Array | string): string {
  const file = path.join(incoming, name);
  writeFileSync(file, bytes);
  return file;
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
    expect(readdirSync(userData)).toEqual([INSTALLED_BUNDLE_FILE]); // no temp file left
    const restarted = await open();
    expect(restarted.info()).toMatchObject({ version: '1.1.0', origin: 'imported' });
    expect(restarted.info().warning).toBeUndefined();
  });

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

  it('refuses a bundle with one byte changed after signing', async () => {
    const bytes = signedBytes(bundleVersion('1.1.0'), publisher);
    const at = bytes.indexOf('"version":"1.1.0"') + '"version":"1.1.'.length;
    expect(String.fromCharCode(bytes[at]!)).toBe('0');
    bytes[at] = '9'.charCodeAt(0); // still a valid bundle, version 1.1.9: only the signature can tell
    await expectRefused(usbFile('tampered.json', bytes), 'bad_signature');
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
    await expectRefused(usbFile('unsigned.json', JSON.stringify({ payload: bundleVersion('1.1.0'), signatures: [] })), 'unsigned');
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
