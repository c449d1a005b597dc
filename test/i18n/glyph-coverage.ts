// Which characters the bundled fonts can draw: each family's files at the regular weight
// (all unicode-range files; the variable packages' one weight-axis file each), opened with
// fontkit. Used by the glyph tests of the catalogues and of the build's cut fonts.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as fontkit from 'fontkit';
import type { EmbeddedFace } from '../../scripts/fonts/cut-fonts.ts';

const require = createRequire(import.meta.url);

/** 'Noto Sans SC' → @fontsource/noto-sans-sc; 'Noto Sans Ethiopic Variable' → @fontsource-variable/noto-sans-ethiopic. */
function fontFiles(family: string): string[] {
  const variable = family.endsWith(' Variable');
  const slug = family.replace(/ Variable$/, '').toLowerCase().replace(/ /g, '-');
  const pkg = `${variable ? '@fontsource-variable' : '@fontsource'}/${slug}`;
  const dir = path.join(path.dirname(require.resolve(`${pkg}/package.json`)), 'files');
  const wanted = variable ? /-wght-normal\.woff2$/ : /-400-normal\.woff2$/;
  return readdirSync(dir).filter((f) => wanted.test(f)).map((f) => path.join(dir, f));
}

type Font = { hasGlyphForCodePoint(cp: number): boolean };
const fontCache = new Map<string, Font[]>();
export function fonts(family: string): Font[] {
  if (!fontCache.has(family)) fontCache.set(family, fontFiles(family).map((f) => fontkit.openSync(f) as unknown as Font));
  return fontCache.get(family)!;
}

/** Characters drawn on screen: placeholders are replaced by other text, white space and
 * invisible format characters (ZWJ/ZWNJ, marks the shaper consumes) draw nothing. */
function charactersOf(texts: string[]): Set<string> {
  const chars = new Set<string>();
  for (const t of texts) {
    for (const ch of t.replace(/\{\{[^}]*\}\}|\$t\([^)]*\)/g, '')) {
      if (/\s|\p{Cf}/u.test(ch)) continue;
      chars.add(ch);
    }
  }
  return chars;
}

export function missingGlyphs(family: string, texts: string[]): string[] {
  const stack = [...fonts(family), ...(family === 'Noto Sans' ? [] : fonts('Noto Sans'))];
  return [...charactersOf(texts)].filter((ch) => !stack.some((f) => f.hasGlyphForCodePoint(ch.codePointAt(0)!)))
    .map((ch) => `${ch} U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
}

/** A font the build cuts (scripts/fonts/cut-fonts.ts), opened, with its own letters. */
export interface CutFace {
  family: string;
  codePoints: Set<number>;
  font: fontkit.Font & { variationAxes: Record<string, { min: number; max: number }> };
  bytes: number;
}

/** The fonts of a file the build writes (`autonyms.json`, `<family>.json`), opened. */
export function cutFaces(file: string): CutFace[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as EmbeddedFace[]).map((f) => {
    const woff2 = Buffer.from(f.woff2, 'base64');
    return {
      family: f.family,
      codePoints: new Set(f.unicodeRange.split(',').map((u) => parseInt(u.replace('U+', ''), 16))),
      font: fontkit.create(woff2) as CutFace['font'],
      bytes: woff2.length,
    };
  });
}
