import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler, resolveAppRequest } from '../../electron/main/app-protocol.ts';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/csp.ts';
import { tempDir } from './helpers/signed-bundles.ts';

const root = path.resolve('/srv/app/out/renderer');

describe('resolveAppRequest', () => {
  it.each([
    ['app://bundle/index.html', 'index.html'],
    ['app://bundle/', 'index.html'],
    ['app://bundle', 'index.html'],
    ['app://bundle/assets/index-abc.js', 'assets/index-abc.js'],
    ['app://bundle/assets/font%20name.woff2', 'assets/font name.woff2'],
    ['app://bundle/index.html?x=1#top', 'index.html'],
  ])('serves %s from the renderer folder', (url, file) => {
    expect(resolveAppRequest('GET', url, root)).toEqual({ ok: true, filePath: path.join(root, file) });
  });

  it.each([
    'app://bundle/../main.js',
    'app://bundle/assets/../../electron/main.js',
    'app://bundle/%2e%2e/main.js',
    'app://bundle/%2E%2E/%2e%2e/etc/passwd',
    'app://bundle/assets/%2e%2e%2f%2e%2e%2fmain.js',
    'app://bundle/..%2fmain.js',
    'app://bundle/..%5cmain.js',
    'app://bundle/%5c..%5cmain.js',
    'app://bundle/C:%5cWindows%5cwin.ini',
    'app://bundle//etc/passwd',
    'app://bundle/%2fetc%2fpasswd',
    'app://bundle/index.html%00.png',
  ])('refuses traversal and absolute paths: %s', (url) => {
    const result = resolveAppRequest('GET', url, root);
    // Either refused, or (e.g. //etc/passwd → <root>/etc/passwd) contained in the folder.
    const where = result.ok ? result.filePath : 'refused';
    expect(where === 'refused' || where.startsWith(root + path.sep)).toBe(true);
  });

  it.each(['app://bundle/../main.js', 'app://bundle/%2e%2e/main.js', 'app://bundle/assets/%2E%2e/%2e%2E/main.js'])(
    'lets the URL parser resolve dot segments inside the folder: %s', (url) => {
      // WHATWG URL parsing (in Chromium and in Node) removes ../ and %2e%2e/ segments before
      // the handler sees the URL, so these land on /main.js inside the renderer folder.
      expect(resolveAppRequest('GET', url, root)).toEqual({ ok: true, filePath: path.join(root, 'main.js') });
    });

  it.each([
    'app://bundle/..%2fmain.js',
    'app://bundle/assets/%2e%2e%2f%2e%2e%2fmain.js',
    'app://bundle/.%2e%2f.%2e%2fetc%2fpasswd',
    'app://bundle/..%5cmain.js',
    'app://bundle/%5c..%5cmain.js',
    'app://bundle/index.html%00.png',
  ])('refuses encoded traversal the parser leaves in place: %s', (url) => {
    expect(resolveAppRequest('GET', url, root)).toMatchObject({ ok: false, status: 403 });
  });

  it.each([
    'app://other/index.html',
    'app://bundle.evil.example/index.html',
    'app://user:pw@bundle/index.html',
    'file:///srv/app/out/renderer/index.html',
    'https://bundle/index.html',
    'not a url',
    'app://bundle/%E0%A4%A',
  ])('refuses other hosts, schemes and junk: %s', (url) => {
    expect(resolveAppRequest('GET', url, root).ok).toBe(false);
  });

  it.each(['POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS'])('refuses %s', (method) => {
    expect(resolveAppRequest(method, 'app://bundle/index.html', root)).toMatchObject({ ok: false, status: 405 });
  });
});

describe('app:// handler', () => {
  const dir = tempDir('renderer');
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>x</title>');
  writeFileSync(path.join(dir, 'assets', 'a.js'), 'console.log(1)');
  writeFileSync(path.join(dir, '..', 'secret.txt'), 'outside');
  const handle = createAppProtocolHandler(dir);

  it('serves files with the CSP header and a content type', async () => {
    const res = await handle(new Request('app://bundle/index.html'));
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>x</title>');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const js = await handle(new Request('app://bundle/assets/a.js'));
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it('answers 404 with the CSP for a missing file', async () => {
    const res = await handle(new Request('app://bundle/nope.js'));
    expect(res.status).toBe(404);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('never reads a file outside the folder', async () => {
    const refused = await handle(new Request('app://bundle/..%2fsecret.txt'));
    expect(refused.status).toBe(403);
    expect(await refused.text()).toBe('');
    const contained = await handle(new Request('app://bundle/%2e%2e/secret.txt'));
    expect(contained.status).toBe(404); // looked for <renderer>/secret.txt, which does not exist
  });

  it('refuses non-GET requests', async () => {
    const res = await handle(new Request('app://bundle/index.html', { method: 'POST', body: 'x' }));
    expect(res.status).toBe(405);
  });
});

describe('app:// scheme privileges', () => {
  it('is standard and secure, and does not bypass the CSP', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({ scheme: 'app', privileges: { standard: true, secure: true } });
  });
});
