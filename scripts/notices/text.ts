// The text of THIRD_PARTY_NOTICES.txt: the fonts with their copyright lines, the npm packages
// inside the app's bundles with their own licence files, and the SIL Open Font License once.
import type { Dependency } from 'rollup-plugin-license';
import type { FontFamilyNotice, FontNotices } from './fonts.ts';

/** What rollup-plugin-license reads from a bundled package's package.json and licence files. */
export type NpmPackage = Pick<Dependency, 'name' | 'version' | 'license' | 'licenseText' | 'noticeText' | 'homepage' | 'repository'>;

export interface App {
  productName: string;
  version: string;
  license: string;
}

const heading = (title: string) => `${'='.repeat(72)}\n${title}\n${'='.repeat(72)}`;
const SEPARATOR = '-'.repeat(72);

const fontEntry = (f: FontFamilyNotice) =>
  [`${f.family}: SIL Open Font License, Version 1.1 (OFL-1.1)`, `From ${f.packages.join(', ')}.`, ...f.copyright].join('\n');

function packageEntry(p: NpmPackage): string {
  // MIT, ISC, BSD and Apache all ask for their text to travel with the code.
  if (!p.licenseText) throw new Error(`${p.name} ${p.version} is bundled but has no licence file to quote`);
  const repository = typeof p.repository === 'string' ? p.repository : p.repository?.url;
  return [`${p.name} ${p.version}: ${p.license}`, p.homepage ?? repository, p.licenseText.trim(), p.noticeText?.trim()].filter(Boolean).join('\n\n');
}

/** Each package once (the renderer and main may bundle the same one), by name. */
function distinct(packages: readonly NpmPackage[]): NpmPackage[] {
  const byId = new Map(packages.map((p) => [`${p.name}@${p.version}`, p]));
  return [...byId.values()].sort((a, b) => a.name!.localeCompare(b.name!));
}

export function noticesText(app: App, packages: readonly NpmPackage[], fonts: FontNotices): string {
  return `${[
    `Third-party notices for ${app.productName} ${app.version}`,
    `${app.productName} is licensed under ${app.license}. It contains the fonts and the software\nbelow, which other people made and license under the terms given here.`,
    heading('Fonts'),
    'The fonts are Noto fonts, from the Fontsource packages named with them. The app also\ncarries subsets of them that its build cuts to the letters it shows (the families named\n"... Autonym" and "... UI"). All are licensed under the SIL Open Font License, Version\n1.1, whose full text is at the end of this file.',
    ...fonts.families.map(fontEntry),
    heading('Software'),
    distinct(packages).map(packageEntry).join(`\n\n${SEPARATOR}\n\n`),
    heading('SIL Open Font License, Version 1.1'),
    fonts.ofl,
  ].join('\n\n')}\n`;
}
