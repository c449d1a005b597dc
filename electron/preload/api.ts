// window.api, built from the contract's channels, for the preload only. The preload runs with ipcRenderer in a
// privileged context, so it stays tiny: importing ../ipc-contract.ts for real would bundle
// zod (≈140 KB) into it. The list is checked against the contract at compile time (a
// channel added there and not here is a type error) and at test time (preload.test.ts).
import type { Api, Channel } from '../ipc-contract.ts';

export const PRELOAD_CHANNELS = [
  'appInfo',
  'rulesBundle',
  'importRulesBundle',
  'printAnswer',
  'saveAnswerPdf',
  'kioskSettings',
  'exitKiosk',
  'resetSession',
] as const satisfies readonly Channel[];

type Missing = Exclude<Channel, (typeof PRELOAD_CHANNELS)[number]>;
/** Fails to compile while a contract channel is missing from PRELOAD_CHANNELS. */
export const EVERY_CHANNEL_LISTED: [Missing] extends [never] ? true : { missing: Missing } = true;

/** Same format as channelName() in the contract (asserted by the preload test). */
export const preloadChannelName = (channel: Channel): string => `mdn:${channel}`;

/** One function per channel, each bound to its fixed channel name. */
export function buildApi(invoke: (channel: string, ...args: unknown[]) => Promise<unknown>): Api {
  const api: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const channel of PRELOAD_CHANNELS) {
    const name = preloadChannelName(channel);
    api[channel] = (...args: unknown[]) => invoke(name, ...args);
  }
  return Object.freeze(api) as unknown as Api;
}
