import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';
import { createMainWindow } from '../../electron/main/window.ts';

vi.mock('electron', () => ({
  BrowserWindow: class {
    options: BrowserWindowConstructorOptions;
    constructor(options: BrowserWindowConstructorOptions) { this.options = options; }
  },
}));

const session = { id: 'in-memory' } as never;
const mainWindowOptions = (settings: Parameters<typeof createMainWindow>[0]) =>
  (createMainWindow(settings) as unknown as { options: BrowserWindowConstructorOptions }).options;

describe('main window options', () => {
  it('asserts every security-relevant webPreference literally', () => {
    const options = mainWindowOptions({ isPackaged: true, kiosk: false, session, preloadPath: '/app/preload.cjs' });
    expect(options.webPreferences).toEqual({
      preload: '/app/preload.cjs',
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
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    });
    expect(options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
    expect(options.kiosk).toBe(false);
  });

  it('has DevTools only in an unpackaged build', () => {
    expect(mainWindowOptions({ isPackaged: false, kiosk: false, session, preloadPath: 'p' }).webPreferences?.devTools).toBe(true);
  });

  it('goes full screen in kiosk mode, without a close or minimise button (review M2)', () => {
    const options = mainWindowOptions({ isPackaged: true, kiosk: true, session, preloadPath: 'p' });
    expect(options).toMatchObject({ kiosk: true, fullscreen: true, closable: false, minimizable: false });
    expect(mainWindowOptions({ isPackaged: true, kiosk: false, session, preloadPath: 'p' })).toMatchObject({ kiosk: false, closable: true, minimizable: true });
  });
});
