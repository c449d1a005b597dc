import { describe, expect, it, vi } from 'vitest';
import { createAnswerOutput, writesAFile } from '../../electron/main/answer-output.ts';

const pdf = Buffer.from('%PDF-1.7 answer');

type FakePrinter = { name: string; displayName?: string; description?: string; options?: Record<string, string> };
function fakeContents(print: (success: boolean, reason: string) => [boolean, string] = () => [true, ''], printers: FakePrinter[] = [{ name: 'Front desk' }]) {
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
      expect(contents.print).toHaveBeenCalledWith({ silent: kiosk, printBackground: true, ...(kiosk ? { deviceName: 'Front desk' } : {}) }, expect.any(Function));
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

  it('prints one answer at a time (review I12)', async () => {
    let finish: (() => void) | undefined;
    const contents = { ...fakeContents(), print: vi.fn((_o: unknown, cb: (s: boolean, r: string) => void) => { finish = () => cb(true, ''); }) };
    const out = createAnswerOutput({ contents: () => contents as never, kiosk: false, showSaveDialog: vi.fn() });
    const first = out.printAnswer();
    expect(await out.printAnswer()).toMatchObject({ ok: false, reason: 'unavailable', message: 'The answer is already being printed.' });
    await vi.waitFor(() => expect(finish).toBeDefined());
    finish!();
    expect(await first).toEqual({ ok: true });
    expect(contents.print).toHaveBeenCalledOnce();
  });
});

describe('a kiosk never prints to a printer that saves a file (security review L15)', () => {
  const pdf = { name: 'Microsoft Print to PDF' };
  const xps = { name: 'Microsoft XPS Document Writer' };
  const cupsPdf = { name: 'PDF', options: { 'device-uri': 'cups-pdf:/' } };
  const paper = { name: 'HP_LaserJet', displayName: 'Front desk', options: { 'device-uri': 'ipp://10.0.0.5/ipp/print' } };

  it('knows the usual file printers', () => {
    for (const p of [pdf, xps, cupsPdf, { name: 'OneNote (Desktop)' }, { name: 'Fax' }, { name: 'Q', options: { 'device-uri': 'file:///tmp/out' } }]) {
      expect(writesAFile({ displayName: '', description: '', options: {}, ...p }), p.name).toBe(true);
    }
    expect(writesAFile({ description: '', ...paper })).toBe(false);
  });

  const printAt = async (printers: FakePrinter[], kioskPrinter?: string) => {
    const contents = fakeContents(undefined, printers);
    const result = await createAnswerOutput({ contents: () => contents as never, kiosk: true, showSaveDialog: vi.fn(), ...(kioskPrinter ? { kioskPrinter } : {}) }).printAnswer();
    return { result, contents };
  };

  it('refuses when the only printer saves files, or when several are set up and the kiosk names none', async () => {
    for (const printers of [[pdf], [cupsPdf], [paper, pdf], [paper, { ...paper, name: 'Back office' }]]) {
      const { result, contents } = await printAt(printers);
      expect(result).toMatchObject({ ok: false, reason: 'unavailable', message: expect.stringMatching(/Ask staff/) });
      expect(contents.print).not.toHaveBeenCalled();
    }
  });

  it('prints silently to the printer the kiosk names, and never to a file printer even when named', async () => {
    const named = await printAt([pdf, paper, xps], 'HP_LaserJet');
    expect(named.result).toEqual({ ok: true });
    expect(named.contents.print).toHaveBeenCalledWith({ silent: true, printBackground: true, deviceName: 'HP_LaserJet' }, expect.any(Function));
    const namedPdf = await printAt([pdf, paper], 'Microsoft Print to PDF');
    expect(namedPdf.result).toMatchObject({ ok: false, reason: 'unavailable' });
    const missing = await printAt([paper], 'Gone');
    expect(missing.result).toMatchObject({ ok: false, reason: 'unavailable' });
  });
});
