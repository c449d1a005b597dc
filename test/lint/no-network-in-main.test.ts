import { describe, expect, it } from 'vitest';
import { lintErrors } from './lint-helper.ts';

const RULE = 'local/no-network-in-main';

describe('lint: no network in the main and preload processes', () => {
  it.each([
    ["import http from 'node:http';\nexport const x = http;", 'node:http'],
    ["import https from 'https';\nexport const x = https;", 'https'],
    ["import { connect } from 'node:net';\nexport const x = connect;", 'node:net'],
    ["import tls from 'node:tls';\nexport const x = tls;", 'node:tls'],
    ["import dgram from 'node:dgram';\nexport const x = dgram;", 'node:dgram'],
    ["import { lookup } from 'node:dns';\nexport const x = lookup;", 'node:dns'],
    ["import dns from 'dns/promises';\nexport const x = dns;", 'dns/promises'],
    ["import { net } from 'electron';\nexport const x = net;", 'electron net'],
    ["import * as electron from 'electron';\nexport const x = electron.net;", 'electron.net'],
    ["export const x = await import('node:https');", 'dynamic import'],
    ["export { request } from 'node:http';", 're-export'],
    ["export const x = fetch('https://example.com/');", 'fetch'],
    ['export const x = new XMLHttpRequest();', 'XMLHttpRequest'],
    ["export const x = new WebSocket('wss://example.com/');", 'WebSocket'],
    ["export const x = new EventSource('https://example.com/');", 'EventSource'],
    ["export const x = globalThis.fetch('https://example.com/');", 'globalThis.fetch'],
  ])('flags %j (%s) in electron/main', async (code) => {
    expect(await lintErrors(code, 'electron/main/x.ts')).toContain(RULE);
  });

  it('flags the same in the preload', async () => {
    expect(await lintErrors("export const x = fetch('https://example.com/');", 'electron/preload/x.ts')).toContain(RULE);
  });

  it('allows what the main process really uses', async () => {
    const code = [
      "import { readFile } from 'node:fs/promises';",
      "import path from 'node:path';",
      "import { app, BrowserWindow } from 'electron';",
      'export const x = [readFile, path, app, BrowserWindow];',
      "export const r = new Response(null, { status: 403 });",
      '// a local function that happens to be called fetch is not the global',
      'function fetch(n: number) { return n; }',
      'export const y = fetch(1);',
    ].join('\n');
    expect(await lintErrors(code, 'electron/main/x.ts')).toEqual([]);
  });
});
