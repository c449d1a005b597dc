// The language names ("中文（简体）", "ភាសាខ្មែរ"…) appear on the language screen and in every
// language menu, each in its own script. Loading each script's whole bold family for a few
// letters cost the first screen ~250 KB of fonts and ~40 KB of CSS, and made every
// language load other scripts' font files. Instead the build cuts, from each bundled font,
// a tiny font holding only the letters of its language names ("<Family> Autonym"). The
// ~20 cuts (~35 KB) travel inside the renderer's script, not as font files: the language
// screen needs every one of them before it is drawn, and 20 more requests held its cold
// start up by ~30 ms on a 2-core PC (npm run bench). renderer/i18n/fontBytes.ts turns them
// into FontFaces.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import localesFile from '../../locales/locales.json' with { type: 'json' };
import { cutFonts, embedded, hasGlyph, type EmbeddedFace } from './cut-fonts.ts';
import { covers, fontFaces, fontPackage } from './fontsource.ts';

/** The family name the renderer uses for a language name in `family`'s script. */
export const autonymFamily = (family: string) => `${family} Autonym`;

/** Latin language names need nothing: Noto Sans is always loaded. */
const BASE_FAMILY = 'Noto Sans';

/** The Noto Sans files the first screen draws with: regular Latin for its words, and the
 * bold faces that hold the letters of the Latin- and Cyrillic-script language names. */
export function firstScreenBaseFonts(): string[] {
  const regular = fontFaces(fontPackage(BASE_FAMILY), 400).filter((f) => covers(f, 'a'.codePointAt(0)!)).slice(0, 1);
  const bold = fontFaces(fontPackage(BASE_FAMILY), 700);
  const needed = new Set<string>();
  for (const l of localesFile.locales.filter((x) => x.fontFamily === BASE_FAMILY)) {
    for (const ch of l.autonym) {
      const cp = ch.codePointAt(0)!;
      if (/\s/.test(ch)) continue;
      const face = bold.find((f) => covers(f, cp) && hasGlyph(f.file, cp));
      if (face) needed.add(face.file);
    }
  }
  return [...regular.map((f) => f.file), ...needed].map((f) => path.basename(f));
}

/** The families the language names are cut from: every locale's, but Noto Sans. */
export function autonymSourceFamilies(): string[] {
  return [...new Set(localesFile.locales.map((l) => l.fontFamily))].filter((f) => f !== BASE_FAMILY);
}

/** Writes `autonyms.json`, the language-name fonts, into `outDir`; returns its path. */
export async function writeAutonymFonts(outDir: string): Promise<string> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const faces: EmbeddedFace[] = [];
  for (const family of autonymSourceFamilies()) {
    const names = localesFile.locales.filter((l) => l.fontFamily === family).map((l) => l.autonym).join('');
    const letters = [...names].filter((ch) => !/\s/.test(ch)).map((ch) => ch.codePointAt(0)!);
    faces.push(...(await cutFonts({ family, weight: 700, codePoints: letters, cssFamily: autonymFamily(family), missing: 'throw' })).map(embedded));
  }
  const file = path.join(outDir, 'autonyms.json');
  writeFileSync(file, JSON.stringify(faces));
  return file;
}
