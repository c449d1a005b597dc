// The frame of every screen: Back (when there is somewhere to go back to), the step, and
// one h1 that takes focus when the screen opens so screen readers announce it.
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  title: ReactNode;
  onBack?: () => void;
  step?: { current: number; total: number };
  children: ReactNode;
  className?: string;
}

/** Set once the page's first screen has mounted; every later screen takes focus. */
let firstScreenShown = false;

export function Screen({ title, onBack, step, children, className }: Props) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Not the first screen of the page: it has been there since before the app's code ran
    // (boot/), and the person may have scrolled to their language or be tapping it; moving
    // focus would scroll the page from under their finger.
    if (!firstScreenShown) {
      firstScreenShown = true;
      return;
    }
    // A new screen opens at its top, not where the last one was scrolled to (UX review #14).
    window.scrollTo(0, 0);
    heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <div className={`screen ${className ?? ''}`}>
      <div className="screen-top">
        {onBack && (
          <button type="button" className="back" onClick={onBack}>
            <span className="back-arrow" aria-hidden="true">←</span> {t('nav.back')}
          </button>
        )}
        {step && <p className="step">{t('step.progress', step)}</p>}
      </div>
      <h1 tabIndex={-1} ref={heading}>{title}</h1>
      {children}
    </div>
  );
}
