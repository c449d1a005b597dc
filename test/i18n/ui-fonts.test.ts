// The CJK locales' cut fonts (scripts/fonts/ui-fonts.ts): every character of their
// catalogues is in the cut with a glyph, so an answer never falls through to the whole
// family's ~100 files; and the cut is small and keeps the weight axis, so one font serves
// regular and bold.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NAMESPACES, readCatalog, readLocaleMeta } from '../../scripts/i18n/catalog.ts';
import { writeUiFonts } from '../../scripts/fonts/ui-fonts.ts';
import { fontPackage } from '../../scripts/fonts/fontsource.ts';
import { UI_FONT_FAMILIES, uiFontFamily } from '../../renderer/i18n/uiFonts.ts';
import { cutFaces, missingGlyphs, type CutFace } from './glyph-coverage.ts';

let dir: string;
let faces: CutFace[];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'ui-fonts-'));
  await writeUiFonts(dir);
  faces = UI_FONT_FAMILIES.flatMap((family) => cutFaces(path.join(dir, `${fontPackage(family).slug}.json`)));
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cjk = readLocaleMeta().filter((m) => UI_FONT_FAMILIES.includes(m.fontFamily));

describe('cut fonts of the CJK locales', () => {
  it('are the fonts of zh-Hans, zh-Hant and ko', () => {
    expect(cjk.map((m) => m.code).sort()).toEqual(['ko', 'zh-Hans', 'zh-Hant']);
  });

  it.each(cjk.map((m) => [m.code, m] as const))('%s: every character of its catalogues is in its cut, or only in Noto Sans', (_code, meta) => {
    const text = NAMESPACES.flatMap((ns) => Object.values(readCatalog(meta.code, ns)!)).join('');
    const notCut = [...new Set(text.replace(/\{\{[^}]*\}\}/g, ''))].filter((ch) => !/\s/.test(ch)).filter((ch) => {
      const cp = ch.codePointAt(0)!;
      const face = faces.find((f) => f.family === uiFontFamily(meta.fontFamily) && f.codePoints.has(cp));
      return !face || !face.font.hasGlyphForCodePoint(cp);
    });
    // What the cut leaves out the family does not have: Noto Sans, next in the stack, must.
    expect(missingGlyphs('Noto Sans', notCut)).toEqual([]);
  });

  it('each font keeps the weight axis; all three families together under 1 MB', () => {
    for (const f of faces) expect(f.font.variationAxes.wght, f.family).toMatchObject({ min: 100, max: 900 });
    expect(faces.reduce((n, f) => n + f.bytes, 0)).toBeLessThan(1024 * 1024);
  });
});
