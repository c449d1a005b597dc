// A whole session of the main process with a fake `electron` (the binary cannot run here):
// start, import a bundle, save the answer as PDF outside user-data, print, then a kiosk
// session with a staff PIN exit. Afterwards the user-data folder must hold only the kiosk
// config, the rules bundle and the versions accepted (brief §6 "nothing kept"; the last is
// rollback protection, review L4), and no log line may carry what the user did.
import { EventEmitter } from 'node:events';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { channelName, type Channel } from '../../electron/ipc-contract.ts';
import { hashPin } from '../../electron/main/kiosk-pin.ts';
import { bundleVersion, makeKey, signedBytes, tempDir } from './helpers/signed-bundles.ts';
import { shippedBundle } from '../../rules/data/index.ts';
import { laterVersion } from '../rules/helpers.ts';

const publisher = makeKey();
vi.mock('../../electron/main/trusted-keys.ts', () => ({ shippedTrustedKeys: () => [publisher.trusted], shippedTrustPolicy: () => ({ threshold: 1, revokedKeyIds: [] }) }));

class FakeSession extends EventEmitter {
  readonly name: string;
  constructor(name: string) { super(); this.name = name; }
  webRequest = { onBeforeRequest: vi.fn(), onHeadersReceived: vi.fn() };
  setPermissionRequestHandler = vi.fn();
  setPermissionCheckHandler = vi.fn();
  setSpellCheckerDictionaryDownloadURL = vi.fn();
  setSpellCheckerEnabled = vi.fn();
  setSpellCheckerLanguages = vi.fn();
  proxySet = false;
  setProxy = vi.fn(async () => {
    await new Promise((r) => setTimeout(r, 5));
    this.proxySet = true;
  });
  clearStorageData = vi.fn(async () => {});
  clearCache = vi.fn(async () => {});
  protocolHandlers = new Map<string, (r: Request) => Promise<Response> | Response>();
  protocol = { handle: (scheme: string, h: (r: Request) => Promise<Response>) => { this.protocolHandlers.set(scheme, h); } };
}

const fake = vi.hoisted(() => ({ state: {} as Record<string, unknown> }));

function freshElectron(userData: string, outside: string, usbFile: string) {
  const app = Object.assign(new EventEmitter(), {
    commandLine: { hasSwitch: vi.fn(() => false), appendSwitch: vi.fn() },
    exit: vi.fn(),
    quit: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => true),
    enableSandbox: vi.fn(),
    whenReady: vi.fn(async () => {}),
    getVersion: () => '0.1.0',
    isPackaged: true,
    configureHostResolver: vi.fn(),
    paths: {} as Record<string, string>,
    getPath: vi.fn((name: string) => (name === 'userData' ? userData : '/nowhere')),
    setPath: vi.fn(function (this: { paths: Record<string, string> }, name: string, value: string) { this.paths[name] = value; }),
  });
  const sessions = { default: new FakeSession('default'), partitions: [] as { name: string; options: unknown; session: FakeSession }[] };
  const windows: FakeWindow[] = [];
  class FakeWindow extends EventEmitter {
    webContents = Object.assign(new EventEmitter(), {
      setWindowOpenHandler: vi.fn(),
      setWebRTCIPHandlingPolicy: vi.fn(),
      navigationHistory: { clear: vi.fn() },
      loadURL: vi.fn(async () => {}),
      setVisualZoomLevelLimits: vi.fn(async () => {}),
      printToPDF: vi.fn(async () => Buffer.from('%PDF-1.7 the answer')),
      getPrintersAsync: vi.fn(async () => [{ name: 'Front desk' }]),
      print: vi.fn((_o: unknown, cb: (ok: boolean, why: string) => void) => cb(true, '')),
    });
    readonly options: { webPreferences: { session: unknown } };
    /** Whether the window's session had its dead-end proxy before the window existed. */
    readonly proxyBeforeWindow: boolean;
    constructor(options: { webPreferences: { session: unknown } }) {
      super();
      this.options = options;
      this.proxyBeforeWindow = (options.webPreferences.session as FakeSession).proxySet;
      windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    isDestroyed = () => false;
    show = vi.fn();
    setClosable = vi.fn();
    loadURL = vi.fn(async () => {});
    /** What a close by the user, the window manager or a script comes to: true when it closed. */
    tryToClose = () => {
      const event = { preventDefault: vi.fn() };
      this.emit('close', event);
      return event.preventDefault.mock.calls.length === 0;
    };
  }
  const handlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
  const electron = {
    app,
    protocol: { registerSchemesAsPrivileged: vi.fn() },
    session: {
      defaultSession: sessions.default,
      fromPartition: vi.fn((name: string, options: unknown) => {
        const s = new FakeSession(name);
        sessions.partitions.push({ name, options, session: s });
        app.emit('session-created', s); // as Electron does, before fromPartition returns
        return s;
      }),
    },
    BrowserWindow: FakeWindow,
    ipcMain: { handle: (name: string, h: never) => handlers.set(name, h) },
    dialog: {
      showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: [usbFile] })),
      showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: path.join(outside, 'answer.pdf') })),
    },
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((t: unknown) => ({ template: t })) },
    clipboard: { clear: vi.fn() },
    powerMonitor: new EventEmitter(),
  };
  return { electron, sessions, windows, handlers };
}

// Each run gets a fresh fake electron; the mocked module forwards to the current one.
vi.mock('electron', () => {
  const current = (key: string) => (fake.state.electron as Record<string, unknown>)[key];
  return {
    get app() { return current('app'); },
    get protocol() { return current('protocol'); },
    get session() { return current('session'); },
    get BrowserWindow() { return current('BrowserWindow'); },
    get ipcMain() { return current('ipcMain'); },
    get dialog() { return current('dialog'); },
    get Menu() { return current('Menu'); },
    get clipboard() { return current('clipboard'); },
    get powerMonitor() { return current('powerMonitor'); },
  };
});

/** A signed update newer than the rules the app ships with. */
const IMPORTED_VERSION = laterVersion(shippedBundle.version);

let userData: string;
let outside: string;
let usbFile: string;
const logs: string[] = [];

beforeEach(() => {
  vi.resetModules();
  userData = tempDir('flow-userdata');
  outside = tempDir('flow-documents');
  const usb = tempDir('flow-usb');
  usbFile = path.join(usb, `rules-${IMPORTED_VERSION}.json`);
  writeFileSync(usbFile, signedBytes(bundleVersion(IMPORTED_VERSION), publisher));
  logs.length = 0;
  for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => { logs.push(args.map(String).join(' ')); });
  }
});
afterEach(() => vi.restoreAllMocks());

async function run(argv: string[]) {
  const world = freshElectron(userData, outside, usbFile);
  fake.state.electron = world.electron;
  const builtDir = path.join(tempDir('flow-out'), 'electron');
  mkdirSync(builtDir);
  mkdirSync(path.join(builtDir, '..', 'renderer'));
  writeFileSync(path.join(builtDir, '..', 'renderer', 'index.html'), '<!doctype html><title>app</title>');
  const { startApp } = await import('../../electron/main/app.ts');
  const started = await startApp({ argv, builtDir });
  const mainFrame = { sender: world.windows[0]?.webContents, senderFrame: { url: 'app://bundle/index.html', parent: null } };
  const call = (channel: Channel, ...args: unknown[]) => world.handlers.get(channelName(channel))!(mainFrame, ...args);
  return { ...world, started, call };
}

describe('a full session of the main process', () => {
  it('locks everything down, works, and leaves only the kiosk config and the rules in user-data', async () => {
    // 1. A navigator's laptop: import a newer bundle, save the answer as PDF, print.
    const laptop = await run(['electron', '.']);
    expect(laptop.started).toBeDefined();
    const { app } = laptop.electron;
    expect(app.enableSandbox).toHaveBeenCalled();
    // Order matters: the sandbox, the switches and the app:// privileges only take effect
    // before \`ready\`; the resolver can only be configured after it.
    const ready = app.whenReady.mock.invocationCallOrder[0]!;
    expect(app.enableSandbox.mock.invocationCallOrder[0]).toBeLessThan(ready);
    expect(app.commandLine.appendSwitch.mock.invocationCallOrder.at(-1)).toBeLessThan(ready);
    expect(app.commandLine.appendSwitch).toHaveBeenCalledWith('host-resolver-rules', 'MAP * ~NOTFOUND');
    expect(laptop.electron.protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0]).toBeLessThan(ready);
    expect(app.setPath.mock.invocationCallOrder[0]).toBeLessThan(ready);
    expect(app.configureHostResolver.mock.invocationCallOrder[0]).toBeGreaterThan(ready);
    expect(app.configureHostResolver).toHaveBeenCalledWith({ enableBuiltInResolver: false, secureDnsMode: 'off', secureDnsServers: [] });
    expect(laptop.electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([{ scheme: 'app', privileges: { standard: true, secure: true } }]);
    expect(laptop.sessions.partitions).toHaveLength(1);
    const partition = laptop.sessions.partitions[0]!;
    expect(partition).toMatchObject({ name: 'mdn-in-memory', options: { cache: false } });
    expect(partition.name.startsWith('persist:')).toBe(false);
    for (const ses of [laptop.sessions.default, partition.session]) {
      expect(ses.webRequest.onBeforeRequest).toHaveBeenCalled();
      expect(ses.setPermissionRequestHandler).toHaveBeenCalled();
      expect(ses.setPermissionCheckHandler).toHaveBeenCalled();
      expect(ses.setSpellCheckerDictionaryDownloadURL).toHaveBeenCalledWith('https://00.00/');
      expect(ses.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
      expect(ses.listenerCount('will-download')).toBe(1);
      expect(ses.setProxy).toHaveBeenCalledWith({ mode: 'fixed_servers', proxyRules: '127.0.0.1:9', proxyBypassRules: '<-loopback>' });
    }
    // A session that comes to exist later is hardened too, once (review I5).
    const later = new FakeSession('later');
    app.emit('session-created', later);
    app.emit('session-created', later);
    expect(later.webRequest.onBeforeRequest).toHaveBeenCalledOnce();
    expect(later.listenerCount('will-download')).toBe(1);
    const window = laptop.windows[0]!;
    expect(window.proxyBeforeWindow).toBe(true);
    expect(partition.session.setProxy).toHaveBeenCalledOnce();
    expect(window.options.webPreferences).toMatchObject({ session: partition.session, sandbox: true, contextIsolation: true, devTools: false });
    expect(window.webContents.setWindowOpenHandler).toHaveBeenCalled(); // through web-contents-created
    expect(window.webContents.setWebRTCIPHandlingPolicy).toHaveBeenCalledWith('disable_non_proxied_udp');
    expect(window.loadURL).toHaveBeenCalledWith('app://bundle/index.html');
    const page = await partition.session.protocolHandlers.get('app')!(new Request('app://bundle/index.html'));
    expect(await page.text()).toContain('<title>app</title>');
    expect(app.paths.sessionData).toBeDefined();
    expect(path.relative(userData, app.paths.sessionData!).startsWith('..')).toBe(true);

    expect(await laptop.call('appInfo')).toMatchObject({ shell: 'electron', rules: { version: shippedBundle.version, origin: 'shipped' } });
    expect(await laptop.call('kioskSettings')).toMatchObject({ enabled: false });
    expect(await laptop.call('importRulesBundle')).toMatchObject({ ok: true, rules: { version: IMPORTED_VERSION, origin: 'imported' } });
    expect(await laptop.call('rulesBundle')).toMatchObject({ version: IMPORTED_VERSION });
    expect(await laptop.call('saveAnswerPdf')).toEqual({ ok: true });
    expect(readdirSync(outside)).toEqual(['answer.pdf']);
    expect(await laptop.call('printAnswer')).toEqual({ ok: true });
    expect(await laptop.call('resetSession')).toEqual({ ok: false });
    expect(laptop.electron.clipboard.clear).not.toHaveBeenCalled();
    expect(window.tryToClose()).toBe(true); // no veto on a laptop
    app.emit('will-quit');
    expect(existsSync(app.paths.sessionData!)).toBe(false);

    // 2. Staff turn the same computer into a kiosk.
    writeFileSync(path.join(userData, 'kiosk.json'), JSON.stringify({ idleTimeoutSeconds: 60, presetJurisdiction: 'WA', exitPin: hashPin('246813') }));
    const kiosk = await run(['electron', '.']);
    const kioskWindow = kiosk.windows[0]!;
    expect(kioskWindow.options).toMatchObject({ kiosk: true, fullscreen: true });
    expect(kiosk.electron.Menu.setApplicationMenu).toHaveBeenCalledWith(null);
    expect(kioskWindow.webContents.listenerCount('before-input-event')).toBe(1);
    expect(await kiosk.call('kioskSettings')).toEqual({ enabled: true, idleTimeoutSeconds: 60, presetJurisdiction: 'WA', helpContacts: [] });
    expect(await kiosk.call('rulesBundle')).toMatchObject({ version: IMPORTED_VERSION }); // the import survived
    expect(await kiosk.call('saveAnswerPdf')).toMatchObject({ ok: false, reason: 'unavailable' });
    expect(await kiosk.call('importRulesBundle')).toMatchObject({ ok: false, reason: 'cancelled' });
    expect(kiosk.electron.dialog.showOpenDialog).not.toHaveBeenCalled();
    expect(await kiosk.call('printAnswer')).toEqual({ ok: true });
    expect(kioskWindow.webContents.print).toHaveBeenCalledWith({ silent: true, printBackground: true, deviceName: 'Front desk' }, expect.any(Function));
    kioskWindow.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    expect(kioskWindow.loadURL).toHaveBeenCalledTimes(2); // a kiosk restarts from the first screen
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    expect(window.loadURL).toHaveBeenCalledTimes(1);
    // The idle reset: the clipboard and the session emptied, the first screen loaded again.
    const kioskSession = kiosk.sessions.partitions[0]!.session;
    expect(await kiosk.call('resetSession')).toEqual({ ok: true });
    await new Promise((r) => setImmediate(r));
    expect(kiosk.electron.clipboard.clear).toHaveBeenCalled();
    expect(kioskSession.clearStorageData).toHaveBeenCalled();
    expect(kioskWindow.webContents.navigationHistory.clear).toHaveBeenCalled();
    expect(kioskWindow.webContents.loadURL).toHaveBeenCalledWith('app://bundle/index.html');
    // Closing the window is no way out (review M2); only the staff PIN is.
    expect(kioskWindow.tryToClose()).toBe(false);
    expect(await kiosk.call('exitKiosk', '135792')).toEqual({ ok: false });
    expect(kioskWindow.tryToClose()).toBe(false);
    expect(await kiosk.call('exitKiosk', '246813')).toEqual({ ok: true });
    await new Promise((r) => setImmediate(r));
    expect(kiosk.electron.app.quit).toHaveBeenCalled();
    expect(kioskWindow.tryToClose()).toBe(true);
    kiosk.electron.app.emit('will-quit');

    // 3. Nothing kept.
    expect(readdirSync(userData).sort()).toEqual(['kiosk.json', 'rules-bundle.json', 'rules-floor.json']);
    const everything = logs.join('\n');
    for (const secret of ['246813', '135792', 'answer.pdf', usbFile, outside, 'WA']) expect(everything).not.toContain(secret);
  });

  it('refuses to start with a remote-debugging port', async () => {
    const attempt = await run(['electron', '.', '--remote-debugging-port=9222']);
    expect(attempt.started).toBeUndefined();
    expect(attempt.electron.app.exit).toHaveBeenCalledWith(1);
    expect(attempt.windows).toHaveLength(0);
    expect(attempt.handlers.size).toBe(0);
  });

  it('falls back to the shipped rules, and says so, when the installed bundle is damaged', async () => {
    writeFileSync(path.join(userData, 'rules-bundle.json'), '{"payload": {}, "signa');
    const damaged = await run(['electron', '.']);
    expect(await damaged.call('appInfo')).toMatchObject({ rules: { origin: 'shipped', warning: expect.stringMatching(/came with the app/) } });
  });

  it.each([
    ['a typo in a key', JSON.stringify({ idleTimeout: 60, exitPin: {} })],
    ['a missing PIN', JSON.stringify({ idleTimeoutSeconds: 60 })],
    ['a trailing comma', '{ "idleTimeoutSeconds": 60, }'],
    ['a byte-order mark', '\uFEFF{ "idleTimeoutSeconds": 60 }'],
    ['bad JSON', '{ "idleTimeoutSeconds": '],
  ])('fails closed on a kiosk.json with %s: kiosk mode, locked, no file dialog, no way out (review M3)', async (_name, raw) => {
    writeFileSync(path.join(userData, 'kiosk.json'), raw);
    const locked = await run(['electron', '.']);
    const win = locked.windows[0]!;
    expect(win.options).toMatchObject({ kiosk: true, fullscreen: true, closable: false, minimizable: false });
    expect(locked.electron.Menu.setApplicationMenu).toHaveBeenCalledWith(null);
    expect(win.webContents.listenerCount('before-input-event')).toBe(1);
    expect(await locked.call('kioskSettings')).toMatchObject({ enabled: true, needsStaff: true, warning: expect.stringMatching(/stays locked/) });
    expect(await locked.call('importRulesBundle')).toMatchObject({ ok: false, reason: 'cancelled' });
    expect(await locked.call('saveAnswerPdf')).toMatchObject({ ok: false, reason: 'unavailable' });
    expect(locked.electron.dialog.showOpenDialog).not.toHaveBeenCalled();
    expect(win.tryToClose()).toBe(false);
    expect(await locked.call('exitKiosk', '246813')).toEqual({ ok: false });
    await new Promise((r) => setImmediate(r));
    expect(locked.electron.app.quit).not.toHaveBeenCalled();
    expect(logs.join('\n')).toMatch(/kiosk-needs-staff/);
  });

  it('fails closed when --kiosk-config names a file that does not exist', async () => {
    const locked = await run(['electron', '.', '--kiosk-config=/nonexistent/kiosk.json']);
    expect(await locked.call('kioskSettings')).toMatchObject({ enabled: true, needsStaff: true });
    expect(locked.windows[0]!.options).toMatchObject({ kiosk: true });
  });
});
