// Bundled fonts per script (no system-font luck, no web fonts). Each family is a separate
// dynamic import so an English user never downloads the CJK or Arabic files.
export type FontWeight = 400 | 700;

const loaders: Record<string, Record<FontWeight, () => Promise<unknown>>> = {
  'Noto Sans': { 400: () => import('@fontsource/noto-sans/400.css'), 700: () => import('@fontsource/noto-sans/700.css') },
  'Noto Sans SC': { 400: () => import('@fontsource/noto-sans-sc/400.css'), 700: () => import('@fontsource/noto-sans-sc/700.css') },
  'Noto Sans TC': { 400: () => import('@fontsource/noto-sans-tc/400.css'), 700: () => import('@fontsource/noto-sans-tc/700.css') },
  'Noto Sans KR': { 400: () => import('@fontsource/noto-sans-kr/400.css'), 700: () => import('@fontsource/noto-sans-kr/700.css') },
  'Noto Sans Arabic': { 400: () => import('@fontsource/noto-sans-arabic/400.css'), 700: () => import('@fontsource/noto-sans-arabic/700.css') },
  'Noto Nastaliq Urdu': { 400: () => import('@fontsource/noto-nastaliq-urdu/400.css'), 700: () => import('@fontsource/noto-nastaliq-urdu/700.css') },
  'Noto Sans Gurmukhi': { 400: () => import('@fontsource/noto-sans-gurmukhi/400.css'), 700: () => import('@fontsource/noto-sans-gurmukhi/700.css') },
  'Noto Sans Devanagari': { 400: () => import('@fontsource/noto-sans-devanagari/400.css'), 700: () => import('@fontsource/noto-sans-devanagari/700.css') },
  'Noto Sans Bengali': { 400: () => import('@fontsource/noto-sans-bengali/400.css'), 700: () => import('@fontsource/noto-sans-bengali/700.css') },
  'Noto Sans Gujarati': { 400: () => import('@fontsource/noto-sans-gujarati/400.css'), 700: () => import('@fontsource/noto-sans-gujarati/700.css') },
  'Noto Sans Armenian': { 400: () => import('@fontsource/noto-sans-armenian/400.css'), 700: () => import('@fontsource/noto-sans-armenian/700.css') },
  'Noto Sans Khmer': { 400: () => import('@fontsource/noto-sans-khmer/400.css'), 700: () => import('@fontsource/noto-sans-khmer/700.css') },
  'Noto Sans Lao': { 400: () => import('@fontsource/noto-sans-lao/400.css'), 700: () => import('@fontsource/noto-sans-lao/700.css') },
  'Noto Sans Thai': { 400: () => import('@fontsource/noto-sans-thai/400.css'), 700: () => import('@fontsource/noto-sans-thai/700.css') },
  'Noto Sans Myanmar': { 400: () => import('@fontsource/noto-sans-myanmar/400.css'), 700: () => import('@fontsource/noto-sans-myanmar/700.css') },
  // One variable font file covers every weight.
  'Noto Sans Ethiopic Variable': { 400: () => import('@fontsource-variable/noto-sans-ethiopic/index.css'), 700: () => import('@fontsource-variable/noto-sans-ethiopic/index.css') },
};

const loaded = new Map<string, Promise<unknown>>();

/** Loads a family's weights once; the base Latin family comes too (digits, names). A
 * language name on the language screen needs only the bold face, not the whole family. */
export function loadFontFamily(family: string, weights: readonly FontWeight[] = [400, 700]): Promise<unknown> {
  const families = family === 'Noto Sans' ? [family] : ['Noto Sans', family];
  return Promise.all(families.flatMap((f) => weights.map((w) => {
    const load = loaders[f]?.[w];
    if (!load) return Promise.reject(new Error(`no bundled font for ${f} ${w}`));
    const key = `${f} ${w}`;
    if (!loaded.has(key)) loaded.set(key, load());
    return loaded.get(key)!;
  })));
}

/** The CSS font-family list for a locale: its script's font, then Noto Sans for Latin. */
export function fontStack(family: string): string {
  return family === 'Noto Sans' ? '"Noto Sans", sans-serif' : `"${family}", "Noto Sans", sans-serif`;
}
