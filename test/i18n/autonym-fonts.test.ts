// The build's language-name fonts: every letter of every non-Latin language name has a
// glyph in the small font the renderer uses for it, and nothing else is in those fonts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import localesFile from '../../locales/locales.json' with { type: 'json' };
import { autonymFamily, writeAutonymFonts } from '../../scripts/fonts/autonym-fonts.ts';
import { cutFaces, type CutFace } from './glyph-coverage.ts';

let dir: string;
let faces: CutFace[];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'autonyms-'));
  faces = cutFaces(await writeAutonymFonts(dir));
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('language-name fonts', () => {
  it.each(localesFile.locales.filter((l) => l.fontFamily !== 'Noto Sans').map((l) => [l.code, l] as const))('%s: every letter of its name has a glyph', (_code, l) => {
    const missing = [...l.autonym].filter((ch) => !/\s/.test(ch)).filter((ch) => {
      const cp = ch.codePointAt(0)!;
      const face = faces.find((f) => f.family === autonymFamily(l.fontFamily) && f.codePoints.has(cp));
      return !face || !face.font.hasGlyphForCodePoint(cp);
    });
    expect(missing).toEqual([]);
  });

  // (U+FFFF: the end marker of a format-4 cmap table, not a character.)
  it('holds only the letters of language names (a few KB, not a script)', () => {
    for (const f of faces) {
      expect(f.font.characterSet.filter((cp) => cp > 0x20 && cp !== 0xffff && !f.codePoints.has(cp)), f.family).toEqual([]);
    }
    expect(faces.reduce((n, f) => n + f.bytes, 0)).toBeLessThan(64 * 1024);
  });
});
