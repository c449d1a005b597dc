// Kiosk mode comes from a local config file (brief §4): --kiosk-config=PATH, or kiosk.json
// in the user-data folder. It is validated strictly. A config that exists but cannot be
// used (a typo, no PIN, a trailing comma, a byte-order mark, a file named on the command
// line that is missing) never crashes the app and FAILS CLOSED (security review M3): the
// app starts locked in kiosk mode showing only "This kiosk needs staff", with no way out
// but the operating system's, and says why in the log. Normal mode, with its file dialogs
// and Save as PDF, starts only when there is no config at all, or a valid one says
// `"enabled": false`.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { KioskSettings } from '../ipc-contract.ts';
import { JURISDICTION_CODES } from '../../rules/schema/vocabulary.ts';
import { pinHashSchema, type PinHash } from './kiosk-pin.ts';

export const KIOSK_CONFIG_FILE = 'kiosk.json';
export const KIOSK_CONFIG_FLAG = '--kiosk-config=';
export const DEFAULT_IDLE_TIMEOUT_SECONDS = 120;

const text = (max: number) => z.string().trim().min(1).max(max);

export const kioskConfigSchema = z.object({
  /** Lets staff keep a config on disk and switch the kiosk off without deleting it. */
  enabled: z.boolean().default(true),
  idleTimeoutSeconds: z.number().int().min(30).max(3600).default(DEFAULT_IDLE_TIMEOUT_SECONDS),
  presetJurisdiction: z.enum(JURISDICTION_CODES as [string, ...string[]]).optional(),
  languages: z.array(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a locale code such as "es" or "zh-Hant"')).min(1).max(60)
    .refine((l) => new Set(l).size === l.length, 'each language once').optional(),
  helpContacts: z.array(z.object({
    name: text(120),
    phone: text(40).optional(),
    address: text(300).optional(),
    hours: text(200).optional(),
  }).strict()).max(10).default([]),
  /** The printer the kiosk prints to, by the name the OS gives it. Needed when the computer
   * has more than one printer (Windows always has Microsoft Print to PDF): a kiosk never
   * prints to a printer that saves files (answer-output.ts). */
  printer: text(200).optional(),
  /** Made with `npm run --silent kiosk-pin`. Without it staff could not leave the kiosk. */
  exitPin: pinHashSchema,
}).strict();
export type KioskConfig = z.infer<typeof kioskConfigSchema>;

export interface KioskState {
  settings: KioskSettings;
  /** Present only when kiosk mode is on. */
  exitPin?: PinHash;
  /** Main's only: the renderer never needs the printer's name. */
  printer?: string;
}

export const NORMAL_MODE: KioskSettings = { enabled: false, idleTimeoutSeconds: 0, helpContacts: [] };
/** Far larger than any real config (a few hundred bytes). */
export const MAX_KIOSK_CONFIG_BYTES = 64 * 1024;

/** Where the kiosk config is: the flag wins, otherwise kiosk.json in the user-data folder. */
export function kioskConfigPath(argv: readonly string[], userDataDir: string): { path: string; explicit: boolean } {
  const flag = argv.find((a) => a.startsWith(KIOSK_CONFIG_FLAG));
  if (flag && flag.length > KIOSK_CONFIG_FLAG.length) return { path: path.resolve(flag.slice(KIOSK_CONFIG_FLAG.length)), explicit: true };
  return { path: path.join(userDataDir, KIOSK_CONFIG_FILE), explicit: false };
}

/** Locked: kiosk mode, no PIN (so no staff exit), nothing but the needs-staff screen. */
export function needsStaff(why: string): KioskState {
  return {
    settings: {
      enabled: true,
      needsStaff: true,
      idleTimeoutSeconds: DEFAULT_IDLE_TIMEOUT_SECONDS,
      helpContacts: [],
      warning: `${why} The kiosk stays locked until staff fix the file and restart the app.`,
    },
  };
}

/** A PIN hash without its cost was made for the old policy (4-digit PINs, review M4). */
function hasOldPinHash(json: unknown): boolean {
  const pin = (json as { exitPin?: unknown } | null)?.exitPin;
  return !!pin && typeof pin === 'object' && !('N' in pin);
}

/** Turns file text into a kiosk state. Pure; every failure is a locked kiosk that says why. */
export function parseKioskConfig(raw: string): KioskState {
  if (raw.startsWith('\uFEFF')) {
    return needsStaff('The kiosk settings file starts with a byte-order mark (BOM): save it as UTF-8 without one.');
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return needsStaff('The kiosk settings file is not valid JSON (look for a missing or extra comma or quotation mark).');
  }
  if (hasOldPinHash(json)) {
    return needsStaff('The staff PIN in the kiosk settings file was made by an older version of the app: make a new one (6 to 12 digits) with npm run kiosk-pin.');
  }
  const parsed = kioskConfigSchema.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`).join('; ');
    return needsStaff(`The kiosk settings file has mistakes (${where}).`);
  }
  const c = parsed.data;
  if (!c.enabled) return { settings: NORMAL_MODE };
  return {
    settings: {
      enabled: true,
      idleTimeoutSeconds: c.idleTimeoutSeconds,
      ...(c.presetJurisdiction ? { presetJurisdiction: c.presetJurisdiction as KioskSettings['presetJurisdiction'] } : {}),
      ...(c.languages ? { languages: c.languages } : {}),
      helpContacts: c.helpContacts,
    },
    exitPin: c.exitPin,
    ...(c.printer ? { printer: c.printer } : {}),
  };
}

class TooLarge extends Error {}
class NotAFile extends Error {}

/** The file's text, read only when it is a regular file of a sane size (opened without
 * waiting on a FIFO, checked on the open handle). */
async function readConfigFile(filePath: string): Promise<string> {
  const handle = await open(filePath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new NotAFile();
    if (info.size > MAX_KIOSK_CONFIG_BYTES) throw new TooLarge();
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}

export async function loadKioskConfig(
  location: { path: string; explicit: boolean },
  read: (p: string) => Promise<string> = readConfigFile,
): Promise<KioskState> {
  let raw: string;
  try {
    raw = await read(location.path);
  } catch (e) {
    // No kiosk.json in user-data: a laptop or a home computer.
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' && !location.explicit) return { settings: NORMAL_MODE };
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return needsStaff('The kiosk settings file named on the command line does not exist.');
    if (e instanceof TooLarge) return needsStaff(`The kiosk settings file is larger than ${MAX_KIOSK_CONFIG_BYTES} bytes; it is not a kiosk settings file.`);
    if (e instanceof NotAFile) return needsStaff('The kiosk settings file is not a file.');
    return needsStaff('The kiosk settings file cannot be read.');
  }
  return parseKioskConfig(raw);
}
