// The build's language-name fonts: every letter of every non-Latin language name has a
// glyph in the small font the renderer uses for it, and nothing else is in those fonts.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import localesFile from '../../locales/locales.json' with { type: 'json' };
import { autonymFamily, writeAutonymFonts } from '../../scripts/fonts/autonym-fonts.ts';
import { cutFaces, type CutFace } from './glyph-coverage.ts';

let dir: string;
let faces: CutFace[];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'autonyms-'));
  const css = readFileSync(await writeAutonymFonts(dir), 'utf8');
  faces = cutFaces(css, dir);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('language-name fonts', () => {
  it.each(localesFile.locales.filter((l) => l.fontFamily !== 'Noto Sans').map((l) => [l.code, l] as const))('%s: every letter of its name has a glyph', (_code, l) => {
    const missing = [...l.autonym].filter((ch) => !/\s/.test(ch)).filter((ch) => {
      const cp = ch.codePointAt(0)!;
      const face = faces.find((f) => f.family === autonymFamily(l.fontFamily) && f.codePoints.has(cp));
      return !face || !(fontkit.openSync(face.file) as fontkit.Font).hasGlyphForCodePoint(cp);
    });
    expect(missing).toEqual([]);
  });

  // (U+FFFF: the end marker of a format-4 cmap table, not a character.)
  it('holds only the letters of language names (a few KB, not a script)', () => {
    for (const f of faces) {
      const font = fontkit.openSync(f.file) as fontkit.Font;
      expect(font.characterSet.filter((cp) => cp > 0x20 && cp !== 0xffff && !f.codePoints.has(cp)), f.file).toEqual([]);
    }
    expect(faces.reduce((n, f) => n + readFileSync(f.file).length, 0)).toBeLessThan(64 * 1024);
  });
});
