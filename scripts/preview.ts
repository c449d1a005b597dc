// Browser preview of the renderer: builds it (vite build → out/renderer) and serves that
// folder on 127.0.0.1 only, with the app's CSP as a response header. Port: $PORT, else
// 4173. The page finds no preload bridge there and uses its in-page API
// (renderer/api/previewApi.ts); query flags for kiosk tests are listed in
// renderer/api/previewFlags.ts. `--no-build` serves the last build as is.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { SECURITY_HEADERS } from '../electron/security-headers.ts';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ROOT = path.join(REPO, 'out', 'renderer');
const HOST = '127.0.0.1';
const DEFAULT_PORT = 4173;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/** The file a URL path names inside `root`, or null when it would leave `root`. */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = path.resolve(root, relative);
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

async function handle(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const send = (status: number, body: string | Buffer, type = 'text/plain; charset=utf-8') => {
    res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Method not allowed');
  const file = resolveInside(root, req.url ?? '/');
  if (!file) return send(403, 'Forbidden');
  try {
    if (!(await stat(file)).isFile()) return send(404, 'Not found');
    send(200, await readFile(file), TYPES[path.extname(file)] ?? 'application/octet-stream');
  } catch {
    send(404, 'Not found');
  }
}

export function buildRenderer(): Promise<unknown> {
  return build({ configFile: path.join(REPO, 'vite.config.ts'), logLevel: 'warn' });
}

/** Serves `root` on 127.0.0.1 with the app's headers (port 0: any free port). The bench
 * uses it for the app and for its plain comparison page alike. */
export function serveFolder(root: string, port: number): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => void handle(root, req, res));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => {
      const { port: bound } = server.address() as AddressInfo;
      resolve({ url: `http://${HOST}:${bound}/`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

/** Builds the renderer (unless told not to) and serves it on $PORT or 4173; `npm start`
 * falls back to this where the desktop shell cannot run. */
export async function startPreview({ build: rebuild = true } = {}): Promise<string> {
  if (rebuild) await buildRenderer();
  const { url } = await serveFolder(ROOT, process.env.PORT ? Number(process.env.PORT) : DEFAULT_PORT);
  return url;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(`Preview: ${await startPreview({ build: !process.argv.includes('--no-build') })}`);
}
