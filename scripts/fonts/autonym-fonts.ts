// The language names ("中文（简体）", "ភាសាខ្មែរ"…) appear on the language screen and in every
// language menu, each in its own script. Loading each script's whole bold family for a few
// letters cost the first screen ~250 KB of fonts and ~40 KB of CSS, and made every
// language load other scripts' font files. Instead the build cuts, from each bundled font,
// a tiny font holding only the letters of its language names ("<Family> Autonym"). The
// first screen is prerendered HTML, laid out once the page's head has run the script that
// adds the ~20 cuts (~35 KB) from their bytes (vite.config.ts), with a class per family
// that the language names carry (autonymClasses; no style attributes: CSP).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import localesFile from '../../locales/locales.json' with { type: 'json' };
import { cutFonts, embedded, hasGlyph, type EmbeddedFace } from './cut-fonts.ts';
import { covers, fontFaces, fontPackage, type FontFaceRule } from './fontsource.ts';
import { autonymClass, autonymFamily, autonymStack } from '../../renderer/i18n/fontNames.ts';

export { autonymFamily };

/** Latin language names need nothing: Noto Sans is always loaded. */
const BASE_FAMILY = 'Noto Sans';

/** The Noto Sans faces the first screen draws with: regular Latin for its words, and the
 * bold faces that hold the letters of the Latin- and Cyrillic-script language names. */
function firstScreenBaseRules(): { rule: FontFaceRule; weight: 400 | 700 }[] {
  const regular = fontFaces(fontPackage(BASE_FAMILY), 400).filter((f) => covers(f, 'a'.codePointAt(0)!)).slice(0, 1);
  const bold = fontFaces(fontPackage(BASE_FAMILY), 700);
  const needed = new Set<FontFaceRule>();
  for (const l of localesFile.locales.filter((x) => x.fontFamily === BASE_FAMILY)) {
    for (const ch of l.autonym) {
      const cp = ch.codePointAt(0)!;
      if (/\s/.test(ch)) continue;
      const face = bold.find((f) => covers(f, cp) && hasGlyph(f.file, cp));
      if (face) needed.add(face);
    }
  }
  return [...regular.map((rule) => ({ rule, weight: 400 as const })), ...[...needed].map((rule) => ({ rule, weight: 700 as const }))];
}

/** The file names of those faces, as @fontsource's stylesheets name them. */
export function firstScreenBaseFonts(): string[] {
  return firstScreenBaseRules().map(({ rule }) => path.basename(rule.file));
}

/** Those faces with their bytes, for the first screen's font script (vite.config.ts). */
export function firstScreenBaseFaces(): EmbeddedFace[] {
  return firstScreenBaseRules().map(({ rule, weight }) => ({
    family: BASE_FAMILY,
    weight: String(weight),
    unicodeRange: rule.unicodeRange,
    woff2: readFileSync(rule.file).toString('base64'),
  }));
}

/** The families the language names are cut from: every locale's, but Noto Sans. */
export function autonymSourceFamilies(): string[] {
  return [...new Set(localesFile.locales.map((l) => l.fontFamily))].filter((f) => f !== BASE_FAMILY);
}

/** The class each family's language names carry, naming its cut first in their stack. */
export function autonymClasses(): string {
  const classes = [...new Set(localesFile.locales.map((l) => l.fontFamily))].map((family) => `.${autonymClass(family)}{font-family:${autonymStack(family)}}`);
  return classes.join('\n') + '\n';
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
