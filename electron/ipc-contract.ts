// The one IPC contract (Mullvad style): every call the renderer may make, with its
// argument validator and result type. Main registers a handler per entry, preload exposes
// a function per entry as window.api, the renderer is typed by `Api`, and the preview's
// in-page implementation and the test doubles implement the same `Api`. Adding a call
// here is the only way to add one.
import { z } from 'zod';
import type { Bundle } from '../rules/schema/bundle.ts';
import type { Jurisdiction } from '../rules/schema/vocabulary.ts';

export interface AppInfo {
  appVersion: string;
  /** 'electron' in the desktop app, 'preview' in the browser preview. */
  shell: 'electron' | 'preview';
  rules: RulesInfo;
}

export interface RulesInfo {
  version: string;
  /** The day someone last checked the sources. */
  dataAsOf: string;
  /** The last day the sources cover, and how exactly it is known. */
  factsThrough: { date: string; precision: 'day' | 'month' | 'year' | 'approximate' };
  /** Where the active bundle came from. */
  origin: 'shipped' | 'imported';
  /** Set when start-up had to fall back to the shipped bundle; said to the user. */
  warning?: string;
  /** Answers carry a "may be out of date" notice when factsThrough is older than this. */
  staleAfterDays: number;
}

export interface HelpContact {
  name: string;
  phone?: string;
  address?: string;
  hours?: string;
}

export interface KioskSettings {
  enabled: boolean;
  /** Seconds without a touch or key before the app wipes everything and starts over.
   * 0 when kiosk mode is off: no idle reset on a navigator's laptop or at home. */
  idleTimeoutSeconds: number;
  /** Skip the jurisdiction step (a clinic knows its state). */
  presetJurisdiction?: Jurisdiction;
  /** Locale codes offered on the language screen, in this order; all when absent. */
  languages?: string[];
  /** The clinic's own contacts, set by its staff in the kiosk config. */
  helpContacts: HelpContact[];
  /** Set when a kiosk config exists but cannot be used (security review M3: it fails
   * closed). Kiosk mode stays on, with no staff PIN, and the renderer shows only "This
   * kiosk needs staff" until staff fix the file and restart the app. */
  needsStaff?: boolean;
  /** Why the kiosk needs staff, in English, for staff (and the log). */
  warning?: string;
}

export type ImportResult =
  | { ok: true; rules: RulesInfo }
  | {
    ok: false;
    reason: 'cancelled' | 'unreadable' | 'too_large' | 'not_json' | 'not_a_bundle' | 'old_format' | 'unsigned' | 'unknown_key' | 'revoked_key'
      | 'bad_signature' | 'too_few_signatures' | 'schema' | 'older' | 'same_version' | 'write_failed';
    message: string;
  };

export type OutputResult = { ok: true } | { ok: false; reason: 'cancelled' | 'unavailable' | 'failed'; message: string };

interface Call<Args extends z.ZodTuple, Result> {
  args: Args;
  /** Phantom: carries the result type. */
  result?: Result;
}
const call = <Result>() => <Args extends z.ZodTuple>(args: Args): Call<Args, Result> => ({ args });

export const ipcContract = {
  /** App and rules versions, for the About screen and the verified-as-of line. */
  appInfo: call<AppInfo>()(z.tuple([])),
  /** The active rules bundle; the renderer runs the (pure) engine on it. */
  rulesBundle: call<Bundle>()(z.tuple([])),
  /** Main opens the file dialog itself; the renderer never sees a path. */
  importRulesBundle: call<ImportResult>()(z.tuple([])),
  /** Print the answer view on a printer. */
  printAnswer: call<OutputResult>()(z.tuple([])),
  /** Save the answer view as PDF where the user chooses. */
  saveAnswerPdf: call<OutputResult>()(z.tuple([])),
  kioskSettings: call<KioskSettings>()(z.tuple([])),
  /** Staff exit from kiosk mode; main checks the PIN against the salted hash in the config. */
  exitKiosk: call<{ ok: boolean }>()(z.tuple([z.string().min(1).max(64)])),
  /** Kiosk idle reset: main clears the clipboard and the session's storage and reloads the window. */
  resetSession: call<{ ok: boolean }>()(z.tuple([])),
} as const;

export type Channel = keyof typeof ipcContract;
type ArgsOf<C extends Channel> = z.infer<(typeof ipcContract)[C]['args']>;
type ResultOf<C extends Channel> = NonNullable<(typeof ipcContract)[C]['result']>;

/** What the renderer sees as window.api. */
export type Api = { [C in Channel]: (...args: ArgsOf<C>) => Promise<ResultOf<C>> };
/** What main implements, one handler per channel. */
export type Handlers = { [C in Channel]: (...args: ArgsOf<C>) => Promise<ResultOf<C>> | ResultOf<C> };

export const CHANNELS = Object.keys(ipcContract) as Channel[];
export const channelName = (c: Channel): string => `mdn:${c}`;
