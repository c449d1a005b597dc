import { describe, expect, it } from 'vitest';
import { lintErrors } from './lint-helper.ts';

const RULE = 'local/rules-engine-pure';

describe('lint: the rules engine is pure', () => {
  it.each([
    "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;",
    "import { app } from 'electron';\nexport const x = app;",
    "import React from 'react';\nexport const x = React;",
    "import x from '../../renderer/App.tsx';\nexport const y = x;",
    "export const x = await import('node:fs');",
  ])('flags %j', async (code) => {
    expect(await lintErrors(code, 'rules/engine/x.ts')).toContain(RULE);
  });

  it('allows its own files and zod', async () => {
    const code = "import type { Bundle } from '../schema/bundle.ts';\nimport { z } from 'zod';\nexport const x = z.string();\nexport type B = Bundle;";
    expect(await lintErrors(code, 'rules/engine/x.ts')).toEqual([]);
  });
});
