// The UI is served from app://bundle/ (engineering.md §2.1 item 18: no file://). The
// handler maps a URL to a file inside the bundled renderer folder and refuses everything
// else. The path check is the Element/Signal normalise-and-contain pattern, not the
// docs' example, which joins request.url straight onto a folder.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { SECURITY_HEADERS } from '../security-headers.ts';

export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * standard: real origin and relative URLs; secure: treated like https (no mixed-content
 * downgrade). Deliberately NOT bypassCSP (the CSP must apply) and no fetch/CORS/streaming
 * privileges: the renderer loads its scripts, styles, fonts and images and nothing else.
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true },
} as const;

export type AppPathResolution =
  | { ok: true; filePath: string }
  | { ok: false; status: 400 | 403 | 404 | 405; why: string };

/** Which file of `rendererRoot` a request may read, or why it may not read any. */
export function resolveAppRequest(method: string, rawUrl: string, rendererRoot: string): AppPathResolution {
  if (method !== 'GET') return { ok: false, status: 405, why: 'only GET' };
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { ok: false, status: 400, why: 'not a URL' };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return { ok: false, status: 403, why: 'foreign origin' };
  if (url.username || url.password) return { ok: false, status: 403, why: 'credentials in URL' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, status: 400, why: 'bad percent-encoding' };
  }
  // After decoding, a backslash or NUL can only be an attempt to confuse the OS path layer.
  if (decoded.includes('\\') || decoded.includes('\0')) return { ok: false, status: 403, why: 'forbidden character' };
  const segments = decoded.split('/');
  if (segments.some((s) => s === '..' || s === '.')) return { ok: false, status: 403, why: 'dot segment' };
  const normalised = path.posix.normalize(`/${decoded}`).replace(/^\/+/, '');
  const relative = normalised === '' ? 'index.html' : normalised;
  const root = path.resolve(rendererRoot);
  const filePath = path.resolve(root, relative);
  const fromRoot = path.relative(root, filePath);
  if (fromRoot === '' || fromRoot.startsWith('..') || path.isAbsolute(fromRoot)) {
    return { ok: false, status: 403, why: 'outside the renderer folder' };
  }
  return { ok: true, filePath };
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeOf(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** Headers on every app:// response: the app's one set (electron/security-headers.ts). */
export function securityHeaders(): Record<string, string> {
  return { ...SECURITY_HEADERS };
}

export type ReadFile = (filePath: string) => Promise<Uint8Array>;

/** The function given to protocol.handle for app:. */
export function createAppProtocolHandler(rendererRoot: string, read: ReadFile = readFile): (request: Request) => Promise<Response> {
  return async (request) => {
    const resolved = resolveAppRequest(request.method, request.url, rendererRoot);
    if (!resolved.ok) return new Response(null, { status: resolved.status, headers: securityHeaders() });
    let body: Uint8Array;
    try {
      body = await read(resolved.filePath);
    } catch {
      return new Response(null, { status: 404, headers: securityHeaders() });
    }
    return new Response(new Uint8Array(body), { status: 200, headers: { ...securityHeaders(), 'Content-Type': contentTypeOf(resolved.filePath) } });
  };
}
