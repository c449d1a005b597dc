// The one IPC contract: every call the renderer may make is declared once here, with its
// argument schema and result type, and everything else is derived from that entry:
//   - the preload exposes one function per entry as window.api (electron/preload/api.ts);
//   - main registers one guarded handler per entry, with the sender check and this argument
//     schema (electron/main/ipc/index.ts, guard.ts), and refuses to start if an entry has no
//     handler or a handler has no entry;
//   - the renderer is typed by `Api`, and the preview's stand-in (renderer/api/previewApi.ts)
//     and the test doubles implement the same `Api` (the compiler names a missing call).
// Adding a call: an entry here, its handler in electron/main/ipc/handlers.ts, and its
// preview stand-in in renderer/api/previewApi.ts.
//
// zod is imported for its types only: each schema is written as a function of zod, and
// only main (guard.ts) runs it with the real library. So the sandboxed preload can import
// this file for the channel names without bundling zod into the privileged context.
import type { z } from 'zod';
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

type Zod = typeof z;

interface Call<Args extends z.ZodTuple, Result> {
  /** The argument schema, built by main with the real zod (see guard.ts). */
  args: (zod: Zod) => Args;
  /** Phantom: carries the result type. */
  result?: Result;
}
const call = <Result>() => <Args extends z.ZodTuple>(args: (zod: Zod) => Args): Call<Args, Result> => ({ args });
const noArgs = (zod: Zod) => zod.tuple([]);

export const ipcContract = {
  /** App and rules versions, for the About screen and the verified-as-of line. */
  appInfo: call<AppInfo>()(noArgs),
  /** The active rules bundle; the renderer runs the (pure) engine on it. */
  rulesBundle: call<Bundle>()(noArgs),
  /** Main opens the file dialog itself; the renderer never sees a path. */
  importRulesBundle: call<ImportResult>()(noArgs),
  /** Print the answer view on a printer. */
  printAnswer: call<OutputResult>()(noArgs),
  /** Save the answer view as PDF where the user chooses. */
  saveAnswerPdf: call<OutputResult>()(noArgs),
  kioskSettings: call<KioskSettings>()(noArgs),
  /** Staff exit from kiosk mode; main checks the PIN against the salted hash in the config. */
  exitKiosk: call<{ ok: boolean }>()((zod) => zod.tuple([zod.string().min(1).max(64)])),
  /** Kiosk idle reset: main clears the clipboard and the session's storage and reloads the window. */
  resetSession: call<{ ok: boolean }>()(noArgs),
} as const;

export type Channel = keyof typeof ipcContract;
type ArgsOf<C extends Channel> = z.infer<ReturnType<(typeof ipcContract)[C]['args']>>;
type ResultOf<C extends Channel> = NonNullable<(typeof ipcContract)[C]['result']>;

/** What the renderer sees as window.api. */
export type Api = { [C in Channel]: (...args: ArgsOf<C>) => Promise<ResultOf<C>> };
/** What main implements, one handler per channel. */
export type Handlers = { [C in Channel]: (...args: ArgsOf<C>) => Promise<ResultOf<C>> | ResultOf<C> };

export const CHANNELS = Object.freeze(Object.keys(ipcContract)) as readonly Channel[];
export const channelName = (c: Channel): string => `mdn:${c}`;

/** window.api: one function per declared call, each bound to its fixed channel name. The
 * page cannot name a channel, and never sees `invoke` itself. Used by the preload. */
export function bridgeApi(invoke: (channel: string, ...args: unknown[]) => Promise<unknown>): Api {
  const api: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const channel of CHANNELS) {
    const name = channelName(channel);
    api[channel] = (...args: unknown[]) => invoke(name, ...args);
  }
  return Object.freeze(api) as unknown as Api;
}
