// Which bundled font family a built font file belongs to, from its file name and the
// @fontsource packages' own metadata (each package lists its subsets). Names overlap —
// `noto-sans-devanagari-400…` is Noto Sans's Devanagari subset, `noto-sans-devanagari-
// latin-400…` the Devanagari family's Latin subset — so the subset decides, not the prefix.
import { bundledFontPackages } from '../scripts/fonts/fontsource.ts';

const PACKAGES = bundledFontPackages().sort((a, b) => b.slug.length - a.slug.length);

/** `noto-sans-kr-12-700-normal-Ab3_x-9Q.woff2` → `Noto Sans KR`; null when unknown. */
export function fontFamilyOfFile(file: string): string | null {
  const [, stem, weight] = /^(.*)-(\d{3}|wght)-normal-[\w-]{8}\.woff2?$/.exec(file) ?? [];
  if (!stem) return null;
  // A static package and a variable one share their file prefix: `wght` tells them apart.
  for (const p of PACKAGES.filter((x) => x.variable === (weight === 'wght'))) {
    if (!stem.startsWith(p.slug + '-')) continue;
    const subset = stem.slice(p.slug.length + 1);
    // CJK families are cut into numbered unicode-range shards.
    if (p.subsets.includes(subset) || /^\d+$/.test(subset)) return p.family;
  }
  return null;
}
