// A double tap is two clicks ~150–250 ms apart at the same spot. When the first one changes
// the screen, the second lands on whatever the new screen put under the finger: a state's
// double tap used to answer the status question, a status's reached Print (UX review #1).
// This drops such a second click. Choices are also committed only by Continue
// (components/ChooseOne.tsx); this covers Continue, Start, Change and every other button.

/** Closer together than this, two taps at one spot are one person's double tap. */
export const DOUBLE_TAP_MS = 500;
/** A finger's second tap lands within about this many CSS pixels of the first. */
export const DOUBLE_TAP_PX = 40;
/** A new screen that took long to draw receives the queued second tap as soon as it is
 * shown: a tap at the old spot this soon after it appeared was not aimed at it. */
export const SETTLE_MS = 300;

export interface StrayTapGuard {
  /** Called as each new screen is shown (before it is painted). */
  screenChanged(): void;
  stop(): void;
}

/** Listens on `target` (capture, so before React's handlers) and drops the second click of a
 * double tap when a new screen was shown between the two. `now` is the clock of event
 * time stamps (performance.now). */
export function dropStrayTaps(target: Window, now: () => number = () => performance.now()): StrayTapGuard {
  let last: { x: number; y: number; time: number } | null = null;
  let screenChangedAt = -Infinity;
  const onClick = (e: MouseEvent) => {
    if (e.detail === 0) return; // a key press (Enter, Space), not a finger or a mouse
    const stray = last !== null && screenChangedAt >= last.time
      && Math.hypot(e.clientX - last.x, e.clientY - last.y) < DOUBLE_TAP_PX
      && (e.timeStamp - last.time < DOUBLE_TAP_MS || e.timeStamp - screenChangedAt < SETTLE_MS);
    if (stray) {
      e.preventDefault();
      e.stopImmediatePropagation();
      return;
    }
    last = { x: e.clientX, y: e.clientY, time: e.timeStamp };
  };
  target.addEventListener('click', onClick, { capture: true });
  return {
    screenChanged: () => { screenChangedAt = now(); },
    stop: () => target.removeEventListener('click', onClick, { capture: true }),
  };
}
