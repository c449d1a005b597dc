// The words of the CJK locales in fonts cut to fit them (renderer/i18n/uiFonts.ts says
// why): for each such family, every character those locales can show — their catalogues,
// the rules data shown verbatim (English titles and quotes, with their dashes and §), the
// app's own marks (arrows) and printable ASCII (language names have their own cuts,
// scripts/fonts/autonym-fonts.ts). The cut is taken from the family's variable package:
// one font per range serves every weight, half the bytes of a regular and a bold. Its ~20
// fonts travel in one script chunk, not as ~20 files: a first switch to Chinese waited for
// each of them (127-134 -> 71-90 ms, npm run bench's harness). A character outside them
// (a typed search) still comes from the whole family, behind the cut in the font stack.
import { globSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { NAMESPACES, readCatalog, readLocaleMeta } from '../i18n/catalog.ts';
import { UI_FONT_FAMILIES, uiFontFamily } from '../../renderer/i18n/uiFonts.ts';
import { cutFonts, embedded } from './cut-fonts.ts';
import { fontPackage } from './fontsource.ts';

const REPO = path.resolve(import.meta.dirname, '..', '..');

/** Space, no-break space and printable ASCII: a space the cut lacks fetched a file of the whole family. */
const BASIC = [0x20, 0xa0, ...Array.from({ length: 0x7f - 0x21 }, (_, i) => 0x21 + i)];

/** Characters of text the app shows as it is, whatever the language: the rules data and
 * the renderer's own marks. */
function verbatimText(): string {
  const files = [...globSync('rules/data/*.json', { cwd: REPO }), ...globSync('renderer/**/*.{ts,tsx}', { cwd: REPO })];
  return files.map((f) => readFileSync(path.join(REPO, f), 'utf8')).join('');
}

/** Every character the locales of `family` can put on screen in their own words. */
export function uiCodePoints(family: string): Set<number> {
  const cps = new Set<number>(BASIC);
  const add = (text: string) => { for (const ch of text) if (!/\s/.test(ch)) cps.add(ch.codePointAt(0)!); };
  add(verbatimText());
  for (const meta of readLocaleMeta().filter((m) => m.fontFamily === family)) {
    for (const ns of NAMESPACES) for (const text of Object.values(readCatalog(meta.code, ns) ?? {})) add(text);
  }
  return cps;
}

/** The family a UI cut is taken from: its variable package (above). */
export const uiFontSource = (family: string) => `${family} Variable`;

/** Writes `<slug>.json` per family into `outDir`: the cut's fonts, as the renderer adds them
 * on a switch to the locale (renderer/i18n/fonts.ts). */
export async function writeUiFonts(outDir: string): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const family of UI_FONT_FAMILIES) {
    const codePoints = uiCodePoints(family);
    // Letters the family lacks fall to Noto Sans, next in the stack (the glyph test checks it has them).
    const fonts = await cutFonts({ family: uiFontSource(family), weight: 'variable', codePoints, cssFamily: uiFontFamily(family), missing: 'skip' });
    writeFileSync(path.join(outDir, `${fontPackage(family).slug}.json`), JSON.stringify(fonts.map(embedded)));
  }
}
