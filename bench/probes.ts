// Code the bench runs inside the page. Each probe resolves with `performance.now()` (ms
// since navigation start) at the first frame after the awaited state is on screen: a
// requestAnimationFrame callback runs before the paint, so the timestamp is taken in a
// task queued from it, which runs after that frame is painted.
import type { Page } from 'playwright-core';

declare global {
  interface Window {
    __bench: {
      /** Resolves after the first frame in which `selector` matches (and its fonts are in). */
      painted(selector: string, opts?: { fonts?: boolean }): Promise<number>;
      /** The timeStamp of the last trusted event of `type` (the start of a tap or a change). */
      lastEvent(type: string): number;
    };
  }
}

/** Installed before any of the page's own scripts run. */
export async function installProbes(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const eventTimes: Record<string, number> = {};
    for (const type of ['pointerdown', 'change']) {
      addEventListener(type, (e) => { eventTimes[type] = e.timeStamp; }, { capture: true });
    }
    const afterPaint = () => new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)));
    window.__bench = {
      lastEvent: (type) => eventTimes[type] ?? NaN,
      painted: (selector, opts = {}) => new Promise<number>((resolve) => {
        const done = async () => {
          observer.disconnect();
          if (opts.fonts) {
            // Lay out now, so the browser knows which font files the new text needs and
            // `fonts.ready` waits for them.
            void document.body.offsetHeight;
            await document.fonts.ready;
          }
          resolve(await afterPaint());
        };
        const observer = new MutationObserver(() => {
          if (document.querySelector(selector)) void done();
        });
        if (document.querySelector(selector)) void done();
        else observer.observe(document, { childList: true, subtree: true, attributes: true });
      }),
    };
  });
}
