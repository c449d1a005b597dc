import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { kioskConfigPath, loadKioskConfig, NORMAL_MODE, parseKioskConfig } from '../../electron/main/kiosk-config.ts';
import { hashPin, verifyPin } from '../../electron/main/kiosk-pin.ts';
import { tempDir } from './helpers/signed-bundles.ts';

const exitPin = hashPin('4821');
const valid = {
  idleTimeoutSeconds: 90,
  presetJurisdiction: 'CA',
  languages: ['es', 'en', 'zh-Hant'],
  helpContacts: [{ name: 'Front desk', phone: '555-0100', hours: 'Mon–Fri 9–5' }],
  exitPin,
};

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

  it('fills in the defaults of a minimal config', () => {
    expect(parseKioskConfig(JSON.stringify({ exitPin })).settings).toEqual({ enabled: true, idleTimeoutSeconds: 120, helpContacts: [] });
  });

  it('runs in normal mode, without a warning, when the config says enabled: false', () => {
    expect(parseKioskConfig(JSON.stringify({ ...valid, enabled: false }))).toEqual({ settings: NORMAL_MODE });
  });

  it('runs in normal mode, without a warning, when there is no kiosk.json', async () => {
    const dir = tempDir('nokiosk');
    expect(await loadKioskConfig(kioskConfigPath(['app'], dir))).toEqual({ settings: NORMAL_MODE });
  });

  it('warns when a config named on the command line is missing', async () => {
    const state = await loadKioskConfig(kioskConfigPath(['app', '--kiosk-config=/nonexistent/kiosk.json'], '/tmp'));
    expect(state.settings.enabled).toBe(false);
    expect(state.settings.warning).toMatch(/does not exist/);
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

  it.each([
    ['{ "exitPin": ', /not valid JSON/],
    ['', /not valid JSON/],
    ['[]', /mistakes/],
  ])('falls back to normal mode with a warning on malformed JSON: %j', (raw, warning) => {
    const state = parseKioskConfig(raw);
    expect(state.settings.enabled).toBe(false);
    expect(state.settings.warning).toMatch(warning);
    expect(state.exitPin).toBeUndefined();
  });

  it.each([
    ['idle timeout as a string', { ...valid, idleTimeoutSeconds: '90' }, /idleTimeoutSeconds/],
    ['idle timeout too short', { ...valid, idleTimeoutSeconds: 5 }, /idleTimeoutSeconds/],
    ['unknown jurisdiction', { ...valid, presetJurisdiction: 'XX' }, /presetJurisdiction/],
    ['language not a locale code', { ...valid, languages: ['Spanish'] }, /languages/],
    ['contacts not a list', { ...valid, helpContacts: { name: 'x' } }, /helpContacts/],
    ['contact with an unknown key', { ...valid, helpContacts: [{ name: 'x', email: 'a@b' }] }, /helpContacts/],
    ['unknown top-level key', { ...valid, allowDevTools: true }, /allowDevTools/],
    ['no PIN', { ...valid, exitPin: undefined }, /exitPin/],
    ['a plain-text PIN', { ...valid, exitPin: '4821' }, /exitPin/],
    ['enabled as a string', { ...valid, enabled: 'yes' }, /enabled/],
  ])('falls back to normal mode with a warning on wrong types: %s', (_name, config, where) => {
    const state = parseKioskConfig(JSON.stringify(config));
    expect(state.settings).toMatchObject({ enabled: false, idleTimeoutSeconds: 0, helpContacts: [] });
    expect(state.settings.warning).toMatch(where);
  });
});

describe('kiosk PIN', () => {
  it('accepts the right PIN and refuses a wrong one', () => {
    expect(verifyPin('4821', exitPin)).toBe(true);
    expect(verifyPin('4822', exitPin)).toBe(false);
    expect(verifyPin('', exitPin)).toBe(false);
    expect(verifyPin('48211', exitPin)).toBe(false);
  });

  it('salts every hash', () => {
    const again = hashPin('4821');
    expect(again.salt).not.toBe(exitPin.salt);
    expect(again.hash).not.toBe(exitPin.hash);
    expect(verifyPin('4821', again)).toBe(true);
  });

  it('refuses to hash a PIN that is not 4 to 12 digits', () => {
    expect(() => hashPin('12')).toThrow(/4 to 12 digits/);
    expect(() => hashPin('abcd')).toThrow(/4 to 12 digits/);
  });
});
