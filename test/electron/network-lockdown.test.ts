import { describe, expect, it, vi } from 'vitest';
import {
  appendPrivacySwitches, blockEveryRequestButTheApp, denyAllPermissions, disableBuiltInDns,
  disableSpellCheckerDownloads, isAllowedRequestUrl, PRIVACY_SWITCHES, refuseWebSchemes,
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
