// Registers one guarded handler (sender check, then the contract's argument schema) per call
// declared in electron/ipc-contract.ts. Only declared calls get a channel, so Electron
// refuses any other channel name. A declared call without a handler, or a handler for no
// declared call, stops registration (fail closed) rather than leaving a hole.
import type { IpcMain } from 'electron';
import { channelName, ipcContract, type Channel, type Handlers } from '../../ipc-contract.ts';
import { guardHandler } from './guard.ts';
import { HANDLERS, type HandlerFactories } from './handlers.ts';
import type { SenderEvent } from './sender.ts';
import type { MainServices } from './services.ts';

export { HANDLERS };

/** Throws naming every declared call without a handler and every handler without a declaration. */
export function assertOneHandlerPerCall(declared: readonly string[], handlers: object): void {
  const handled = Object.keys(handlers);
  const missing = declared.filter((c) => !handled.includes(c) || typeof (handlers as Record<string, unknown>)[c] !== 'function');
  const undeclared = handled.filter((c) => !declared.includes(c));
  if (missing.length || undeclared.length) {
    throw new Error(`IPC contract and handlers disagree: no handler for [${missing.join(', ')}]; no declaration for [${undeclared.join(', ')}]`);
  }
}

export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  services: MainServices,
  isTrustedSender: (event: SenderEvent) => boolean,
  contract: object = ipcContract,
  handlers: HandlerFactories = HANDLERS,
): void {
  const declared = Object.keys(contract) as Channel[];
  assertOneHandlerPerCall(declared, handlers);
  for (const channel of declared) {
    ipcMain.handle(channelName(channel), guardHandler(channel, handlers[channel](services) as Handlers[typeof channel], isTrustedSender));
  }
}
