// Print the answer, or save it as a PDF where the user chooses (brief §4). printToPDF is the
// dependable path (engineering.md §3: silent printing has a long bug history). The answer is
// written nowhere else: no temp file, no default folder, nothing remembered.
import { writeFile } from 'node:fs/promises';
import type { PrinterInfo, SaveDialogOptions, SaveDialogReturnValue, WebContents } from 'electron';
import type { OutputResult } from '../ipc-contract.ts';

export interface AnswerOutputDeps {
  contents: () => Pick<WebContents, 'printToPDF' | 'print' | 'getPrintersAsync'> | undefined;
  showSaveDialog: (options: SaveDialogOptions) => Promise<SaveDialogReturnValue>;
  writeFile?: (filePath: string, data: Uint8Array) => Promise<void>;
  kiosk: boolean;
  /** The printer a kiosk config names (kiosk.json "printer"), if any. */
  kioskPrinter?: string;
}

/**
 * A "printer" that writes a file or opens a dialog instead of printing on paper: Microsoft
 * Print to PDF, the XPS Document Writer, OneNote, Fax, CUPS-PDF, a CUPS queue to a file. At
 * a kiosk a silent print to one of them is a file left on the disk, or a Save dialog that
 * browses the computer (security review L15).
 */
export function writesAFile(printer: Pick<PrinterInfo, 'name' | 'displayName' | 'description' | 'options'>): boolean {
  const words = [printer.name, printer.displayName, printer.description].join(' ');
  const uri = String((printer.options as Record<string, unknown> | undefined)?.['device-uri'] ?? '');
  return /pdf|xps|onenote|fax|document writer|print to file/i.test(words) || /^(cups-pdf|file|pdf):/i.test(uri);
}

/**
 * Where a kiosk prints. Electron no longer says which printer is the OS default, so a kiosk
 * does not print to "the default" but to a printer it can name: the one kiosk.json names,
 * or the only printer there is; never one that writes a file. Undefined: refuse.
 */
export function kioskPrinter(printers: readonly PrinterInfo[], named: string | undefined): PrinterInfo | undefined {
  const real = printers.filter((p) => !writesAFile(p));
  if (named !== undefined) return real.find((p) => p.name === named);
  return real.length === 1 && printers.length === 1 ? real[0] : undefined;
}

const unavailable = (message: string): OutputResult => ({ ok: false, reason: 'unavailable', message });
const failed = (message: string): OutputResult => ({ ok: false, reason: 'failed', message });

export function createAnswerOutput(deps: AnswerOutputDeps): { saveAnswerPdf(): Promise<OutputResult>; printAnswer(): Promise<OutputResult> } {
  const write = deps.writeFile ?? ((p, d) => writeFile(p, d));
  // One print at a time, whatever the renderer asks (review I12: a stream of calls would be
  // a stream of pages).
  let printing = false;
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
      if (printing) return unavailable('The answer is already being printed.');
      const contents = deps.contents();
      if (!contents) return unavailable('There is no answer to print.');
      printing = true;
      try {
        const printers = await contents.getPrintersAsync().catch(() => [] as PrinterInfo[]);
        if (printers.length === 0) return unavailable('No printer is set up on this computer.');
        // At a kiosk, print straight to the kiosk's printer: a dialog there would be a dead
        // end on a touch screen.
        const target = deps.kiosk ? kioskPrinter(printers, deps.kioskPrinter) : undefined;
        if (deps.kiosk && !target) {
          return unavailable(deps.kioskPrinter !== undefined
            ? 'The printer named in the kiosk settings is not set up on this computer, or it saves files. Ask staff for help.'
            : 'This kiosk has more than one printer, or one that saves files: its settings must name the printer. Ask staff for help.');
        }
        return await new Promise<OutputResult>((resolve) => {
          contents.print({ silent: deps.kiosk, printBackground: true, ...(target ? { deviceName: target.name } : {}) }, (success, failureReason) => {
            if (success) resolve({ ok: true });
            else if (/cancel/i.test(failureReason)) resolve({ ok: false, reason: 'cancelled', message: 'Printing was cancelled.' });
            else resolve(failed('The printer did not accept the answer. Ask staff for help.'));
          });
        });
      } finally {
        printing = false;
      }
    },
  };
}

export type AnswerOutput = ReturnType<typeof createAnswerOutput>;
