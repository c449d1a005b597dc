// Wraps every IPC handler: the sender must be the app's own main frame and the arguments
// must match the contract's zod tuple, or the call is refused (the renderer's promise
// rejects) before any handler code runs.
import { z } from 'zod';
import { channelName, ipcContract, type Channel, type Handlers } from '../../ipc-contract.ts';
import { logEvent } from '../log.ts';
import type { SenderEvent } from './sender.ts';

export type GuardedHandler = (event: SenderEvent, ...rawArgs: unknown[]) => Promise<unknown>;

export class IpcRefused extends Error {}

export function guardHandler<C extends Channel>(channel: C, handler: Handlers[C], isTrustedSender: (event: SenderEvent) => boolean): GuardedHandler {
  // Built once, with the real zod (the contract holds only a function of it).
  const schema = ipcContract[channel].args(z);
  return async (event, ...rawArgs) => {
    if (!isTrustedSender(event)) {
      logEvent('rejected-ipc-sender', channelName(channel));
      throw new IpcRefused(`${channelName(channel)}: refused a call from outside the app`);
    }
    const parsed = schema.safeParse(rawArgs);
    if (!parsed.success) {
      // Only the channel is logged: the arguments could be what the user typed.
      logEvent('rejected-ipc-arguments', channelName(channel));
      throw new IpcRefused(`${channelName(channel)}: invalid arguments`);
    }
    return (handler as (...args: unknown[]) => unknown)(...(parsed.data as unknown[]));
  };
}
