// The first answer of a session paid for code the browser had not compiled or run yet: on a
// 2-core PC a first tap took ~115 ms to paint, the next ones ~25 ms (npm run bench). While
// the person reads the status choices, the answer screen is rendered once off the page, for
// the state they chose, and unmounted at once, so the tap that matters is a warm one. It
// lives only in memory, like the real answer, and is dropped if they move on first. Unmounted
// before the next paint, the copy's effects (focus, timers, speech) never run.
import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

export function prewarm(node: ReactNode, win: Window = window): () => void {
  if (typeof win.requestIdleCallback !== 'function') return () => {};
  const id = win.requestIdleCallback(() => {
    const root = createRoot(win.document.createElement('div'));
    flushSync(() => root.render(node));
    root.unmount();
  }, { timeout: 500 });
  return () => win.cancelIdleCallback(id);
}

/** Warms a screen that is its own chunk (components/laterScreen.tsx) once `ready` (its
 * chunk) is in: before that, the screen would only suspend, and a copy that suspended warms
 * nothing (the answer screen's first tap was cold that way, ~20 ms of it drawing the
 * printout's QR codes). */
export function prewarmScreen(ready: () => Promise<unknown>, node: () => ReactNode, win: Window = window): () => void {
  let cancel: (() => void) | undefined;
  let dropped = false;
  void ready().then(() => {
    if (!dropped) cancel = prewarm(node(), win);
  });
  return () => {
    dropped = true;
    cancel?.();
  };
}
