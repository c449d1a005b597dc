// The fonts' part of the third-party notices: which @fontsource packages the app ships fonts
// from, and, from each package's own LICENSE file, its copyright line and the licence text.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UI_FONT_FAMILIES } from '../../renderer/i18n/uiFonts.ts';
import { autonymSourceFamilies } from '../fonts/autonym-fonts.ts';
import { bundledFontPackages, fontPackage, type FontPackage } from '../fonts/fontsource.ts';
import { uiFontSource } from '../fonts/ui-fonts.ts';

/** The packages the app ships fonts of: as font files of the renderer bundle (`bundledFiles`,
 * absolute paths), or cut into its script at build time (scripts/fonts/). A dependency that
 * is neither is not shipped, and not in the notices. */
export function shippedFontPackages(bundledFiles: readonly string[]): FontPackage[] {
  const cut = new Set([...autonymSourceFamilies(), ...UI_FONT_FAMILIES.map(uiFontSource)].map((family) => fontPackage(family).name));
  return bundledFontPackages().filter((p) => cut.has(p.name) || bundledFiles.some((f) => f.startsWith(p.dir + path.sep)));
}

export interface FontFamilyNotice {
  family: string;
  /** `name version` of each package the family's fonts come from. */
  packages: string[];
  /** The copyright lines of those packages' LICENSE files, each once. */
  copyright: string[];
}

export interface FontNotices {
  families: FontFamilyNotice[];
  /** The SIL Open Font License 1.1, as the packages' LICENSE files give it. */
  ofl: string;
}

const OFL_ID = 'OFL-1.1';
/** A Fontsource LICENSE file: the copyright lines, this statement, then the OFL after a line of dashes. */
const OFL_STATEMENT = 'This Font Software is licensed under the SIL Open Font License, Version 1.1.';

function readLicence(pkg: FontPackage): { version: string; copyright: string; ofl: string } {
  const { version, license } = JSON.parse(readFileSync(path.join(pkg.dir, 'package.json'), 'utf8')) as { version: string; license: string };
  const text = readFileSync(path.join(pkg.dir, 'LICENSE'), 'utf8');
  const statement = text.indexOf(OFL_STATEMENT);
  const body = text.search(/^-{10,}$/m);
  if (license !== OFL_ID || statement < 0 || body < statement || !text.includes('SIL OPEN FONT LICENSE Version 1.1')) {
    throw new Error(`${pkg.name}: not under the SIL Open Font License 1.1 as Fontsource writes it (package.json says ${license}); the notices cannot quote its licence`);
  }
  return { version, copyright: text.slice(0, statement).trim(), ofl: text.slice(body).trim() };
}

/** One entry per font family (a family may come from a static and a variable package), and
 * the licence text, which must be the same in every package since the notices give it once. */
export function fontNotices(packages: readonly FontPackage[]): FontNotices {
  const families = new Map<string, FontFamilyNotice>();
  const ofls = new Set<string>();
  for (const pkg of packages) {
    const { version, copyright, ofl } = readLicence(pkg);
    ofls.add(ofl);
    // A variable package's CSS family carries " Variable"; the font's family does not.
    const family = pkg.variable ? pkg.family.replace(/ Variable$/, '') : pkg.family;
    const notice = families.get(family) ?? { family, packages: [], copyright: [] };
    notice.packages.push(`${pkg.name} ${version}`);
    if (!notice.copyright.includes(copyright)) notice.copyright.push(copyright);
    families.set(family, notice);
  }
  if (ofls.size !== 1) throw new Error(`the font packages' LICENSE files hold ${ofls.size} different licence texts; the notices give one`);
  return { families: [...families.values()].sort((a, b) => a.family.localeCompare(b.family)), ofl: [...ofls][0]! };
}
