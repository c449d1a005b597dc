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
    // Security review L10: what the rule used to let through.
    ["import { webContents } from 'electron';\nwebContents.getAllWebContents()[0]!.downloadURL('https://example.com/');", 'downloadURL'],
    ["import { session } from 'electron';\nsession.defaultSession.downloadURL('https://example.com/');", 'session.downloadURL'],
    ["import { utilityProcess } from 'electron';\nexport const x = utilityProcess;", 'utilityProcess'],
    ["import * as electron from 'electron';\nexport const x = electron.utilityProcess;", 'electron.utilityProcess'],
    ["import { shell } from 'electron';\nvoid shell.openExternal('https://example.com/');", 'openExternal'],
    ["import { shell } from 'electron';\nvoid shell.openPath('/tmp/x.html');", 'openPath'],
    ["import * as electron from 'electron';\nexport const x = electron['net'];", 'computed electron member'],
    ["import e from 'electron';\nconst k = 'n' + 'et';\nexport const x = e[k];", 'computed member of a default import'],
    ["import { spawn } from 'node:child_process';\nspawn('curl', ['https://example.com/']);", 'child_process'],
    ["import cp from 'child_process';\nexport const x = cp;", 'bare child_process'],
    ["import { Worker } from 'node:worker_threads';\nexport const x = Worker;", 'worker_threads'],
    ["import cluster from 'node:cluster';\nexport const x = cluster;", 'cluster'],
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
