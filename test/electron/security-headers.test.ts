// One set of security headers (electron/security-headers.ts): the app:// handler of the
// desktop app and the browser preview server both send exactly it, on files and on errors.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../electron/security-headers.ts';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/csp.ts';
import { createAppProtocolHandler } from '../../electron/main/app-protocol.ts';
import { serveFolder } from '../../scripts/preview.ts';

/** The headers a response carries, minus the ones that describe the body itself. */
function securityPart(headers: Headers): Record<string, string> {
  const own = new Set(['content-type', 'content-length', 'date', 'connection', 'keep-alive', 'transfer-encoding', 'link']);
  return Object.fromEntries([...headers.entries()].filter(([name]) => !own.has(name)));
}

const expected = Object.fromEntries(Object.entries(SECURITY_HEADERS).map(([k, v]) => [k.toLowerCase(), v]));

const dir = mkdtempSync(path.join(tmpdir(), 'mdn-headers-'));
writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>x</title>');

describe('security headers', () => {
  it('carry the one CSP', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('are exactly what the app:// handler sends', async () => {
    const handle = createAppProtocolHandler(dir);
    expect(securityPart((await handle(new Request('app://bundle/index.html'))).headers)).toEqual(expected);
    expect(securityPart((await handle(new Request('app://bundle/missing.js'))).headers)).toEqual(expected);
    expect(securityPart((await handle(new Request('app://bundle/index.html', { method: 'POST' }))).headers)).toEqual(expected);
  });

  describe('preview server', () => {
    const server = serveFolder(dir, 0);
    afterAll(async () => (await server).close());

    it('sends exactly them', async () => {
      const { url } = await server;
      expect(securityPart((await fetch(url)).headers)).toEqual(expected);
      expect(securityPart((await fetch(`${url}missing.js`)).headers)).toEqual(expected);
      expect(securityPart((await fetch(url, { method: 'POST' })).headers)).toEqual(expected);
    });
  });
});
