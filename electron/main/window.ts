// The one window. Every webPreference that matters for security is written out, even
// where it equals Electron's default, so the test can assert them literally and a future
// default change cannot loosen them silently (engineering.md §7).
import type { BrowserWindowConstructorOptions, Session } from 'electron';

export interface WindowSettings {
  isPackaged: boolean;
  kiosk: boolean;
  session: Session;
  preloadPath: string;
}

export function mainWindowOptions({ isPackaged, kiosk, session, preloadPath }: WindowSettings): BrowserWindowConstructorOptions {
  return {
    width: 1100,
    height: 800,
    minWidth: 360,
    minHeight: 480,
    show: false,
    backgroundColor: '#ffffff',
    title: 'Medicaid Data Notice',
    // Full screen at a kiosk. On Windows and Linux this is only full screen (electron#7597):
    // real lock-down comes from the OS (deployment guide).
    kiosk,
    fullscreen: kiosk,
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
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
      devTools: !isPackaged,
    },
  };
}
