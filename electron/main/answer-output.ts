// Print the answer, or save it as a PDF where the user chooses (brief §4). printToPDF is the
// dependable path (engineering.md §3: silent printing has a long bug history). The answer is
// written nowhere else: no temp file, no default folder, nothing remembered.
import { writeFile } from 'node:fs/promises';
import type { SaveDialogOptions, SaveDialogReturnValue, WebContents } from 'electron';
import type { OutputResult } from '../ipc-contract.ts';

export interface AnswerOutputDeps {
  contents: () => Pick<WebContents, 'printToPDF' | 'print' | 'getPrintersAsync'> | undefined;
  showSaveDialog: (options: SaveDialogOptions) => Promise<SaveDialogReturnValue>;
  writeFile?: (filePath: string, data: Uint8Array) => Promise<void>;
  kiosk: boolean;
}

const unavailable = (message: string): OutputResult => ({ ok: false, reason: 'unavailable', message });
const failed = (message: string): OutputResult => ({ ok: false, reason: 'failed', message });

export function createAnswerOutput(deps: AnswerOutputDeps): { saveAnswerPdf(): Promise<OutputResult>; printAnswer(): Promise<OutputResult> } {
  const write = deps.writeFile ?? ((p, d) => writeFile(p, d));
  return {
    async saveAnswerPdf() {
      // At a kiosk a saved file would stay on the kiosk's disk for the next person.
      if (deps.kiosk) return unavailable('At this kiosk the answer can be printed but not saved as a file, so nothing stays on this computer.');
      const contents = deps.contents();
      if (!contents) return unavailable('There is no answer to save.');
      const choice = await deps.showSaveDialog({
        title: 'Save the answer as PDF',
        defaultPath: 'medicaid-data-notice.pdf',
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (choice.canceled || !choice.filePath) return { ok: false, reason: 'cancelled', message: 'Nothing was saved.' };
      try {
        const pdf = await contents.printToPDF({ printBackground: true, pageSize: 'Letter', generateTaggedPDF: true });
        await write(choice.filePath, pdf);
        return { ok: true };
      } catch {
        return failed('The PDF could not be saved there. Try another folder or a USB stick.');
      }
    },
    async printAnswer() {
      const contents = deps.contents();
      if (!contents) return unavailable('There is no answer to print.');
      const printers = await contents.getPrintersAsync().catch(() => []);
      if (printers.length === 0) return unavailable('No printer is set up on this computer.');
      return new Promise<OutputResult>((resolve) => {
        // At a kiosk, print straight to the default printer: a dialog there would be a
        // dead end on a touch screen.
        contents.print({ silent: deps.kiosk, printBackground: true }, (success, failureReason) => {
          if (success) resolve({ ok: true });
          else if (/cancel/i.test(failureReason)) resolve({ ok: false, reason: 'cancelled', message: 'Printing was cancelled.' });
          else resolve(failed('The printer did not accept the answer. Ask staff for help.'));
        });
      });
    },
  };
}

export type AnswerOutput = ReturnType<typeof createAnswerOutput>;
