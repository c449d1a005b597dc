// Pseudo-locale for tests and the browser preview only (`?pseudo=1`, see api/previewApi.ts):
// English with every letter accented, ~40% longer, each string wrapped in ⟦…⟧. A screen in
// it shows at a glance (and to test/browser/pseudo.spec.ts) any text that did not come from
// the catalogue, and any box too small for longer translations. Never in locales.json,
// never offered by the desktop app: it is generated here, from locales/en, at run time.
import type { LocaleMeta } from './localeMeta.ts';

export const PSEUDO_LOCALE = 'en-XA';
export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

const ACCENTED: Record<string, string> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'í', j: 'ĵ', k: 'ķ', l: 'ĺ', m: 'ṁ',
  n: 'ñ', o: 'ö', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'û', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Å', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Î', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ṁ',
  N: 'Ñ', O: 'Ö', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Û', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

/** Left as they are: interpolations, nesting, tags, and the agencies' acronyms. */
const KEEP = /(\{\{[^}]*\}\}|\$t\([^)]*\)|<[^>]*>|\b(?:ICE|DHS|CMS)\b)/;

/** Filler words added to reach ~40% more letters (in the accented alphabet). */
const PAD = 'ŀöŕéṁ íþšûṁ ðöĺöŕ šíţ áṁéţ çöñšéçţéţûŕ áðíþíšçíñĝ éĺíţ';

export function pseudoString(source: string): string {
  const accented = source.split(KEEP).map((part, i) => (i % 2 ? part : [...part].map((c) => ACCENTED[c] ?? c).join(''))).join('');
  const letters = source.replace(new RegExp(KEEP.source, 'g'), '').replace(/\s/g, '').length;
  const extra = Math.ceil(letters * 0.4);
  const pad = extra ? ' ' + PAD.repeat(Math.ceil(extra / PAD.length) + 1).slice(0, extra).trim() : '';
  return `${PSEUDO_OPEN}${accented}${pad}${PSEUDO_CLOSE}`;
}

/** The same tree (keys, plural suffixes, nesting untouched) with every string pseudo-translated. */
export function pseudoTree<T>(tree: T): T {
  if (typeof tree === 'string') return pseudoString(tree) as T;
  if (Array.isArray(tree)) return tree.map(pseudoTree) as T;
  if (tree && typeof tree === 'object') {
    return Object.fromEntries(Object.entries(tree).map(([k, v]) => [k, pseudoTree(v)])) as T;
  }
  return tree;
}

export function pseudoMeta(direction: 'ltr' | 'rtl'): LocaleMeta {
  return {
    code: PSEUDO_LOCALE,
    autonym: pseudoString('Pseudo'),
    englishName: 'Pseudo-locale (tests)',
    script: 'Latn',
    direction,
    fontFamily: 'Noto Sans',
    plural: { categories: ['one', 'other'], source: 'cldr' },
    review: { status: 'source' },
  };
}
