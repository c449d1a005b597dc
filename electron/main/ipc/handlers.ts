// Main's side of every call in the contract, one entry per call. Each gets the services and
// uses only what its call needs (tests pass fakes). The sender check and the argument
// validation happen before any of this runs (guard.ts); registration is in index.ts.
import type { Channel, Handlers } from '../../ipc-contract.ts';
import type { MainServices } from './services.ts';

export type HandlerFactories = { [C in Channel]: (services: MainServices) => Handlers[C] };

export const HANDLERS: HandlerFactories = {
  /** App and rules versions, for the About screen and the verified-as-of line. */
  appInfo: (s) => () => ({ appVersion: s.appVersion, shell: 'electron', rules: s.rules.info() }),
  /** The active bundle; the renderer runs the pure engine on it. */
  rulesBundle: (s) => () => s.rules.activeBundle(),
  /** Main shows the open-file dialog itself, so the renderer can never name a path. */
  importRulesBundle: (s) => async () => {
    const filePath = await s.chooseBundleFile();
    if (!filePath) return { ok: false, reason: 'cancelled', message: 'No file was chosen; the rules in use have not changed.' };
    return s.rules.importFile(filePath);
  },
  printAnswer: (s) => () => s.output.printAnswer(),
  /** Main shows the save dialog; the PDF goes only where the user chose. */
  saveAnswerPdf: (s) => () => s.output.saveAnswerPdf(),
  /** Never includes the PIN hash: the renderer gets only what it shows or uses. */
  kioskSettings: (s) => () => s.kiosk.settings(),
  /** The PIN is checked in main against the salted hash; the renderer only learns yes or no. */
  exitKiosk: (s) => (pin) => s.kiosk.exit(pin),
  /** Kiosk idle reset: main clears the clipboard and the session, then reloads the window. */
  resetSession: (s) => () => s.kiosk.resetSession(),
};
