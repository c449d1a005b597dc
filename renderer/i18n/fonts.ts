// Bundled fonts per script (no system-font luck, no web fonts). Each family is a separate
// dynamic import so an English user never downloads the CJK or Arabic files.
const loaders: Record<string, () => Promise<unknown>> = {
  'Noto Sans': () => Promise.all([import('@fontsource/noto-sans/400.css'), import('@fontsource/noto-sans/700.css')]),
  'Noto Sans SC': () => Promise.all([import('@fontsource/noto-sans-sc/400.css'), import('@fontsource/noto-sans-sc/700.css')]),
  'Noto Sans TC': () => Promise.all([import('@fontsource/noto-sans-tc/400.css'), import('@fontsource/noto-sans-tc/700.css')]),
  'Noto Sans KR': () => Promise.all([import('@fontsource/noto-sans-kr/400.css'), import('@fontsource/noto-sans-kr/700.css')]),
  'Noto Sans Arabic': () => Promise.all([import('@fontsource/noto-sans-arabic/400.css'), import('@fontsource/noto-sans-arabic/700.css')]),
  'Noto Nastaliq Urdu': () => Promise.all([import('@fontsource/noto-nastaliq-urdu/400.css'), import('@fontsource/noto-nastaliq-urdu/700.css')]),
  'Noto Sans Gurmukhi': () => Promise.all([import('@fontsource/noto-sans-gurmukhi/400.css'), import('@fontsource/noto-sans-gurmukhi/700.css')]),
  'Noto Sans Devanagari': () => Promise.all([import('@fontsource/noto-sans-devanagari/400.css'), import('@fontsource/noto-sans-devanagari/700.css')]),
  'Noto Sans Bengali': () => Promise.all([import('@fontsource/noto-sans-bengali/400.css'), import('@fontsource/noto-sans-bengali/700.css')]),
  'Noto Sans Gujarati': () => Promise.all([import('@fontsource/noto-sans-gujarati/400.css'), import('@fontsource/noto-sans-gujarati/700.css')]),
  'Noto Sans Armenian': () => Promise.all([import('@fontsource/noto-sans-armenian/400.css'), import('@fontsource/noto-sans-armenian/700.css')]),
  'Noto Sans Khmer': () => Promise.all([import('@fontsource/noto-sans-khmer/400.css'), import('@fontsource/noto-sans-khmer/700.css')]),
  'Noto Sans Lao': () => Promise.all([import('@fontsource/noto-sans-lao/400.css'), import('@fontsource/noto-sans-lao/700.css')]),
  'Noto Sans Thai': () => Promise.all([import('@fontsource/noto-sans-thai/400.css'), import('@fontsource/noto-sans-thai/700.css')]),
  'Noto Sans Myanmar': () => Promise.all([import('@fontsource/noto-sans-myanmar/400.css'), import('@fontsource/noto-sans-myanmar/700.css')]),
  'Noto Sans Ethiopic Variable': () => import('@fontsource-variable/noto-sans-ethiopic/index.css'),
};

const loaded = new Map<string, Promise<unknown>>();

/** Loads a family once; the base Latin family is always loaded first (digits, names). */
export function loadFontFamily(family: string): Promise<unknown> {
  const families = family === 'Noto Sans' ? [family] : ['Noto Sans', family];
  return Promise.all(families.map((f) => {
    const load = loaders[f];
    if (!load) return Promise.reject(new Error(`no bundled font for ${f}`));
    if (!loaded.has(f)) loaded.set(f, load());
    return loaded.get(f)!;
  }));
}

/** The CSS font-family list for a locale: its script's font, then Noto Sans for Latin. */
export function fontStack(family: string): string {
  return family === 'Noto Sans' ? '"Noto Sans", sans-serif' : `"${family}", "Noto Sans", sans-serif`;
}
