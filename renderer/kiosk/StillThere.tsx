import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** The visible countdown before a kiosk wipes the screen for the next person. */
export function StillThere({ secondsLeft, onStay }: { secondsLeft: number; onStay: () => void }) {
  const { t } = useTranslation();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  return (
    <div className="overlay">
      <div role="alertdialog" aria-modal="true" aria-labelledby="still-title" aria-describedby="still-count" className="still-there" data-testid="still-there">
        <h2 id="still-title">{t('kiosk.stillThere')}</h2>
        <p id="still-count" aria-live="polite">{t('kiosk.countdown', { count: secondsLeft })}</p>
        <button type="button" ref={button} onClick={onStay}>{t('kiosk.stay')}</button>
      </div>
    </div>
  );
}
