// One handler per channel, one file per handler (VotingWorks kiosk-browser style),
// registered from this list. The mapped type makes a missing channel a compile error.
import type { IpcMain } from 'electron';
import { CHANNELS, channelName, type Channel, type Handlers } from '../../ipc-contract.ts';
import { appInfo } from './appInfo.ts';
import { exitKiosk } from './exitKiosk.ts';
import { guardHandler } from './guard.ts';
import { importRulesBundle } from './importRulesBundle.ts';
import { kioskSettings } from './kioskSettings.ts';
import { printAnswer } from './printAnswer.ts';
import { resetSession } from './resetSession.ts';
import { rulesBundle } from './rulesBundle.ts';
import { saveAnswerPdf } from './saveAnswerPdf.ts';
import type { SenderEvent } from './sender.ts';
import type { MainServices } from './services.ts';

export const HANDLERS: { [C in Channel]: (services: MainServices) => Handlers[C] } = {
  appInfo,
  rulesBundle,
  importRulesBundle,
  printAnswer,
  saveAnswerPdf,
  kioskSettings,
  exitKiosk,
  resetSession,
};

export function registerIpcHandlers(ipcMain: Pick<IpcMain, 'handle'>, services: MainServices, isTrustedSender: (event: SenderEvent) => boolean): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channelName(channel), guardHandler(channel, HANDLERS[channel](services) as Handlers[typeof channel], isTrustedSender));
  }
}
