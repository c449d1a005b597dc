// At a kiosk the window cannot be closed (security review M2): not by Alt+F4 (on Linux the
// window manager handles it and the app never sees the key), not by a window manager's
// close button or gesture, not by a script. Every `close` is prevented until the staff PIN
// says otherwise. Closing used to end the app and leave the clinic's desktop on screen.
//
// Two exceptions, both the operating system's: the session is ending (Windows log-off or
// shut-down, `session-end`) or the computer is shutting down (`shutdown` on Linux and
// macOS). A kiosk must not hold up a shut-down. Locking the OS itself is the deployment
// guide's job (docs/kiosk-deployment.md).
import type { BrowserWindow, PowerMonitor } from 'electron';
import { logEvent } from './log.ts';

export interface KioskCloseVeto {
  /** From now on the window may close: the staff PIN was right. */
  allowClose(): void;
}

export function vetoKioskClose(
  window: Pick<BrowserWindow, 'on' | 'setClosable'>,
  powerMonitor: Pick<PowerMonitor, 'on'>,
): KioskCloseVeto {
  let allowed = false;
  const allowClose = () => {
    allowed = true;
    // The window was made not closable (window.ts); macOS would otherwise refuse to quit.
    window.setClosable(true);
  };
  window.on('close', (event) => {
    if (allowed) return;
    event.preventDefault();
    logEvent('kiosk-close-refused');
  });
  window.on('session-end', allowClose);
  powerMonitor.on('shutdown', allowClose);
  return { allowClose };
}
