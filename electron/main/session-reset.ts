// The kiosk's idle reset, main's half (security review L5). The renderer drops its own
// state when nobody has touched the screen for the idle timeout; it then asks main for
// this, which leaves nothing of the last person anywhere the app can reach: the clipboard
// (and on Linux the primary selection) is emptied, the session's storage and cache are
// cleared, the window's history is forgotten and the page is loaded afresh, so not even the
// renderer's memory keeps their answer. Outside kiosk mode it does nothing.
import type { Clipboard, Session, WebContents } from 'electron';
import { APP_ENTRY_URL } from './app-protocol.ts';
import { logEvent } from './log.ts';

export interface SessionResetDeps {
  kiosk: boolean;
  clipboard: Pick<Clipboard, 'clear'> & { readonly selection?: Pick<Clipboard, 'clear'> };
  session: Pick<Session, 'clearStorageData' | 'clearCache'>;
  contents: () => (Pick<WebContents, 'loadURL'> & { navigationHistory: Pick<WebContents['navigationHistory'], 'clear'> }) | undefined;
}

export function createSessionReset({ kiosk, clipboard, session, contents }: SessionResetDeps): () => Promise<{ ok: boolean }> {
  return async () => {
    if (!kiosk) return { ok: false };
    clipboard.clear();
    clipboard.selection?.clear(); // Linux's primary selection; undefined elsewhere
    await session.clearStorageData();
    await session.clearCache();
    const page = contents();
    if (!page) return { ok: false };
    page.navigationHistory.clear();
    logEvent('kiosk-session-reset');
    // Answer the renderer first, then load the first screen again.
    setImmediate(() => void page.loadURL(APP_ENTRY_URL).catch(() => {}));
    return { ok: true };
  };
}
