// Code the bench runs inside the page. Two kinds of probe:
// - `painted` resolves with `performance.now()` (ms since navigation start) once the main
//   thread has painted a frame in which the awaited state is in the page: a
//   requestAnimationFrame callback runs before the paint, so the timestamp is taken in a
//   task queued from it, which runs after that frame's paint. The pixels come later: the
//   frame still has to be rasterized and drawn, off the main thread.
// - `presented` resolves with the time the elements' text was on screen: Element Timing's
//   renderTime, the presentation of the frame that first painted it (what a person sees).
import type { Page } from 'playwright-core';

declare global {
  interface Window {
    __bench: {
      /** Resolves after the first frame in which `selector` matches (and its fonts are in). */
      painted(selector: string, opts?: { fonts?: boolean }): Promise<number>;
      /** Resolves with the time every element of the page's timed selector was first on
       * screen; rejects if that first frame laid them out while a font was still loading
       * (a fallback font drawn) or before all of them were in the page. */
      presented(): Promise<number>;
      /** The timeStamp of the last trusted event of `type` (the start of a tap or a change). */
      lastEvent(type: string): number;
    };
  }
}

/** Installed before any of the page's own scripts run. `timed`: the elements `presented()`
 * waits for, each one with text of its own (Element Timing reports text an element holds
 * directly). */
export async function installProbes(page: Page, timed = ''): Promise<void> {
  await page.addInitScript((timedSelector) => {
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
      presented: () => presented,
    };
    const presented = timedSelector ? presentation(timedSelector) : Promise.reject(new Error('no timed selector installed'));
    presented.catch(() => {}); // reported when asked for

    /** Marks each element of `selector` for Element Timing as the parser adds it (before it
     * can be painted), checks the first frame that holds one, and resolves once every one
     * of them has been on screen. */
    function presentation(selector: string): Promise<number> {
      return new Promise<number>((resolve, reject) => {
        const onScreen = new Map<Element, number>();
        let firstFrame: { fontsLoaded: boolean; inPage: number } | undefined;
        const settle = () => {
          const all = [...document.querySelectorAll(selector)];
          if (!firstFrame || all.length === 0 || !all.every((el) => onScreen.has(el))) return;
          mark.disconnect();
          timing.disconnect();
          if (!firstFrame.fontsLoaded) reject(new Error('the first frame laid the text out while a font was still loading'));
          else if (firstFrame.inPage !== all.length) reject(new Error(`the first frame held ${firstFrame.inPage} of the ${all.length} elements`));
          else resolve(Math.max(...all.map((el) => onScreen.get(el)!)));
        };
        const timing = new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { element: Element | null; renderTime: number })[]) {
            if (e.element) onScreen.set(e.element, e.renderTime);
          }
          settle();
        });
        timing.observe({ type: 'element', buffered: true });
        const mark = new MutationObserver(() => {
          const found = document.querySelectorAll(`${selector}:not([elementtiming])`);
          for (const el of found) el.setAttribute('elementtiming', 'bench');
          if (found.length && !firstFrame) {
            requestAnimationFrame(() => {
              // This frame's layout, done now: a face it needs and has not got shows as loading.
              void document.body.offsetHeight;
              firstFrame = { fontsLoaded: document.fonts.status === 'loaded', inPage: document.querySelectorAll(selector).length };
              settle();
            });
          }
        });
        mark.observe(document, { childList: true, subtree: true });
        setTimeout(() => reject(new Error(`not every "${selector}" was on screen within 10 s`)), 10_000);
      });
    }
  }, timed);
}
