// The third-party notices the renderer's build writes (scripts/notices/): every font family
// with its copyright line and the SIL Open Font License in full, every bundled npm package
// with its licence file, and a build that stops on a licence it cannot quote. The notices of
// a real build are checked in package.test.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import localesFile from '../../locales/locales.json' with { type: 'json' };
import { fontFaces, fontPackage, type FontPackage } from '../../scripts/fonts/fontsource.ts';
import { fontNotices, shippedFontPackages } from '../../scripts/notices/fonts.ts';
import { noticesText, type NpmPackage } from '../../scripts/notices/text.ts';
import { tempDir } from './helpers/signed-bundles.ts';

const app = { productName: 'Medicaid Data Notice', version: '9.9.9', license: 'Apache-2.0' };
const npm = (name: string, licenseText: string | null = `Copyright (c) ${name} authors`): NpmPackage =>
  ({ name, version: '1.0.0', license: 'MIT', licenseText, noticeText: null, homepage: null, repository: null });

/** The fonts as the renderer's build finds them: Noto Sans as font files, the rest cut or bundled alike. */
const notoSansFile = fontFaces(fontPackage('Noto Sans'), 400)[0]!.file;
const fonts = fontNotices(shippedFontPackages([notoSansFile]));

/** A font package on disk, as Fontsource lays one out, with this package.json licence and LICENSE text. */
function fakeFontPackage(license: string, licenceFile: string): FontPackage {
  const dir = path.join(tempDir('font-package'), 'noto-fake');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: '@fontsource/noto-fake', version: '1.0.0', license }));
  writeFileSync(path.join(dir, 'LICENSE'), licenceFile);
  return { name: '@fontsource/noto-fake', dir, slug: 'noto-fake', family: 'Noto Fake', subsets: ['latin'], variable: false };
}

describe('third-party notices: fonts', () => {
  it('lists the families the build ships: font files of the bundle, and those it cuts fonts from', () => {
    expect(shippedFontPackages([]).map((p) => p.name)).not.toContain('@fontsource/noto-sans');
    expect(shippedFontPackages([notoSansFile]).map((p) => p.name)).toContain('@fontsource/noto-sans');
    // The CJK words are cut from the variable packages (scripts/fonts/ui-fonts.ts).
    expect(shippedFontPackages([]).map((p) => p.name)).toContain('@fontsource-variable/noto-sans-sc');
  });

  it('names every locale\'s font family under the SIL Open Font License, with its copyright line', () => {
    const families = new Set(localesFile.locales.map((l) => l.fontFamily.replace(/ Variable$/, '')));
    for (const family of families) {
      const notice = fonts.families.find((f) => f.family === family);
      expect(notice, family).toBeDefined();
      expect(notice!.copyright.join('\n'), family).toMatch(/Copyright|Google/);
    }
    const text = noticesText(app, [npm('react')], fonts);
    for (const family of families) expect(text).toContain(`${family}: SIL Open Font License, Version 1.1 (OFL-1.1)`);
  });

  it('gives the SIL Open Font License 1.1 in full, once, as the packages\' LICENSE files have it', () => {
    expect(fonts.ofl).toMatch(/^-+\nSIL OPEN FONT LICENSE Version 1.1 - 26 February 2007/);
    for (const section of ['PREAMBLE', 'DEFINITIONS', 'PERMISSION & CONDITIONS', 'TERMINATION', 'DISCLAIMER']) expect(fonts.ofl).toContain(section);
    const text = noticesText(app, [npm('react')], fonts);
    expect(text.split('SIL OPEN FONT LICENSE Version 1.1').length).toBe(2);
    expect(text.trimEnd().endsWith('OTHER DEALINGS IN THE FONT SOFTWARE.')).toBe(true);
  });

  it('stops on a font package whose licence is not the OFL as Fontsource writes it', () => {
    const ofl = 'Copyright 2022 Someone\n\nThis Font Software is licensed under the SIL Open Font License, Version 1.1.\n\n-----------\nSIL OPEN FONT LICENSE Version 1.1\n';
    expect(fontNotices([fakeFontPackage('OFL-1.1', ofl)]).families[0]!.copyright).toEqual(['Copyright 2022 Someone']);
    expect(() => fontNotices([fakeFontPackage('Apache-2.0', ofl)])).toThrow(/noto-fake: not under the SIL Open Font License/);
    expect(() => fontNotices([fakeFontPackage('OFL-1.1', 'Copyright 2022 Someone\nAll rights reserved.\n')])).toThrow(/noto-fake/);
    expect(() => fontNotices([fakeFontPackage('OFL-1.1', ofl), fakeFontPackage('OFL-1.1', `${ofl}\nA changed term.\n`)])).toThrow(/2 different licence texts/);
  });
});

describe('third-party notices: npm packages', () => {
  it('names each bundled package with its version and licence, and quotes its licence file, once', () => {
    const text = noticesText(app, [npm('zod'), npm('i18next'), npm('zod')], fonts);
    expect(text).toContain('i18next 1.0.0: MIT\n\nCopyright (c) i18next authors');
    expect(text.match(/^zod 1\.0\.0: MIT$/gm)).toHaveLength(1);
    expect(text.indexOf('i18next 1.0.0')).toBeLessThan(text.indexOf('zod 1.0.0'));
  });

  it('stops on a bundled package with no licence file to quote', () => {
    expect(() => noticesText(app, [npm('left-pad', null)], fonts)).toThrow(/left-pad 1\.0\.0 is bundled but has no licence file/);
  });
});
