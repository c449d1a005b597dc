// The first screen is HTML painted before the app's script has run (renderer/boot/). Until
// that script takes over, a tap on a language button would do nothing: this remembers the
// first one, and main.tsx answers it once the app starts. Once main.tsx starts hydrating,
// React itself replays taps, so this stops listening.
addEventListener('click', (event) => {
  const root = document.documentElement;
  if (root.dataset.hydrating || root.dataset.earlyLocale) return;
  const button = event.target instanceof Element ? event.target.closest('button[data-locale]') : null;
  if (button) root.dataset.earlyLocale = button.getAttribute('data-locale');
}, { capture: true });
