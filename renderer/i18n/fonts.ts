// Bundled fonts per script (no system-font luck, no web fonts). Noto Sans (Latin, Cyrillic,
// Greek, Vietnamese) is in the main stylesheet (main.tsx): every screen needs it at first
// paint. Each other family is a separate dynamic import, so an English user never
// downloads the CJK or Arabic files; language names use the tiny "… Autonym" fonts that
// the build cuts from these (scripts/fonts/autonym-fonts.ts), added by the page's head.
// The CJK locales read their words in "… UI" cuts that fit their catalogues (uiFonts.ts),
// with the whole family behind them for anything else.
import { hasUiFont, uiFontFamily } from './uiFonts.ts';
import type { EmbeddedFace } from './fontBytes.ts';
import { addFontFaces } from './fontBytes.ts';
import { BASE_FAMILY, autonymFamily } from './fontNames.ts';

export { BASE_FAMILY, autonymClass, autonymFamily, autonymStack, fontStack } from './fontNames.ts';

const both = (a: Promise<unknown>, b: Promise<unknown>) => Promise.all([a, b]);
/** A CJK family's "… UI" cut: one script chunk of fonts (fontBytes.ts). */
const uiCut = (chunk: Promise<{ default: readonly EmbeddedFace[] }>) => chunk.then((m) => addFontFaces(m.default));

/** A family's fonts: those its locale's words need before they are shown (its stylesheets,
 * or a CJK family's "… UI" cut), and for the CJK families, the whole family behind the cut,
 * for the rare letter outside the catalogues (a clinic's name in the kiosk config). That
 * one is two ~100 KB stylesheets of several hundred @font-face rules: parsing them held up
 * a switch to Chinese by 30-40 ms, so it waits until the switch has long painted. */
interface FamilyFonts {
  needed: () => Promise<unknown>;
  later?: () => Promise<unknown>;
}
const loaders: Record<string, FamilyFonts> = {
  'Noto Sans SC': { needed: () => uiCut(import('@ui-fonts/noto-sans-sc.json')), later: () => both(import('@fontsource/noto-sans-sc/400.css'), import('@fontsource/noto-sans-sc/700.css')) },
  'Noto Sans TC': { needed: () => uiCut(import('@ui-fonts/noto-sans-tc.json')), later: () => both(import('@fontsource/noto-sans-tc/400.css'), import('@fontsource/noto-sans-tc/700.css')) },
  'Noto Sans KR': { needed: () => uiCut(import('@ui-fonts/noto-sans-kr.json')), later: () => both(import('@fontsource/noto-sans-kr/400.css'), import('@fontsource/noto-sans-kr/700.css')) },
  'Noto Sans Arabic': { needed: () => both(import('@fontsource/noto-sans-arabic/400.css'), import('@fontsource/noto-sans-arabic/700.css')) },
  'Noto Nastaliq Urdu': { needed: () => both(import('@fontsource/noto-nastaliq-urdu/400.css'), import('@fontsource/noto-nastaliq-urdu/700.css')) },
  'Noto Sans Gurmukhi': { needed: () => both(import('@fontsource/noto-sans-gurmukhi/400.css'), import('@fontsource/noto-sans-gurmukhi/700.css')) },
  'Noto Sans Devanagari': { needed: () => both(import('@fontsource/noto-sans-devanagari/400.css'), import('@fontsource/noto-sans-devanagari/700.css')) },
  'Noto Sans Bengali': { needed: () => both(import('@fontsource/noto-sans-bengali/400.css'), import('@fontsource/noto-sans-bengali/700.css')) },
  'Noto Sans Gujarati': { needed: () => both(import('@fontsource/noto-sans-gujarati/400.css'), import('@fontsource/noto-sans-gujarati/700.css')) },
  'Noto Sans Armenian': { needed: () => both(import('@fontsource/noto-sans-armenian/400.css'), import('@fontsource/noto-sans-armenian/700.css')) },
  'Noto Sans Khmer': { needed: () => both(import('@fontsource/noto-sans-khmer/400.css'), import('@fontsource/noto-sans-khmer/700.css')) },
  'Noto Sans Lao': { needed: () => both(import('@fontsource/noto-sans-lao/400.css'), import('@fontsource/noto-sans-lao/700.css')) },
  'Noto Sans Thai': { needed: () => both(import('@fontsource/noto-sans-thai/400.css'), import('@fontsource/noto-sans-thai/700.css')) },
  'Noto Sans Myanmar': { needed: () => both(import('@fontsource/noto-sans-myanmar/400.css'), import('@fontsource/noto-sans-myanmar/700.css')) },
  // One variable font file covers every weight.
  'Noto Sans Ethiopic Variable': { needed: () => import('@fontsource-variable/noto-sans-ethiopic/index.css') },
};

/** Loads `css` a second from now, once the page has nothing else to do. A stylesheet that
 * fails to load is let go: its letters show in the next font of the stack. */
const LATER_MS = 1000;
function loadLater(css: () => Promise<unknown>): void {
  const load = () => void css().catch(() => undefined);
  setTimeout(() => (typeof requestIdleCallback === 'function' ? requestIdleCallback(load) : load()), LATER_MS);
}

const loaded = new Map<string, Promise<unknown>>();

/** Loads a script's family (both weights) once; Noto Sans is always there. Resolves when
 * the stylesheet its locale's words need is in; the rest follows a second later. */
export function loadFontFamily(family: string): Promise<unknown> {
  if (family === BASE_FAMILY) return Promise.resolve();
  const css = loaders[family];
  if (!css) return Promise.reject(new Error(`no bundled font for ${family}`));
  if (!loaded.has(family)) {
    const needed = css.needed();
    const rest = css.later;
    if (rest) void needed.then(() => loadLater(rest));
    loaded.set(family, needed);
  }
  return loaded.get(family)!;
}

const filesLoaded = new Set<string>();

/** Fetches the files of `family` (regular and bold) that hold the letters of `text`, once per
 * family: from its UI cut where it has one, which holds all of its catalogues' letters.
 * Never fails: text in a missing font still shows in the next font of the stack. */
export async function loadFontFiles(family: string, text: string): Promise<void> {
  const fonts = typeof document !== 'undefined' ? document.fonts : undefined;
  if (!fonts || filesLoaded.has(family)) return;
  filesLoaded.add(family);
  const first = hasUiFont(family) ? uiFontFamily(family) : family;
  await Promise.allSettled([fonts.load(`400 1rem "${first}"`, text), fonts.load(`700 1rem "${first}"`, text)]);
}



/** The font-family list for a <select> of languages. Chromium measures the menu in the
 * select's own font, not each option's: with the page's stack, a Chinese page asked its
 * CJK family for the Devanagari, Armenian or Cyrillic names — letters whose files it
 * claims but lacks — and fetched six of them for nothing. Here every name comes from the
 * language-name cuts, which claim exactly their letters, and the menu's other words
 * ("None") from the page's own stack (--locale-font, set with the language by i18n.ts). */
export function languageMenuStack(locales: readonly { fontFamily: string }[]): string {
  const names = [...new Set(locales.map((l) => l.fontFamily).filter((f) => f !== BASE_FAMILY))].map((f) => `"${autonymFamily(f)}"`);
  return [`"${BASE_FAMILY}"`, ...names, 'var(--locale-font)'].join(', ');
}

/** Fetches the first screen's fonts (Noto Sans and each language name's cut font) so it is
 * laid out once, in its own fonts. Laying out 30 language names before their fonts are in
 * sends Chromium through the system's fallback fonts for each script (tens of ms on an old
 * PC) and then again when they arrive. Never fails: a missing font must not stop the app. */
export function loadFirstScreenFonts(languageNames: readonly { fontFamily: string; autonym: string }[]): Promise<unknown> {
  const fonts = typeof document !== 'undefined' ? document.fonts : undefined;
  if (!fonts) return Promise.resolve();
  return Promise.allSettled([
    fonts.load(`400 1rem "${BASE_FAMILY}"`),
    fonts.load(`700 1rem "${BASE_FAMILY}"`, languageNames.filter((l) => l.fontFamily === BASE_FAMILY).map((l) => l.autonym).join('')),
    ...languageNames.filter((l) => l.fontFamily !== BASE_FAMILY).map((l) => fonts.load(`700 1rem "${autonymFamily(l.fontFamily)}"`, l.autonym)),
  ]);
}
