import { describe, expect, it, vi } from 'vitest';
import { createAnswerOutput } from '../../electron/main/answer-output.ts';

const pdf = Buffer.from('%PDF-1.7 answer');

function fakeContents(print: (success: boolean, reason: string) => [boolean, string] = () => [true, ''], printers = [{ name: 'Front desk' }]) {
  return {
    printToPDF: vi.fn(async () => pdf),
    getPrintersAsync: vi.fn(async () => printers),
    print: vi.fn((_o: unknown, cb: (s: boolean, r: string) => void) => cb(...print(true, ''))),
  };
}

describe('save as PDF', () => {
  it('writes the PDF only where the user chose', async () => {
    const contents = fakeContents();
    const writeFile = vi.fn(async () => {});
    const out = createAnswerOutput({ contents: () => contents as never, kiosk: false, writeFile, showSaveDialog: async () => ({ canceled: false, filePath: '/media/usb/answer.pdf' }) });
    expect(await out.saveAnswerPdf()).toEqual({ ok: true });
    expect(writeFile).toHaveBeenCalledExactlyOnceWith('/media/usb/answer.pdf', pdf);
  });

  it('writes nothing when the user cancels', async () => {
    const writeFile = vi.fn(async () => {});
    const out = createAnswerOutput({ contents: () => fakeContents() as never, kiosk: false, writeFile, showSaveDialog: async () => ({ canceled: true, filePath: '' }) });
    expect(await out.saveAnswerPdf()).toMatchObject({ ok: false, reason: 'cancelled' });
    expect(writeFile).not.toHaveBeenCalled();
  });

  it('says so when the file cannot be written', async () => {
    const out = createAnswerOutput({ contents: () => fakeContents() as never, kiosk: false, writeFile: async () => { throw new Error('EACCES'); }, showSaveDialog: async () => ({ canceled: false, filePath: '/ro/a.pdf' }) });
    expect(await out.saveAnswerPdf()).toMatchObject({ ok: false, reason: 'failed' });
  });

  it('is unavailable at a kiosk, where a file would stay behind', async () => {
    const showSaveDialog = vi.fn();
    const out = createAnswerOutput({ contents: () => fakeContents() as never, kiosk: true, showSaveDialog });
    expect(await out.saveAnswerPdf()).toMatchObject({ ok: false, reason: 'unavailable' });
    expect(showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('print', () => {
  it('prints with a dialog on a laptop and silently at a kiosk', async () => {
    for (const kiosk of [false, true]) {
      const contents = fakeContents();
      expect(await createAnswerOutput({ contents: () => contents as never, kiosk, showSaveDialog: vi.fn() }).printAnswer()).toEqual({ ok: true });
      expect(contents.print).toHaveBeenCalledWith({ silent: kiosk, printBackground: true }, expect.any(Function));
    }
  });

  it('is unavailable without a printer', async () => {
    const contents = fakeContents(undefined, []);
    expect(await createAnswerOutput({ contents: () => contents as never, kiosk: false, showSaveDialog: vi.fn() }).printAnswer()).toMatchObject({ ok: false, reason: 'unavailable' });
    expect(contents.print).not.toHaveBeenCalled();
  });

  it('reports a cancelled and a failed print', async () => {
    const cancelled = fakeContents(() => [false, 'Print job canceled']);
    expect(await createAnswerOutput({ contents: () => cancelled as never, kiosk: false, showSaveDialog: vi.fn() }).printAnswer()).toMatchObject({ reason: 'cancelled' });
    const failed = fakeContents(() => [false, 'Print job failed']);
    expect(await createAnswerOutput({ contents: () => failed as never, kiosk: false, showSaveDialog: vi.fn() }).printAnswer()).toMatchObject({ reason: 'failed' });
  });
});
