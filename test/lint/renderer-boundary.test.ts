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

  it.each([
    "import { answer } from '../rules/engine/answer.ts';\nexport const x = answer;",
    "import type { Bundle } from '../../rules/schema/bundle.ts';\nexport type B = Bundle;",
    "import { shippedBundle } from '../rules/data/index.ts';\nexport const x = shippedBundle;",
  ])('refuses a deep import from rules/: %j', async (code) => {
    expect(await lintErrors(code, 'renderer/x.tsx')).toContain('no-restricted-imports');
  });

  it('allows rules/ through its one entry', async () => {
    expect(await lintErrors("import { answer, type Bundle } from '../rules/index.ts';\nexport const x: [typeof answer, Bundle?] = [answer];", 'renderer/x.tsx')).toEqual([]);
  });

  it('refuses an import from scripts/ (no renderer ↔ scripts cycle)', async () => {
    expect(await lintErrors("import type { CutFont } from '../scripts/fonts/cut-fonts.ts';\nexport type C = CutFont;", 'renderer/i18n/x.ts')).toContain('no-restricted-imports');
  });

  it('allows the IPC contract types', async () => {
    expect(await lintErrors("import type { Api } from '../electron/ipc-contract.ts';\nexport type A = Api;", 'renderer/x.tsx')).toEqual([]);
  });
});
