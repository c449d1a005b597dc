// The Read aloud control, on every answer. Where the device has no local voice for the
// language it stays in place, unusable, and says why in plain words: a control that
// silently vanishes looks like a broken kiosk (UX review #9).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useReadAloud } from './useReadAloud.ts';

interface Props {
  locale: string;
  /** Voice tags tried before the locale code (localeMeta's voiceLangs). */
  voiceLangs?: readonly string[];
  /** The words to say, built when the button is pressed. */
  text: () => string;
}

export function ReadAloudButton({ locale, voiceLangs, text }: Props) {
  const { t } = useTranslation();
  const reader = useReadAloud(locale, voiceLangs);
  const noVoiceId = useId();
  if (reader.speaking) return <button type="button" onClick={reader.stop}>{t('actions.stopReading')}</button>;
  return (
    <>
      <button type="button" data-testid="read-aloud" disabled={!reader.available} aria-describedby={reader.available ? undefined : noVoiceId}
        onClick={() => reader.speak(text())}>
        {t('actions.readAloud')}
      </button>
      {!reader.available && <p id={noVoiceId} className="no-voice" data-testid="no-voice">{t('actions.noVoice')}</p>}
    </>
  );
}
