// The first screen is HTML painted before the app's code has run (renderer/boot/). Until
// the app has taken over, a tap on one of its buttons (a language, About, Settings…) would
// do nothing: main.tsx starts remembering the first one, by its language or its words, as
// the page is parsed, and the app taps the same button as it starts (App.tsx). Once the
// app says it is ready, its own handlers take every tap, so this stops listening. The tap
// is kept on <html> (data-early-tap), where the browser tests can see it. Only main.tsx
// imports this file's code: the app's own script must not share a chunk with the page's
// entry, which runs before the first paint.

/** What is kept of the tap; App.tsx taps the same button again once the app is ready. */
export interface EarlyTap {
  locale: string | null;
  words: string;
}

/** Remembers the first tap on a prerendered button until the app is ready. */
export function rememberEarlyTap(): void {
  addEventListener('click', (event) => {
    const root = document.documentElement;
    if (root.dataset.appReady || root.dataset.earlyTap) return;
    const button = event.target instanceof Element ? event.target.closest('#root button') : null;
    if (button) root.dataset.earlyTap = JSON.stringify({ locale: button.getAttribute('data-locale'), words: button.textContent.trim() } satisfies EarlyTap);
  }, { capture: true });
}
