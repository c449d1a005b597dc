// The one window. Every webPreference that matters for security is written out literally,
// even where it equals Electron's default, so the test (and the Electronegativity scan,
// which reads the object literal passed to `new BrowserWindow`) can check them and a future
// default change cannot loosen them silently (engineering.md §7).
import { BrowserWindow, type Session } from 'electron';

export interface WindowSettings {
  isPackaged: boolean;
  kiosk: boolean;
  session: Session;
  preloadPath: string;
}

export function createMainWindow({ isPackaged, kiosk, session, preloadPath }: WindowSettings): BrowserWindow {
  return new BrowserWindow({
    width: 1100,
    height: 800,
    minWidth: 360,
    minHeight: 480,
    show: false,
    backgroundColor: '#ffffff',
    title: 'Medicaid Data Notice',
    // Full screen at a kiosk. On Windows and Linux this is only full screen (electron#7597):
    // real lock-down comes from the OS (docs/kiosk-deployment.md). No close or minimise
    // button at a kiosk (macOS, Windows); a close by any other way is vetoed (kiosk-close.ts).
    kiosk,
    fullscreen: kiosk,
    closable: !kiosk,
    minimizable: !kiosk,
    autoHideMenuBar: true,
    webPreferences: {
      // Electronegativity asks to review any preload (PRELOAD_JS_CHECK). Reviewed: it runs
      // sandboxed with context isolation and exposes one function per IPC channel, never
      // ipcRenderer (electron/preload/preload.ts, tested in test/electron/preload.test.ts).
      preload: preloadPath, /* eng-disable PRELOAD_JS_CHECK */
      session,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Middle-click would try to open a link in a new window (denied anyway by the window
      // open handler); turning the event off removes the attempt (Electronegativity AUXCLICK).
      disableBlinkFeatures: 'Auxclick',
      devTools: !isPackaged,
    },
  });
}
