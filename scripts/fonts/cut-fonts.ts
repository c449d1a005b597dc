// Small fonts cut at build time out of the bundled @fontsource families: from each
// unicode-range file of a family, only the glyphs of the letters asked for (subset-font,
// HarfBuzz's hb-subset). @fontsource ships no whole font to cut from, so the cut keeps the
// family's own split: one small file per file of the family that holds any of the letters.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';
import subsetFont from 'subset-font';
import { covers, fontFaces, fontPackage, type FontFaceRule } from './fontsource.ts';

export interface Cut {
  /** The bundled family to cut from, e.g. `Noto Sans SC`. */
  family: string;
  /** A static weight, or every weight of a variable family's one file per range. */
  weight: 400 | 700 | 'variable';
  codePoints: Iterable<number>;
  /** The family name the cut declares, e.g. `Noto Sans SC Autonym`. */
  cssFamily: string;
  /** File names: `<slug>-<fileTag>-<n>.woff2`. */
  fileTag: string;
  outDir: string;
  /** A letter the family has no glyph for: an error, or left to the next font of the stack. */
  missing: 'throw' | 'skip';
}

const hex = (cp: number) => cp.toString(16).toUpperCase();

const opened = new Map<string, fontkit.Font>();
export function hasGlyph(file: string, codePoint: number): boolean {
  if (!opened.has(file)) opened.set(file, fontkit.openSync(file) as fontkit.Font);
  return opened.get(file)!.hasGlyphForCodePoint(codePoint);
}

/** Writes the cut files; returns their @font-face rules, each limited to its own letters. */
export async function cutFamily(cut: Cut): Promise<string[]> {
  const pkg = fontPackage(cut.family);
  const faces = fontFaces(pkg, cut.weight === 'variable' ? 400 : cut.weight);
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
  const rules: string[] = [];
  let n = 0;
  for (const [face, cps] of perFile) {
    const name = `${pkg.slug}-${cut.fileTag}-${n++}.woff2`;
    writeFileSync(path.join(cut.outDir, name), await subsetFont(readFileSync(face.file), String.fromCodePoint(...cps), { targetFormat: 'woff2' }));
    rules.push(`@font-face {
  font-family: '${cut.cssFamily}';
  font-style: normal;
  font-weight: ${cut.weight === 'variable' ? '100 900' : cut.weight};
  font-display: swap;
  src: url(./${name}) format('woff2');
  unicode-range: ${cps.sort((a, b) => a - b).map((cp) => `U+${hex(cp)}`).join(',')};
}`);
  }
  return rules;
}
