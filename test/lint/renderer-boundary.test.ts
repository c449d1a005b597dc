import { describe, expect, it } from 'vitest';
import { lintErrors } from './lint-helper.ts';

describe('lint: the renderer reaches main only through window.api', () => {
  it.each([
    "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;",
    "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;",
    "import fs from 'fs';\nexport const x = fs;",
    "import { startApp } from '../electron/main/app.ts';\nexport const x = startApp;",
    "import { buildApi } from '../electron/preload/preload.ts';\nexport const x = buildApi;",
  ])('flags %j', async (code) => {
    expect(await lintErrors(code, 'renderer/x.tsx')).toContain('no-restricted-imports');
  });

  it('allows the IPC contract types', async () => {
    expect(await lintErrors("import type { Api } from '../electron/ipc-contract.ts';\nexport type A = Api;", 'renderer/x.tsx')).toEqual([]);
  });
});
