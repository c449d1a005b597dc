// Start-up, once the prerendered first screen is painted (main.tsx): find the bridge, fetch
// app info, rules and kiosk settings, then hydrate that markup when it is what the app
// would render for them (firstScreen.ts), or render from scratch (a kiosk's own language
// list, a warning). Any failure is said in words, not a blank screen.
import { createRoot, hydrateRoot } from 'react-dom/client';
import { resolveApi } from '../api/resolveApi.ts';
import { addBundleWords, applyLocale, createI18n, showLocale } from '../i18n/i18n.ts';
import { offeredLocales, SOURCE_LOCALE } from '../i18n/localeMeta.ts';
import { loadFirstScreenFonts } from '../i18n/fonts.ts';
import { AppRoot } from './AppRoot.tsx';
import { FIRST_SCREEN_ATTRIBUTE, firstScreenKey } from './firstScreen.ts';

async function boot() {
  const container = document.getElementById('root')!;
  const i18n = createI18n();
  try {
    const api = await resolveApi();
    const [info, bundle, kiosk] = await Promise.all([api.appInfo(), api.rulesBundle(), api.kioskSettings()]);
    addBundleWords(i18n, bundle.text);
    if (kiosk.needsStaff) {
      // A kiosk whose settings file cannot be used stays locked and shows only this (security
      // review M3); the English reason is for staff.
      createRoot(container).render(
        <main className="boot-error" data-testid="needs-staff">
          <h1>{i18n.t('kiosk.needsStaff')}</h1>
          {kiosk.warning && <p lang="en" dir="ltr">{kiosk.warning}</p>}
        </main>,
      );
      return;
    }
    const app = <AppRoot i18n={i18n} api={api} info={info} bundle={bundle} kiosk={kiosk} />;
    if (container.getAttribute(FIRST_SCREEN_ATTRIBUTE) === firstScreenKey(info, kiosk)) {
      showLocale(i18n, SOURCE_LOCALE); // the page's language and font, as prerendered
      hydrateRoot(container, app);
    } else {
      await Promise.all([applyLocale(i18n, SOURCE_LOCALE), loadFirstScreenFonts(offeredLocales(kiosk.enabled ? kiosk.languages : undefined))]);
      createRoot(container).render(app);
    }
  } catch (e) {
    createRoot(container).render(
      <main className="boot-error">
        <h1>{i18n.t('app.loadFailed')}</h1>
        <p>{i18n.t('app.loadFailedDetail', { message: (e as Error).message })}</p>
      </main>,
    );
  }
}

// Not awaited at the top level: the chunks boot() imports (the preview's API, the later
// screens) import from this module's chunk, and would wait for it to finish evaluating.
void boot();
