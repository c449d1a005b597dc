// Zero network (brief §6; engineering.md §4). The app's UI never needs a request that
// leaves the process, so every layer that could make one is shut: Chromium's requests
// (webRequest), permissions, the spell-checker's dictionary download, Chromium's own DNS
// resolver, and Chromium's background services. Node-side sockets are banned by the
// `local/no-network-in-main` lint rule. Each step is one small function (Mullvad style).
import type { App, CommandLine, Session } from 'electron';
import { APP_HOST, APP_SCHEME } from './app-protocol.ts';
import { CONTENT_SECURITY_POLICY } from './csp.ts';
import { logEvent } from './log.ts';

/** A request is allowed only to the app's own bundle; devtools: only in an unpackaged build.
 * (data: URLs, which the CSP allows for images, never reach webRequest: Chromium resolves
 * them in the renderer, gorhill/uBlock#2031. They carry nothing off the device.) */
export function isAllowedRequestUrl(rawUrl: string, allowDevtools: boolean): boolean {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return false;
  }
  if (url.protocol === `${APP_SCHEME}:`) return url.host === APP_HOST;
  if (url.protocol === 'devtools:') return allowDevtools;
  return false;
}

/**
 * "Since the app frontend never performs any network requests, all requests originating
 * from the renderer process are blocked" (Mullvad blockRequests). Only the scheme is
 * logged: a URL could carry whatever a misbehaving dependency tried to send.
 */
export function blockEveryRequestButTheApp(ses: Pick<Session, 'webRequest'>, allowDevtools: boolean): void {
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequestUrl(details.url, allowDevtools);
    if (!allowed) logEvent('blocked-request', schemeOf(details.url));
    callback({ cancel: !allowed });
  });
}

function schemeOf(rawUrl: string): string {
  const colon = rawUrl.indexOf(':');
  return colon > 0 && colon < 20 ? rawUrl.slice(0, colon + 1) : '(unparseable)';
}

/** Electron grants every permission by default (security checklist item 5). The app needs
 * none: no camera, microphone, location, notifications, clipboard reads, HID, … */
export function denyAllPermissions(ses: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  ses.setPermissionRequestHandler((_webContents, permission, callback) => {
    logEvent('denied-permission', permission);
    callback(false);
  });
  ses.setPermissionCheckHandler(() => false);
}

/**
 * Electron downloaded hunspell dictionaries from Google's CDN even with spellcheck off
 * (electron/electron#22995). Pointing the download at an address that cannot resolve is
 * the only known way to stop it (Mullvad does the same).
 */
export function disableSpellCheckerDownloads(ses: Pick<Session, 'setSpellCheckerDictionaryDownloadURL'>): void {
  ses.setSpellCheckerDictionaryDownloadURL('https://00.00/');
}

/** Chromium's built-in resolver and DNS-over-HTTPS are off; nothing should resolve a name. */
export function disableBuiltInDns(app: Pick<App, 'configureHostResolver'>): void {
  app.configureHostResolver({ enableBuiltInResolver: false, secureDnsMode: 'off', secureDnsServers: [] });
}

/**
 * Defence in depth: Chromium background services that could phone home. Electron leaves
 * out most of //chrome (electron#14784), so most of these are already absent; the
 * switches cost nothing and cover what we cannot measure on every platform.
 */
export const PRIVACY_SWITCHES: readonly (readonly [string, string?])[] = [
  ['disable-background-networking'],
  ['disable-component-update'],
  ['disable-sync'],
  ['disable-domain-reliability'],
  ['disable-breakpad'],
  ['disable-client-side-phishing-detection'],
  ['no-pings'],
  ['no-first-run'],
  ['disable-default-apps'],
  ['disable-gpu-shader-disk-cache'],
  ['disable-features', 'MediaRouter,DialMediaRouteProvider,GlobalMediaControls,AutofillServerCommunication,OptimizationHints,Translate,NetworkTimeServiceQuerying,CertificateTransparencyComponentUpdater,SpareRendererForSitePerProcess'],
];

export function appendPrivacySwitches(commandLine: Pick<CommandLine, 'appendSwitch'>): void {
  for (const [name, value] of PRIVACY_SWITCHES) {
    if (value === undefined) commandLine.appendSwitch(name);
    else commandLine.appendSwitch(name, value);
  }
}

/** Schemes refused at the protocol layer too (Signal protocol_filter): webRequest does not
 * see every request (electron#23486, #22370), a protocol handler sits below it. */
export const REFUSED_SCHEMES = ['http', 'https', 'file'] as const;

export function refuseWebSchemes(protocol: Pick<Session['protocol'], 'handle'>): void {
  for (const scheme of REFUSED_SCHEMES) {
    protocol.handle(scheme, () => {
      logEvent('blocked-request', `${scheme}: (protocol layer)`);
      return new Response(null, { status: 403 });
    });
  }
}

/**
 * The app:// handler already sends the CSP with every file; this puts the same header on
 * any response that reaches the session by another path, so no document can run without it.
 */
export function enforceCspHeader(ses: Pick<Session, 'webRequest'>): void {
  ses.webRequest.onHeadersReceived((details, callback) => {
    // Electronegativity reads a CSP only from a string literal here; ours is the constant
    // from csp.ts (one copy for header, meta tag and tests), which it cannot parse and
    // reports as "invalid". The policy is asserted literally in test/electron/csp.test.ts.
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } }); /* eng-disable CSP_GLOBAL_CHECK */
  });
}
