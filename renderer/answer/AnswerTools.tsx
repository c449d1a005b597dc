// The row of tools under an answer, one person's or a family's: read aloud, Print, Save as
// PDF (never at a kiosk: a saved file would stay behind for the next person), and any
// other control the screen adds; then what became of a print or a save, in words.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Api, OutputResult } from '../../electron/ipc-contract.ts';

interface Props {
  api: Api;
  kioskMode: boolean;
  readAloud: ReactNode;
  /** More controls after Print and Save (the second language). */
  children?: ReactNode;
}

export function AnswerTools({ api, kioskMode, readAloud, children }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [outputMessage, setOutputMessage] = useState('');
  const output = async (run: () => Promise<OutputResult>) => {
    setBusy(true);
    setOutputMessage('');
    try {
      const r = await run();
      if (!r.ok) setOutputMessage(r.reason === 'cancelled' ? t('actions.outputCancelled') : t('actions.outputFailed', { message: r.message }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <section className="tools" aria-label={t('actions.title')}>
        {readAloud}
        <button type="button" disabled={busy} onClick={() => void output(api.printAnswer)}>{t('actions.print')}</button>
        {!kioskMode && <button type="button" disabled={busy} onClick={() => void output(api.saveAnswerPdf)}>{t('actions.savePdf')}</button>}
        {children}
      </section>
      <p role="status" className="output-message" data-testid="output-message">{outputMessage}</p>
    </>
  );
}
