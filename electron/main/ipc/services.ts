// What the IPC handlers may use. Each handler gets this object and touches only what its
// channel needs; tests pass fakes.
import type { Bundle } from '../../../rules/schema/bundle.ts';
import type { ImportResult, KioskSettings, OutputResult, RulesInfo } from '../../ipc-contract.ts';

export interface MainServices {
  appVersion: string;
  rules: {
    activeBundle(): Bundle;
    info(): RulesInfo;
    importFile(filePath: string): Promise<ImportResult>;
  };
  /** Main's own open-file dialog; the renderer never sees or sends a path. */
  chooseBundleFile(): Promise<string | undefined>;
  output: { printAnswer(): Promise<OutputResult>; saveAnswerPdf(): Promise<OutputResult> };
  kiosk: {
    settings(): KioskSettings;
    /** Checks the PIN and, when right, leaves kiosk mode (quits the app). */
    exit(pin: string): Promise<{ ok: boolean }>;
    /** After the idle timeout: clipboard, storage and cache cleared, the window reloaded. */
    resetSession(): Promise<{ ok: boolean }>;
  };
}
