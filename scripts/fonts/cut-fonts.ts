// Small fonts cut at build time out of the bundled @fontsource families: from each
// unicode-range file of a family, only the glyphs of the letters asked for (subset-font,
// HarfBuzz's hb-subset). @fontsource ships no whole font to cut from, so the cut keeps the
// family's own split: one small font per file of the family that holds any of the letters.
import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import subsetFont from 'subset-font';
import { covers, fontFaces, fontPackage, type FontFaceRule } from './fontsource.ts';
import type { EmbeddedFace } from '../../renderer/i18n/fontBytes.ts';

export interface Cut {
  /** The bundled family to cut from, e.g. `Noto Sans SC`. */
  family: string;
  /** A static weight, or every weight of a variable family's one file per range. */
  weight: 400 | 700 | 'variable';
  codePoints: Iterable<number>;
  /** The family name the cut declares, e.g. `Noto Sans SC Autonym`. */
  cssFamily: string;
  /** A letter the family has no glyph for: an error, or left to the next font of the stack. */
  missing: 'throw' | 'skip';
}

/** One cut font: a woff2 holding `codePoints`, taken from one file of the family. */
export interface CutFont {
  cssFamily: string;
  /** The CSS font-weight it serves: `700`, or `100 900` for a variable cut. */
  weight: string;
  codePoints: number[];
  woff2: Uint8Array;
}

const hex = (cp: number) => cp.toString(16).toUpperCase();

/** The CSS unicode-range of exactly these letters. */
const unicodeRange = (codePoints: readonly number[]) => [...codePoints].sort((a, b) => a - b).map((cp) => `U+${hex(cp)}`).join(',');

const opened = new Map<string, fontkit.Font>();
export function hasGlyph(file: string, codePoint: number): boolean {
  if (!opened.has(file)) opened.set(file, fontkit.openSync(file) as fontkit.Font);
  return opened.get(file)!.hasGlyphForCodePoint(codePoint);
}

/** Cuts the family's fonts down to the letters asked for: one font per file that holds any. */
export async function cutFonts(cut: Cut): Promise<CutFont[]> {
  const faces = fontFaces(fontPackage(cut.family), cut.weight === 'variable' ? 400 : cut.weight);
  // Each letter from the first file of the family that really has it (unicode-ranges of
  // CJK shards overlap; the glyph tables decide).
  const perFile = new Map<FontFaceRule, number[]>();
  for (const cp of new Set(cut.codePoints)) {
    const face = faces.find((f) => covers(f, cp) && hasGlyph(f.file, cp));
    if (!face) {
      if (cut.missing === 'throw') throw new Error(`${cut.family} has no glyph for U+${hex(cp)}`);
      continue;
    }
    perFile.set(face, [...(perFile.get(face) ?? []), cp]);
  }
  return Promise.all([...perFile].map(async ([face, codePoints]) => ({
    cssFamily: cut.cssFamily,
    weight: cut.weight === 'variable' ? '100 900' : String(cut.weight),
    codePoints,
    woff2: await subsetFont(readFileSync(face.file), String.fromCodePoint(...codePoints), { targetFormat: 'woff2' }),
  })));
}

export type { EmbeddedFace };

export const embedded = (font: CutFont): EmbeddedFace => ({
  family: font.cssFamily,
  weight: font.weight,
  unicodeRange: unicodeRange(font.codePoints),
  woff2: Buffer.from(font.woff2).toString('base64'),
});
