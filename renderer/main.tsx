// Start-up: find the bridge, fetch app info, rules and kiosk settings, set up i18n with
// English and its font, then render. Any failure is said in words, not a blank screen.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { resolveApi } from './api/resolveApi.ts';
import { applyLocale, createI18n } from './i18n/i18n.ts';
import { offeredLocales, SOURCE_LOCALE } from './i18n/localeMeta.ts';
import { loadFirstScreenFonts } from './i18n/fonts.ts';
import { addFontFaces } from './i18n/fontBytes.ts';
import autonymFaces from '@autonym-fonts/autonyms.json';
import { App } from './App.tsx';
// The font every screen needs at first paint (Latin, Cyrillic, Greek, Vietnamese); the names
// of languages have their own, added in boot().
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import './styles/app.css';
import './styles/print.css';

async function boot() {
  const root = createRoot(document.getElementById('root')!);
  const i18n = createI18n();
  addFontFaces(autonymFaces);
  const fonts = loadFirstScreenFonts(offeredLocales());
  try {
    const api = await resolveApi();
    const [info, bundle, kiosk] = await Promise.all([api.appInfo(), api.rulesBundle(), api.kioskSettings()]);
    await Promise.all([applyLocale(i18n, SOURCE_LOCALE), fonts]);
    root.render(
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          <App api={api} info={info} bundle={bundle} kiosk={kiosk} />
        </I18nextProvider>
      </StrictMode>,
    );
  } catch (e) {
    root.render(
      <main className="boot-error">
        <h1>{i18n.t('app.loadFailed')}</h1>
        <p>{i18n.t('app.loadFailedDetail', { message: (e as Error).message })}</p>
      </main>,
    );
  }
}

void boot();
