// Fonts are bundled for every script (no system-font luck): every character a locale's
// strings use must have a glyph in the fonts the app loads for it — its own family (all
// unicode-range subsets at the regular weight) or Noto Sans, which the font stack always
// puts after it. Opens each bundled WOFF2 file with fontkit.
import { describe, expect, it } from 'vitest';
import { NAMESPACES, readCatalog, readLocaleMeta } from '../../scripts/i18n/catalog.ts';
import { fonts, missingGlyphs } from './glyph-coverage.ts';

describe('bundled fonts cover every character', () => {
  it.each(readLocaleMeta().map((m) => [m.code, m] as const))('%s', (_code, meta) => {
    const texts = NAMESPACES.flatMap((ns) => Object.values(readCatalog(meta.code, ns) ?? {}));
    expect(texts.length, `${meta.code} has no catalogue`).toBeGreaterThan(0);
    expect(fonts(meta.fontFamily).length).toBeGreaterThan(0);
    expect(missingGlyphs(meta.fontFamily, [meta.autonym, ...texts])).toEqual([]);
  });

  it('finds a missing glyph (Ethiopic is not in the Latin font)', () => {
    expect(missingGlyphs('Noto Sans', ['ሰላም'])).toContain('ሰ U+1230');
    expect(missingGlyphs('Noto Sans Ethiopic Variable', ['ሰላም'])).toEqual([]);
  });
});
