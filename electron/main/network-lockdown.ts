// Zero network (brief §6; engineering.md §4). The app's UI never needs a request that
// leaves the process, so every layer that could make one is shut: Chromium's requests
// (webRequest), permissions, the spell-checker, downloads, name resolution, WebRTC (which
// goes around webRequest and the CSP: security review M1), a proxy that leads nowhere for
// anything else, and Chromium's background services. Node-side sockets are banned by the
// `local/no-network-in-main` lint rule. Each step is one small function (Mullvad style).
import type { App, CommandLine, Session, WebContents } from 'electron';
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

/**
 * The spell-checker itself off (review L7), not only its downloads: `spellcheck: false` in
 * the window's webPreferences stops it checking, this stops the session's checker and
 * empties its languages, so it has no dictionary to fetch. macOS uses the OS's checker and
 * ignores the language list (Electron docs), so it is left alone there.
 */
export function turnSpellCheckerOff(ses: Pick<Session, 'setSpellCheckerEnabled' | 'setSpellCheckerLanguages'>, platform: NodeJS.Platform = process.platform): void {
  ses.setSpellCheckerEnabled(false);
  if (platform !== 'darwin') ses.setSpellCheckerLanguages([]);
}

/**
 * No downloads (review L6). `<a download>` or a `data:` URL opened as a file is not a
 * navigation, so the navigation guard never sees it, and Electron's default for a download
 * is a native Save dialog: a file browser at a kiosk, and a way to write files. Every
 * download is cancelled before anything is written or shown.
 */
export function cancelEveryDownload(ses: Pick<Session, 'on'>): void {
  ses.on('will-download', (event, item) => {
    item.cancel();
    event.preventDefault();
    logEvent('blocked-download');
  });
}

/**
 * Chromium's built-in resolver and DNS-over-HTTPS are off. This alone still resolves every
 * name through the OS (review I1); resolveNoHostNames is what makes names resolve to nothing.
 */
export function disableBuiltInDns(app: Pick<App, 'configureHostResolver'>): void {
  app.configureHostResolver({ enableBuiltInResolver: false, secureDnsMode: 'off', secureDnsServers: [] });
}

/** Every host name maps to "not found", in every process of Chromium's network stack. */
export const HOST_RESOLVER_RULES = 'MAP * ~NOTFOUND';

/**
 * No name resolves (review M1): a STUN/TURN server name, a prefetch, anything that slips
 * past webRequest and the CSP fails at the lookup, so no DNS query leaves the device
 * either. The app itself needs no names: app:// is served in-process, and printing talks
 * to the OS print system, not through Chromium's network stack. Appended before `ready`.
 */
export function resolveNoHostNames(commandLine: Pick<CommandLine, 'appendSwitch'>): void {
  // Electronegativity asks to review every literal command-line switch (CUSTOM_ARGUMENTS_JS_CHECK).
  // Reviewed: this one takes network access away; the start-up guard (debug-guard.ts)
  // refuses the same switch on the command line, so nobody can set another rule.
  commandLine.appendSwitch('host-resolver-rules', HOST_RESOLVER_RULES); /* eng-disable CUSTOM_ARGUMENTS_JS_CHECK */
}

/** The strictest WebRTC IP handling policy Electron offers: no UDP except through a proxy
 * (and the proxy below leads nowhere), so no host, server-reflexive or relay candidate. */
export const WEBRTC_IP_HANDLING_POLICY = 'disable_non_proxied_udp';

/**
 * WebRTC is the one way a page can send data that neither webRequest nor the CSP sees
 * (review M1; electron#4200): `new RTCPeerConnection({iceServers: [{urls: 'turn:…',
 * username: '<state+status>'}]})` needs no permission. Each webContents gets the policy.
 */
export function limitWebRtc(contents: Pick<WebContents, 'setWebRTCIPHandlingPolicy'>): void {
  contents.setWebRTCIPHandlingPolicy(WEBRTC_IP_HANDLING_POLICY);
}

/** For every webContents the app will ever create, from the first one. Before `ready`. */
export function limitWebRtcInEveryWebContents(app: Pick<App, 'on'>): void {
  app.on('web-contents-created', (_event, contents) => limitWebRtc(contents));
}

/** The discard port on loopback: a connection there is refused, or swallowed, on the device. */
export const DEAD_END_PROXY = { mode: 'fixed_servers', proxyRules: '127.0.0.1:9', proxyBypassRules: '<-loopback>' } as const;

/**
 * A dead end for anything that still reaches Chromium's network stack: every request of
 * the session, and WebRTC's "proxied" TCP, go to a proxy on the device's own discard
 * port, loopback included (`<-loopback>` removes loopback's usual exemption). app:// is
 * answered by the app's protocol handler and never goes through a proxy.
 */
export async function proxyToNowhere(ses: Pick<Session, 'setProxy'>): Promise<void> {
  await ses.setProxy({ ...DEAD_END_PROXY });
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
