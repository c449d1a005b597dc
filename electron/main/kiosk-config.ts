// Kiosk mode comes from a local config file (brief §4): --kiosk-config=PATH, or kiosk.json
// in the user-data folder. It is validated strictly; a config that exists but is broken
// never crashes the app: it runs in normal mode and says why (KioskSettings.warning).
import { readFile } from 'node:fs/promises';
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
  /** Made with `npm run kiosk-pin -- <PIN>`. Without it staff could not leave the kiosk. */
  exitPin: pinHashSchema,
}).strict();
export type KioskConfig = z.infer<typeof kioskConfigSchema>;

export interface KioskState {
  settings: KioskSettings;
  /** Present only when kiosk mode is on. */
  exitPin?: PinHash;
}

export const NORMAL_MODE: KioskSettings = { enabled: false, idleTimeoutSeconds: 0, helpContacts: [] };

/** Where the kiosk config is: the flag wins, otherwise kiosk.json in the user-data folder. */
export function kioskConfigPath(argv: readonly string[], userDataDir: string): { path: string; explicit: boolean } {
  const flag = argv.find((a) => a.startsWith(KIOSK_CONFIG_FLAG));
  if (flag && flag.length > KIOSK_CONFIG_FLAG.length) return { path: path.resolve(flag.slice(KIOSK_CONFIG_FLAG.length)), explicit: true };
  return { path: path.join(userDataDir, KIOSK_CONFIG_FILE), explicit: false };
}

function normalModeWithWarning(warning: string): KioskState {
  return { settings: { ...NORMAL_MODE, warning } };
}

/** Turns file text into a kiosk state. Pure; every failure becomes a warning. */
export function parseKioskConfig(raw: string): KioskState {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return normalModeWithWarning('The kiosk settings file is not valid JSON, so the app is running in normal mode.');
  }
  const parsed = kioskConfigSchema.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`).join('; ');
    return normalModeWithWarning(`The kiosk settings file has mistakes (${where}), so the app is running in normal mode.`);
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
  };
}

export async function loadKioskConfig(
  location: { path: string; explicit: boolean },
  read: (p: string) => Promise<string> = (p) => readFile(p, 'utf8'),
): Promise<KioskState> {
  let raw: string;
  try {
    raw = await read(location.path);
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
    if (missing && !location.explicit) return { settings: NORMAL_MODE };
    return normalModeWithWarning(missing
      ? 'The kiosk settings file named on the command line does not exist, so the app is running in normal mode.'
      : 'The kiosk settings file cannot be read, so the app is running in normal mode.');
  }
  return parseKioskConfig(raw);
}
