import { describe, expect, it } from 'vitest';
import { harness, SENDERS } from './harness.ts';

describe('ipc saveAnswerPdf', () => {
  it('saves the PDF through main', async () => {
    const { call, services } = harness();
    expect(await call('saveAnswerPdf', SENDERS.app!)).toEqual({ ok: true });
    expect(services.output.saveAnswerPdf).toHaveBeenCalledOnce();
  });

  it.each([['/tmp/answer.pdf'], [{ path: '/tmp/a.pdf' }]])('refuses invalid arguments %j', async (...args) => {
    const { call, services } = harness();
    await expect(call('saveAnswerPdf', SENDERS.app!, ...args)).rejects.toThrow(/invalid arguments/);
    expect(services.output.saveAnswerPdf).not.toHaveBeenCalled();
  });
});
