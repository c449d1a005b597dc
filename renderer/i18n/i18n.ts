// i18next setup. English (the source) is bundled; every other locale's `ui` and `rules`
// files are loaded on first use, with that locale's font. Namespaces: `ui` (this app's
// words) and `rules` (one-line reasons, notes and events, keyed by rule/note/event id).
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { fontStack, loadFontFamily, loadFontFiles } from './fonts.ts';
import { localeMeta, SOURCE_LOCALE } from './localeMeta.ts';
import type { Bundle } from '../../rules/index.ts';

type Resource = Record<string, unknown>;
export const NAMESPACES = ['ui', 'rules'] as const;

const sourceFiles = import.meta.glob<Resource>('../../locales/en/*.json', { eager: true, import: 'default' });
const lazyFiles = import.meta.glob<Resource>(['../../locales/*/ui.json', '../../locales/*/rules.json', '!../../locales/en/*'], { import: 'default' });

function sourceResources(): Record<string, Resource> {
  const out: Record<string, Resource> = {};
  for (const ns of NAMESPACES) {
    const file = sourceFiles[`../../locales/en/${ns}.json`];
    if (file) out[ns] = file;
  }
  return out;
}

/** Catalogues only the browser preview adds (the pseudo-locale), by locale then namespace. */
const previewResources = new Map<string, Record<string, Resource>>();

export function addPreviewResources(code: string, resources: Record<string, Resource>): void {
  previewResources.set(code, resources);
}

export function createI18n(): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: SOURCE_LOCALE,
    fallbackLng: SOURCE_LOCALE,
    supportedLngs: false,
    ns: [...NAMESPACES],
    defaultNS: 'ui',
    resources: { [SOURCE_LOCALE]: sourceResources() },
    partialBundledLanguages: true,
    initAsync: false,
    returnEmptyString: false,
    interpolation: { escapeValue: false },
  });
  return instance;
}

/** Every string of a catalogue, run together: the letters a locale can put on screen. */
function catalogueText(tree: unknown): string {
  if (typeof tree === 'string') return tree;
  return tree && typeof tree === 'object' ? Object.values(tree).map(catalogueText).join('') : '';
}

/** The words the rules bundle in use carries, by locale (an imported update's: its rules'
 * own words). They win over the catalogues that came with the app, which may not know a
 * newer bundle's rules; where a locale has none for a rule, i18next falls back to the
 * bundle's English (shown marked as English: InEnglish), never to a generic sentence. */
let bundleWords: Bundle['text'];

/** Takes the words of the bundle now in use: at start-up, and after a staff import. */
export function addBundleWords(i18n: I18n, text: Bundle['text']): void {
  bundleWords = text;
  for (const [code, words] of Object.entries(text ?? {})) {
    // A locale not loaded yet gets them when it is (ensureLocale), after its own files.
    if (code === SOURCE_LOCALE || i18n.hasResourceBundle(code, 'rules')) i18n.addResourceBundle(code, 'rules', words, true, true);
  }
}

/** Makes a locale's words and font available (idempotent). The font files its words need
 * are fetched together with the words, so the screen is laid out once, in its own font,
 * instead of in a fallback font first and again when the files arrive. */
export async function ensureLocale(i18n: I18n, code: string): Promise<void> {
  const meta = localeMeta(code);
  const css = loadFontFamily(meta.fontFamily);
  const words = code === SOURCE_LOCALE || i18n.hasResourceBundle(code, 'ui')
    ? Promise.resolve()
    : Promise.all(NAMESPACES.map(async (ns) => {
      const preview = previewResources.get(code)?.[ns];
      if (preview) return void i18n.addResourceBundle(code, ns, preview, true, true);
      const load = lazyFiles[`../../locales/${code}/${ns}.json`];
      if (load) i18n.addResourceBundle(code, ns, await load(), true, true);
      const fromBundle = ns === 'rules' ? bundleWords?.[code] : undefined;
      if (fromBundle) i18n.addResourceBundle(code, ns, fromBundle, true, true);
    }));
  await Promise.all([css, words]);
  // The page as it is now adds what is not in the catalogue: arrows and marks the app's own
  // markup draws, names and quotes from the rules data.
  const onScreen = typeof document !== 'undefined' ? document.body.textContent ?? '' : '';
  await loadFontFiles(meta.fontFamily, NAMESPACES.map((ns) => catalogueText(i18n.getResourceBundle(code, ns))).join('') + onScreen);
}

/** Switches the UI language and sets lang, dir and the font on <html>. */
export async function applyLocale(i18n: I18n, code: string, doc: Document = document): Promise<void> {
  await ensureLocale(i18n, code);
  showLocale(i18n, code, doc);
}

/** The switch itself, for a locale `ensureLocale` has made available: synchronous, so a
 * caller can change its own state in the same breath and the screen renders once, in the
 * new language (with an `await` between the language and the session, a switch rendered
 * the screen twice). */
export function showLocale(i18n: I18n, code: string, doc: Document = document): void {
  // With every catalogue already added, i18next changes language before this returns.
  void i18n.changeLanguage(code);
  const meta = localeMeta(code);
  doc.documentElement.lang = code;
  doc.documentElement.dir = meta.direction;
  doc.documentElement.style.setProperty('--locale-font', fontStack(meta.fontFamily));
}
