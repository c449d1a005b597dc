// Brief §6: no crash upload, no auto-update ping, no opening of outside links. None of the
// Electron APIs that do those may appear in the shell's code at all (the lint rule covers
// sockets; this covers the Electron features that phone home on their own).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const electronDir = path.resolve(import.meta.dirname, '../../electron');
const sources = (readdirSync(electronDir, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.ts'))
  // Comments may name these APIs (to say why they are absent); code may not.
  .map((f) => ({ file: f, code: ts.transpileModule(readFileSync(path.join(electronDir, f), 'utf8'), { compilerOptions: { removeComments: true } }).outputText }));

describe('no phone-home features in electron/', () => {
  it('has sources to check', () => {
    expect(sources.map((s) => s.file)).toEqual(expect.arrayContaining(['main/app.ts', path.join('preload', 'preload.ts')]));
  });

  it.each(['crashReporter', 'autoUpdater', 'electron-updater', 'openExternal', 'netLog', 'electron-devtools-installer'])('never uses %s', (api) => {
    expect(sources.filter((s) => s.code.includes(api)).map((s) => s.file)).toEqual([]);
  });
});
