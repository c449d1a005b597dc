// Composition of the main process: each step is a named function from its own module; this
// file only puts them in order. The order matters: switches, the sandbox and the app://
// scheme must be set before `ready`; sessions, DNS and windows after it.
import { app, clipboard, dialog, ipcMain, Menu, powerMonitor, protocol, session, type BrowserWindow, type WebContents } from 'electron';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { shippedBundle } from '../../rules/data/index.ts';
import { createAnswerOutput } from './answer-output.ts';
import { APP_ENTRY_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol.ts';
import { refusedSwitchesIn } from './debug-guard.ts';
import { registerIpcHandlers } from './ipc/index.ts';
import { isAppMainFrame } from './ipc/sender.ts';
import type { MainServices } from './ipc/services.ts';
import { kioskConfigPath, loadKioskConfig } from './kiosk-config.ts';
import { vetoKioskClose } from './kiosk-close.ts';
import { createKioskExit, fileLockoutStore } from './kiosk-exit.ts';
import { blockKioskShortcuts } from './kiosk-shortcuts.ts';
import { logEvent } from './log.ts';
import { lockDownEveryWebContents } from './navigation-guard.ts';
import {
  appendPrivacySwitches, blockEveryRequestButTheApp, cancelEveryDownload, denyAllPermissions, disableBuiltInDns,
  disableSpellCheckerDownloads, enforceCspHeader, limitWebRtcInEveryWebContents, proxyToNowhere, refuseWebSchemes,
  resolveNoHostNames, turnSpellCheckerOff,
} from './network-lockdown.ts';
import { createInMemorySession } from './private-session.ts';
import { createSessionDataDir, removeStaleSessionDirs } from './session-data.ts';
import { createSessionReset } from './session-reset.ts';
import { openRulesStore } from './rules-store.ts';
import { shippedTrustedKeys, shippedTrustPolicy } from './trusted-keys.ts';
import { createMainWindow } from './window.ts';
import type { Session } from 'electron';

export interface StartOptions {
  argv?: readonly string[];
  /** Folder of the built main.js; the renderer and the preload are found next to it. */
  builtDir?: string;
}

export interface StartedApp {
  window: BrowserWindow;
  services: MainServices;
}

/** out/electron/main.js → out/renderer and out/electron/preload.cjs (see vite.electron.config.ts). */
export function builtPaths(builtDir: string): { rendererRoot: string; preloadPath: string } {
  return { rendererRoot: path.join(builtDir, '..', 'renderer'), preloadPath: path.join(builtDir, 'preload.cjs') };
}

/** Every session the app has gets the same lock-down, the default one included, although
 * only the in-memory one is used by the window. */
async function hardenSession(ses: Session, allowDevtools: boolean): Promise<void> {
  blockEveryRequestButTheApp(ses, allowDevtools);
  denyAllPermissions(ses);
  disableSpellCheckerDownloads(ses);
  turnSpellCheckerOff(ses);
  cancelEveryDownload(ses);
  refuseWebSchemes(ses.protocol);
  enforceCspHeader(ses);
  await proxyToNowhere(ses);
}

/** Each session once: the two the app makes, and any other that comes to exist later (a
 * future partition, or one Chromium makes itself: review I5). */
function hardenEverySession(allowDevtools: boolean): (ses: Session) => Promise<void> {
  // The same promise for a session hardened twice (session-created fires inside
  // fromPartition), so awaiting it always waits for the proxy to be in place.
  const hardened = new WeakMap<Session, Promise<void>>();
  const harden = (ses: Session) => {
    let done = hardened.get(ses);
    if (!done) {
      done = hardenSession(ses, allowDevtools);
      hardened.set(ses, done);
    }
    return done;
  };
  app.on('session-created', (ses) => void harden(ses).catch(() => {}));
  return harden;
}

/** Chromium's own state in a fresh temp folder, removed at quit (session-data.ts); the
 * folders earlier runs could not remove (a crash, a power cut) go first. */
function keepChromiumStateOutOfUserData(): void {
  removeStaleSessionDirs();
  const sessionDir = createSessionDataDir();
  app.setPath('sessionData', sessionDir);
  // Crash dumps are never uploaded (no crashReporter.start anywhere), but Chromium may still
  // create its Crashpad folder: keep that out of user-data too.
  app.setPath('crashDumps', path.join(sessionDir, 'Crashpad'));
  app.on('will-quit', () => rmSync(sessionDir, { recursive: true, force: true }));
}

/** Before `ready`. Returns false when the app must not start. */
export function prepareApp(argv: readonly string[]): boolean {
  const refused = refusedSwitchesIn(argv, app.commandLine, app.isPackaged);
  if (refused.length > 0) {
    logEvent('refused-switch', refused.join(', '));
    app.exit(1);
    return false;
  }
  if (!app.requestSingleInstanceLock()) {
    app.exit(0);
    return false;
  }
  app.enableSandbox();
  appendPrivacySwitches(app.commandLine);
  resolveNoHostNames(app.commandLine);
  // Read-aloud uses the OS's own voices; on Linux Chromium finds them only through
  // speech-dispatcher (electron#4452, VotingWorks kiosk-browser).
  if (process.platform === 'linux') app.commandLine.appendSwitch('enable-speech-dispatcher');
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
  lockDownEveryWebContents(app);
  limitWebRtcInEveryWebContents(app);
  keepChromiumStateOutOfUserData();
  app.on('window-all-closed', () => app.quit());
  return true;
}

export async function startApp(options: StartOptions = {}): Promise<StartedApp | undefined> {
  const argv = options.argv ?? process.argv;
  const builtDir = options.builtDir ?? path.dirname(fileURLToPath(import.meta.url));
  if (!prepareApp(argv)) return undefined;
  await app.whenReady();
  logEvent('start', `version ${app.getVersion()}`);

  const allowDevtools = !app.isPackaged;
  disableBuiltInDns(app);
  const harden = hardenEverySession(allowDevtools);
  await harden(session.defaultSession);
  const appSession = createInMemorySession((partition, opts) => session.fromPartition(partition, opts));
  await harden(appSession);
  const { rendererRoot, preloadPath } = builtPaths(builtDir);
  appSession.protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererRoot));

  const userData = app.getPath('userData');
  const kiosk = await loadKioskConfig(kioskConfigPath(argv, userData));
  if (kiosk.settings.warning) logEvent(kiosk.settings.needsStaff ? 'kiosk-needs-staff' : 'kiosk-config-warning', kiosk.settings.warning);
  const rules = await openRulesStore({ dir: userData, trustedKeys: shippedTrustedKeys(), policy: shippedTrustPolicy(), shippedBundle });
  if (rules.info().warning) logEvent('rules-fallback-to-shipped');

  // A kiosk that needs staff is a kiosk too: locked, with no PIN to leave by.
  const kioskMode = kiosk.settings.enabled;
  setApplicationMenu(kioskMode);
  const window = createMainWindow({ isPackaged: app.isPackaged, kiosk: kioskMode, session: appSession, preloadPath });
  const contents = (): WebContents | undefined => (window.isDestroyed() ? undefined : window.webContents);
  const closeVeto = kioskMode ? vetoKioskClose(window, powerMonitor) : undefined;
  if (kioskMode) {
    blockKioskShortcuts(window.webContents);
    // Pinch-zoom on a touch screen would leave the layout zoomed for the next person.
    void window.webContents.setVisualZoomLevelLimits(1, 1);
  }
  window.webContents.on('preload-error', () => logEvent('preload-error'));
  window.webContents.on('render-process-gone', (_e, details) => {
    logEvent('renderer-gone', details.reason);
    // A kiosk must never be left on a dead page: start again from the first screen.
    if (kioskMode && !window.isDestroyed()) void window.loadURL(APP_ENTRY_URL);
  });

  const services: MainServices = {
    appVersion: app.getVersion(),
    rules,
    chooseBundleFile: async () => {
      // A file dialog at a kiosk would let anyone browse the computer's files.
      if (kioskMode) return undefined;
      const choice = await dialog.showOpenDialog(window, {
        title: 'Import a rules bundle',
        properties: ['openFile'],
        filters: [{ name: 'Rules bundle', extensions: ['json'] }],
      });
      return choice.canceled ? undefined : choice.filePaths[0];
    },
    output: createAnswerOutput({
      contents,
      showSaveDialog: (o) => dialog.showSaveDialog(window, o),
      kiosk: kioskMode,
      ...(kiosk.printer ? { kioskPrinter: kiosk.printer } : {}),
    }),
    kiosk: {
      settings: () => kiosk.settings,
      exit: createKioskExit({
        pinHash: kiosk.exitPin,
        leave: () => {
          closeVeto?.allowClose();
          app.quit();
        },
        store: fileLockoutStore(userData),
      }),
      resetSession: createSessionReset({ kiosk: kioskMode, clipboard, session: appSession, contents }),
    },
  };
  registerIpcHandlers(ipcMain, services, (event) => isAppMainFrame(event, contents));

  window.once('ready-to-show', () => window.show());
  await window.loadURL(APP_ENTRY_URL);
  return { window, services };
}

/** No menu at a kiosk. Elsewhere a small one without View (reload, DevTools) but with
 * Edit, so copy works, and on macOS the app menu, so Quit works (electron#3201). */
function setApplicationMenu(kioskMode: boolean): void {
  if (kioskMode) {
    Menu.setApplicationMenu(null);
    return;
  }
  Menu.setApplicationMenu(Menu.buildFromTemplate([
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    { role: 'editMenu' as const },
    { role: 'windowMenu' as const },
  ]));
}
