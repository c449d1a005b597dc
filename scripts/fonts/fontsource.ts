// The @fontsource packages the app bundles, read from their own files: each package's
// metadata (family, subsets) and, per weight, its @font-face rules (file, unicode-range).
import { readFileSync } from 'node:fs';
import path from 'node:path';

const REPO = path.resolve(import.meta.dirname, '..', '..');

export interface FontPackage {
  name: string;
  dir: string;
  /** File-name prefix, e.g. `noto-sans-sc`. */
  slug: string;
  /** The CSS family name its stylesheets declare. */
  family: string;
  subsets: string[];
  variable: boolean;
}

export interface FontFaceRule {
  /** Absolute path of the woff2 file. */
  file: string;
  /** Inclusive code point ranges; empty means every code point. */
  ranges: [number, number][];
  /** The rule's unicode-range as the stylesheet writes it (CSS's initial value when it has none). */
  unicodeRange: string;
}

export function bundledFontPackages(): FontPackage[] {
  const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  return Object.keys(pkg.dependencies)
    .filter((name) => name.startsWith('@fontsource'))
    .map((name) => {
      const dir = path.join(REPO, 'node_modules', name);
      const meta = JSON.parse(readFileSync(path.join(dir, 'metadata.json'), 'utf8')) as { id: string; family: string; subsets: string[] };
      const variable = name.startsWith('@fontsource-variable/');
      // The variable package's CSS names its family "… Variable".
      return { name, dir, slug: meta.id, family: variable ? `${meta.family} Variable` : meta.family, subsets: meta.subsets, variable };
    });
}

export function fontPackage(family: string): FontPackage {
  const found = bundledFontPackages().find((p) => p.family === family);
  if (!found) throw new Error(`no bundled @fontsource package for the family '${family}'`);
  return found;
}

function parseRange(text: string): [number, number][] {
  return text.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from!, 16), parseInt(to ?? from!, 16)];
  });
}

/** The @font-face rules of one weight (the variable package: its one `wght` stylesheet).
 * Fontsource writes these files itself, one rule per block, so a pattern reads them. */
export function fontFaces(pkg: FontPackage, weight: 400 | 700): FontFaceRule[] {
  const css = readFileSync(path.join(pkg.dir, pkg.variable ? 'wght.css' : `${weight}.css`), 'utf8');
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body]) => {
    const src = /url\(\.\/([^)]+\.woff2)\)/.exec(body!)?.[1];
    if (!src) throw new Error(`${pkg.name}: an @font-face without a woff2 file`);
    const range = /unicode-range:\s*([^;]+);/.exec(body!)?.[1]?.trim();
    return { file: path.join(pkg.dir, src), ranges: range ? parseRange(range) : [], unicodeRange: range ?? 'U+0-10FFFF' };
  });
}

export function covers(rule: FontFaceRule, codePoint: number): boolean {
  return rule.ranges.length === 0 || rule.ranges.some(([from, to]) => codePoint >= from && codePoint <= to);
}
