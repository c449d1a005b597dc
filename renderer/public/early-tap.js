// The first screen is HTML painted before the app's script has run (renderer/boot/). Until
// the app has taken over, a tap on one of its buttons (a language, About, Settings…) would
// do nothing: this remembers the first one, by its language or its words, and the app taps
// the same button as it starts (App.tsx). Once the app says it is ready, its own handlers
// take every tap, so this stops listening.
addEventListener('click', (event) => {
  const root = document.documentElement;
  if (root.dataset.appReady || root.dataset.earlyTap) return;
  const button = event.target instanceof Element ? event.target.closest('#root button') : null;
  if (button) root.dataset.earlyTap = JSON.stringify({ locale: button.getAttribute('data-locale'), words: button.textContent.trim() });
}, { capture: true });
