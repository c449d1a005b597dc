import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { kioskConfigPath, loadKioskConfig, MAX_KIOSK_CONFIG_BYTES, NORMAL_MODE, parseKioskConfig, type KioskState } from '../../electron/main/kiosk-config.ts';
import { hashPin, PIN_RULE, SCRYPT_COST, verifyPin } from '../../electron/main/kiosk-pin.ts';
import { tempDir } from './helpers/signed-bundles.ts';

const exitPin = hashPin('482193');
const valid = {
  idleTimeoutSeconds: 90,
  presetJurisdiction: 'CA',
  languages: ['es', 'en', 'zh-Hant'],
  helpContacts: [{ name: 'Front desk', phone: '555-0100', hours: 'Mon–Fri 9–5' }],
  exitPin,
};

/** Security review M3: kiosk mode, locked, no PIN to leave by, and the reason for staff. */
function expectFailedClosed(state: KioskState, why: RegExp) {
  expect(state.settings).toMatchObject({ enabled: true, needsStaff: true, idleTimeoutSeconds: 120, helpContacts: [] });
  expect(state.settings.warning).toMatch(why);
  expect(state.settings.warning).toMatch(/stays locked until staff fix the file/);
  expect(state.exitPin).toBeUndefined();
  expect(state.settings.presetJurisdiction).toBeUndefined();
}

describe('kiosk config', () => {
  it('turns a valid config into kiosk settings, without the PIN hash', () => {
    const state = parseKioskConfig(JSON.stringify(valid));
    expect(state.settings).toEqual({
      enabled: true,
      idleTimeoutSeconds: 90,
      presetJurisdiction: 'CA',
      languages: ['es', 'en', 'zh-Hant'],
      helpContacts: [{ name: 'Front desk', phone: '555-0100', hours: 'Mon–Fri 9–5' }],
    });
    expect(JSON.stringify(state.settings)).not.toContain(exitPin.hash);
    expect(state.exitPin).toEqual(exitPin);
  });

  it('keeps the printer a kiosk names for main only', () => {
    const state = parseKioskConfig(JSON.stringify({ ...valid, printer: 'HP_LaserJet' }));
    expect(state.printer).toBe('HP_LaserJet');
    expect(JSON.stringify(state.settings)).not.toContain('HP_LaserJet');
  });

  it('fills in the defaults of a minimal config', () => {
    expect(parseKioskConfig(JSON.stringify({ exitPin })).settings).toEqual({ enabled: true, idleTimeoutSeconds: 120, helpContacts: [] });
  });

  it('runs in normal mode, without a warning, when a valid config says enabled: false', () => {
    expect(parseKioskConfig(JSON.stringify({ ...valid, enabled: false }))).toEqual({ settings: NORMAL_MODE });
  });

  it('runs in normal mode, without a warning, when there is no kiosk.json', async () => {
    const dir = tempDir('nokiosk');
    expect(await loadKioskConfig(kioskConfigPath(['app'], dir))).toEqual({ settings: NORMAL_MODE });
  });

  it('reads kiosk.json from the user-data folder, or the file named by --kiosk-config', async () => {
    const dir = tempDir('kiosk');
    writeFileSync(path.join(dir, 'kiosk.json'), JSON.stringify(valid));
    expect((await loadKioskConfig(kioskConfigPath(['app'], dir))).settings.enabled).toBe(true);
    const other = path.join(dir, 'clinic.json');
    writeFileSync(other, JSON.stringify({ ...valid, idleTimeoutSeconds: 45 }));
    expect(kioskConfigPath(['app', `--kiosk-config=${other}`], '/elsewhere')).toEqual({ path: other, explicit: true });
    expect((await loadKioskConfig(kioskConfigPath(['app', `--kiosk-config=${other}`], dir))).settings.idleTimeoutSeconds).toBe(45);
  });
});

describe('a kiosk config that exists but cannot be used fails closed (security review M3)', () => {
  // The review's own list (§5.1), then the rest of what can go wrong with the file.
  it.each([
    ['a typo in a key (idleTimeout)', JSON.stringify({ exitPin, idleTimeout: 60 }), /idleTimeout/],
    ['no PIN', JSON.stringify({ idleTimeoutSeconds: 60 }), /exitPin/],
    ['a trailing comma', `{ "exitPin": ${JSON.stringify(exitPin)}, }`, /not valid JSON/],
    ['a UTF-8 byte-order mark', `\uFEFF${JSON.stringify(valid)}`, /byte-order mark/],
    ['bad JSON', '{ "exitPin": ', /not valid JSON/],
    ['an idle timeout of 20 s', JSON.stringify({ ...valid, idleTimeoutSeconds: 20 }), /idleTimeoutSeconds/],
    ['an empty file', '', /not valid JSON/],
    ['a list', '[]', /mistakes/],
    ['the idle timeout as a string', JSON.stringify({ ...valid, idleTimeoutSeconds: '90' }), /idleTimeoutSeconds/],
    ['an unknown jurisdiction', JSON.stringify({ ...valid, presetJurisdiction: 'XX' }), /presetJurisdiction/],
    ['a language that is not a locale code', JSON.stringify({ ...valid, languages: ['Spanish'] }), /languages/],
    ['contacts not a list', JSON.stringify({ ...valid, helpContacts: { name: 'x' } }), /helpContacts/],
    ['a contact with an unknown key', JSON.stringify({ ...valid, helpContacts: [{ name: 'x', email: 'a@b' }] }), /helpContacts/],
    ['an unknown top-level key', JSON.stringify({ ...valid, allowDevTools: true }), /allowDevTools/],
    ['a plain-text PIN', JSON.stringify({ ...valid, exitPin: '482193' }), /exitPin/],
    ['enabled as a string', JSON.stringify({ ...valid, enabled: 'yes' }), /enabled/],
    ['enabled: false, but with a typo', JSON.stringify({ enabled: false, exitPin, idleTimeout: 60 }), /idleTimeout/],
    ['a PIN hash from before (4 digits allowed, N=2^15)', JSON.stringify({ ...valid, exitPin: { algorithm: 'scrypt', salt: exitPin.salt, hash: exitPin.hash } }), /made by an older version.*6 to 12 digits/],
    ['a PIN hash with a weaker cost', JSON.stringify({ ...valid, exitPin: { ...exitPin, N: 1 << 15 } }), /exitPin/],
    ['a PIN hash with a cost that would exhaust memory', JSON.stringify({ ...valid, exitPin: { ...exitPin, N: 1 << 24 } }), /exitPin/],
  ])('%s', (_name, raw, why) => {
    expectFailedClosed(parseKioskConfig(raw), why);
  });

  it('a file named on the command line that does not exist', async () => {
    expectFailedClosed(await loadKioskConfig(kioskConfigPath(['app', '--kiosk-config=/nonexistent/kiosk.json'], '/tmp')), /does not exist/);
  });

  it('a kiosk.json that is a folder, cannot be read, or is far too large', async () => {
    const dir = tempDir('kiosk-odd');
    mkdirSync(path.join(dir, 'kiosk.json'));
    expectFailedClosed(await loadKioskConfig(kioskConfigPath(['app'], dir)), /not a file/);
    const big = tempDir('kiosk-big');
    writeFileSync(path.join(big, 'kiosk.json'), ' '.repeat(MAX_KIOSK_CONFIG_BYTES + 1));
    expectFailedClosed(await loadKioskConfig(kioskConfigPath(['app'], big)), /larger than/);
    const denied = Object.assign(new Error('EACCES'), { code: 'EACCES' });
    expectFailedClosed(await loadKioskConfig({ path: '/x/kiosk.json', explicit: false }, async () => { throw denied; }), /cannot be read/);
  });
});

describe('kiosk PIN (security review M4)', () => {
  it('accepts the right PIN and refuses a wrong one', async () => {
    expect(await verifyPin('482193', exitPin)).toBe(true);
    expect(await verifyPin('482194', exitPin)).toBe(false);
    expect(await verifyPin('', exitPin)).toBe(false);
    expect(await verifyPin('4821931', exitPin)).toBe(false);
    expect(await verifyPin('４８２１９３', exitPin)).toBe(true); // full-width digits
  });

  it('salts every hash, and stores its scrypt cost: N=2^17, r=8, p=1', async () => {
    const again = hashPin('482193');
    expect(again.salt).not.toBe(exitPin.salt);
    expect(again.hash).not.toBe(exitPin.hash);
    expect(again).toMatchObject({ algorithm: 'scrypt', N: 131072, r: 8, p: 1 });
    expect(SCRYPT_COST).toEqual({ N: 131072, r: 8, p: 1 });
    expect(await verifyPin('482193', again)).toBe(true);
  });

  it('refuses to hash a PIN that is not 6 to 12 digits', () => {
    for (const pin of ['2468', '12345', 'abcdef', '1234567890123']) expect(() => hashPin(pin)).toThrow(PIN_RULE);
    expect(PIN_RULE).toBe('A staff PIN is 6 to 12 digits.');
  });
});
