// Kiosk idle reset: while someone's choices are on screen, a touch, click or key press
// keeps them; after the timeout everything is wiped. The last seconds are counted down.
import { useEffect, useRef, useState } from 'react';
import { startIdleTimer, warningSeconds, type IdleTimer } from './idleTimer.ts';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

export function useIdleReset(opts: { enabled: boolean; timeoutSeconds: number; onExpire: () => void }): { secondsLeft: number | null; stay: () => void } {
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const timer = useRef<IdleTimer | null>(null);
  const onExpire = useRef(opts.onExpire);
  useEffect(() => {
    onExpire.current = opts.onExpire;
  }, [opts.onExpire]);

  useEffect(() => {
    if (!opts.enabled) return;
    const idle = startIdleTimer({
      timeoutMs: opts.timeoutSeconds * 1000,
      warnMs: warningSeconds(opts.timeoutSeconds) * 1000,
      onCountdown: setSecondsLeft,
      onExpire: () => onExpire.current(),
      busy: () => window.speechSynthesis?.speaking === true,
    });
    timer.current = idle;
    const activity = () => idle.activity();
    for (const e of ACTIVITY_EVENTS) window.addEventListener(e, activity, { capture: true, passive: true });
    return () => {
      idle.stop();
      timer.current = null;
      setSecondsLeft(null);
      for (const e of ACTIVITY_EVENTS) window.removeEventListener(e, activity, { capture: true });
    };
  }, [opts.enabled, opts.timeoutSeconds]);

  return { secondsLeft, stay: () => timer.current?.activity() };
}
