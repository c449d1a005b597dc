// No navigation, no redirects, no new windows and no <webview>, for EVERY webContents the
// app ever creates (Mullvad blockNavigationAndWindowOpen; security checklist items 12–14).
// The app is one page; the renderer changes screens without navigating.
import type { App, WebContents } from 'electron';
import { logEvent } from './log.ts';

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

export function lockDownWebContents(contents: GuardedContents): void {
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    logEvent('blocked-navigation');
  });
  // Sub-frame navigations too (Electron ≥ 25); the CSP already forbids frames (frame-src 'none').
  contents.on('will-frame-navigate', (event) => {
    event.preventDefault();
    logEvent('blocked-navigation', 'frame');
  });
  contents.on('will-redirect', (event) => {
    event.preventDefault();
    logEvent('blocked-navigation', 'redirect');
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    logEvent('blocked-webview');
  });
  contents.setWindowOpenHandler(() => {
    logEvent('blocked-window-open');
    return { action: 'deny' };
  });
}

export function lockDownEveryWebContents(app: Pick<App, 'on'>): void {
  app.on('web-contents-created', (_event, contents) => lockDownWebContents(contents));
}
