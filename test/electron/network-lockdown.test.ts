import { describe, expect, it, vi } from 'vitest';
import { EventEmitter } from 'node:events';
import {
  appendPrivacySwitches, blockEveryRequestButTheApp, cancelEveryDownload, denyAllPermissions, disableBuiltInDns,
  disableSpellCheckerDownloads, isAllowedRequestUrl, limitWebRtc, limitWebRtcInEveryWebContents, PRIVACY_SWITCHES,
  proxyToNowhere, refuseWebSchemes, resolveNoHostNames, turnSpellCheckerOff,
} from '../../electron/main/network-lockdown.ts';

vi.spyOn(console, 'warn').mockImplementation(() => {});

describe('request filter', () => {
  it.each([
    ['app://bundle/index.html', false, true],
    ['app://bundle/assets/x.js', true, true],
    ['devtools://devtools/bundled/inspector.html', true, true],
    ['devtools://devtools/bundled/inspector.html', false, false],
    ['app://other/index.html', true, false],
    ['https://example.com/', true, false],
    ['http://127.0.0.1:5173/', true, false],
    ['ws://localhost/', true, false],
    ['wss://example.com/', true, false],
    ['file:///etc/passwd', true, false],
    ['ftp://example.com/', true, false],
    ['chrome-extension://abc/x.js', true, false],
    ['blob:app://bundle/1234', true, false],
    ['data:text/html,hi', true, false],
    ['garbage', true, false],
  ])('%s (devtools allowed: %s) → %s', (url, devtools, allowed) => {
    expect(isAllowedRequestUrl(url, devtools)).toBe(allowed);
  });

  it('cancels every request but the app bundle through webRequest', () => {
    let listener: ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | undefined;
    const ses = { webRequest: { onBeforeRequest: vi.fn((l) => { listener = l; }) } };
    blockEveryRequestButTheApp(ses as never, false);
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      listener!({ url }, (r) => { cancel = r.cancel; });
      return cancel;
    };
    expect(decide('app://bundle/index.html')).toBe(false);
    expect(decide('https://tracker.example/?answer=protected')).toBe(true);
    expect(decide('devtools://devtools/x')).toBe(true);
    expect(console.warn).not.toHaveBeenCalledWith(expect.stringContaining('tracker.example'));
  });
});

describe('permissions', () => {
  it('denies every request and every check', () => {
    let request: ((wc: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined;
    let check: ((...a: unknown[]) => boolean) | undefined;
    denyAllPermissions({ setPermissionRequestHandler: (h: never) => { request = h; }, setPermissionCheckHandler: (h: never) => { check = h; } } as never);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'fullscreen', 'openExternal', 'hid']) {
      const cb = vi.fn();
      request!({}, permission, cb);
      expect(cb).toHaveBeenCalledWith(false);
      expect(check!({}, permission, 'app://bundle', {})).toBe(false);
    }
  });
});

describe('other channels that could phone home', () => {
  it('points spell-checker dictionary downloads at an address that cannot resolve (electron#22995)', () => {
    const ses = { setSpellCheckerDictionaryDownloadURL: vi.fn() };
    disableSpellCheckerDownloads(ses);
    expect(ses.setSpellCheckerDictionaryDownloadURL).toHaveBeenCalledWith('https://00.00/');
  });

  it("turns off Chromium's resolver and DNS-over-HTTPS", () => {
    const app = { configureHostResolver: vi.fn() };
    disableBuiltInDns(app);
    expect(app.configureHostResolver).toHaveBeenCalledWith({ enableBuiltInResolver: false, secureDnsMode: 'off', secureDnsServers: [] });
  });

  it('appends the background-networking switches', () => {
    const commandLine = { appendSwitch: vi.fn() };
    appendPrivacySwitches(commandLine);
    const names = commandLine.appendSwitch.mock.calls.map((c) => c[0]);
    expect(names).toEqual(expect.arrayContaining(['disable-background-networking', 'disable-component-update', 'disable-sync', 'disable-domain-reliability', 'disable-features']));
    expect(names).toHaveLength(PRIVACY_SWITCHES.length);
  });

  it('refuses http, https and file at the protocol layer', async () => {
    const handlers = new Map<string, () => Response>();
    refuseWebSchemes({ handle: (scheme: string, h: () => Response) => { handlers.set(scheme, h); } } as never);
    expect([...handlers.keys()].sort()).toEqual(['file', 'http', 'https']);
    expect(handlers.get('https')!().status).toBe(403);
  });
});

describe('side doors around webRequest and the CSP (security review M1, L6, L7)', () => {
  it('maps every host name to nothing, with a switch appended before ready', () => {
    const commandLine = { appendSwitch: vi.fn() };
    resolveNoHostNames(commandLine);
    expect(commandLine.appendSwitch).toHaveBeenCalledWith('host-resolver-rules', 'MAP * ~NOTFOUND');
  });

  it('limits WebRTC to no UDP outside a proxy, on every webContents from the first', () => {
    const contents = { setWebRTCIPHandlingPolicy: vi.fn() };
    limitWebRtc(contents);
    expect(contents.setWebRTCIPHandlingPolicy).toHaveBeenCalledWith('disable_non_proxied_udp');
    const app = new EventEmitter();
    limitWebRtcInEveryWebContents(app as never);
    const later = { setWebRTCIPHandlingPolicy: vi.fn() };
    app.emit('web-contents-created', {}, later);
    expect(later.setWebRTCIPHandlingPolicy).toHaveBeenCalledWith('disable_non_proxied_udp');
  });

  it('sends anything that still reaches the network stack to a proxy on the discard port, loopback included', async () => {
    const ses = { setProxy: vi.fn(async () => {}) };
    await proxyToNowhere(ses);
    expect(ses.setProxy).toHaveBeenCalledWith({ mode: 'fixed_servers', proxyRules: '127.0.0.1:9', proxyBypassRules: '<-loopback>' });
  });

  it('turns the spell-checker off and empties its languages (the OS checker on macOS ignores them)', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const ses = { setSpellCheckerEnabled: vi.fn(), setSpellCheckerLanguages: vi.fn() };
      turnSpellCheckerOff(ses, platform);
      expect(ses.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
      if (platform === 'darwin') expect(ses.setSpellCheckerLanguages).not.toHaveBeenCalled();
      else expect(ses.setSpellCheckerLanguages).toHaveBeenCalledWith([]);
    }
  });

  it('cancels every download before a Save dialog or a file', () => {
    const ses = new EventEmitter();
    cancelEveryDownload(ses as never);
    const item = { cancel: vi.fn() };
    const event = { preventDefault: vi.fn() };
    ses.emit('will-download', event, item, {});
    expect(item.cancel).toHaveBeenCalled();
    expect(event.preventDefault).toHaveBeenCalled();
    expect(console.warn).toHaveBeenCalledWith('[medicaid-data-notice] blocked-download');
  });
});
