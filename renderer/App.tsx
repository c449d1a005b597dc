// The app: one in-memory session, the screen it is on, and the frame around every screen
// (header with Start over, warnings, the machine-translation notice, footer).
import { Suspense, useCallback, useEffect, useEffectEvent, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { Api, AppInfo, KioskSettings } from '../electron/ipc-contract.ts';
import { type Bundle, type IsoDate, type Jurisdiction, type Status, localToday } from '../rules/index.ts';
import { prewarmScreen } from './answer/prewarm.ts';
import { laterScreen } from './components/laterScreen.tsx';
import type { AnswerScreenProps } from './answer/answerScreenProps.ts';
import { answerView, currentView, initialSession, isPristine, sessionReducer, type Session, type SessionConfig } from './state/session.ts';
import { addBundleWords, applyLocale, ensureLocale, showLocale } from './i18n/i18n.ts';
import { isMachineTranslated, offeredLocales, SOURCE_LOCALE } from './i18n/localeMeta.ts';
import { languageMenuStack } from './i18n/fonts.ts';
import { VerifiedAsOf } from './components/VerifiedAsOf.tsx';
import { useIdleReset } from './kiosk/useIdleReset.ts';
import { StillThere } from './kiosk/StillThere.tsx';
import { EnglishBesideContext } from './components/EnglishBeside.tsx';
import { ScreenErrorBoundary } from './components/ScreenErrorBoundary.tsx';
import { AutonymOption } from './components/Autonym.tsx';
import { useCommittedSelect } from './components/useCommittedSelect.ts';
import { LanguageScreen } from './screens/LanguageScreen.tsx';
import { JurisdictionScreen } from './screens/JurisdictionScreen.tsx';
import { StatusScreen } from './screens/StatusScreen.tsx';
import { StartScreen } from './screens/StartScreen.tsx';
import { dropStrayTaps, type StrayTapGuard } from './input/strayTap.ts';
import type { EarlyTap } from './boot/earlyTap.ts';

// The later screens are their own chunks (components/laterScreen.tsx): the first screen's
// script holds only what it draws. They are fetched as soon as the page is idle (below),
// long before a tap needs one.
const AnswerScreen = laterScreen(() => import('./screens/AnswerScreen.tsx').then((m) => m.AnswerScreen));
const FamilyScreen = laterScreen(() => import('./screens/FamilyScreen.tsx').then((m) => m.FamilyScreen));
const FamilyAnswerScreen = laterScreen(() => import('./screens/FamilyAnswerScreen.tsx').then((m) => m.FamilyAnswerScreen));
const TimelineScreen = laterScreen(() => import('./screens/TimelineScreen.tsx').then((m) => m.TimelineScreen));
const QuestionsScreen = laterScreen(() => import('./screens/QuestionsScreen.tsx').then((m) => m.QuestionsScreen));
const AboutScreen = laterScreen(() => import('./screens/AboutScreen.tsx').then((m) => m.AboutScreen));
const SettingsScreen = laterScreen(() => import('./screens/SettingsScreen.tsx').then((m) => m.SettingsScreen));
const laterScreens = [AnswerScreen, FamilyScreen, FamilyAnswerScreen, TimelineScreen, QuestionsScreen, AboutScreen, SettingsScreen];

function fetchLaterScreensWhenIdle(): () => void {
  const load = () => { for (const screen of laterScreens) void screen.preload(); };
  if (typeof requestIdleCallback !== 'function') {
    const id = setTimeout(load, 0);
    return () => clearTimeout(id);
  }
  const id = requestIdleCallback(load, { timeout: 1000 });
  return () => cancelIdleCallback(id);
}

function earlierTarget({ locale, words }: EarlyTap): HTMLButtonElement | undefined {
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('#root button')];
  return locale ? buttons.find((b) => b.dataset.locale === locale) : buttons.find((b) => b.textContent?.trim() === words);
}

export interface AppProps {
  api: Api;
  info: AppInfo;
  bundle: Bundle;
  kiosk: KioskSettings;
}

/** Settings become classes on <html> so the whole page (and print) follows them. */
function useDocumentSettings(s: Session['settings']) {
  useEffect(() => {
    const root = document.documentElement.classList;
    root.toggle('text-large', s.textSize === 'large');
    root.toggle('text-larger', s.textSize === 'larger');
    root.toggle('high-contrast', s.highContrast);
  }, [s]);
}

export function App(props: AppProps) {
  const { t, i18n } = useTranslation();
  const [info, setInfo] = useState(props.info);
  const [bundle, setBundle] = useState(props.bundle);
  const { api, kiosk } = props;
  const config: SessionConfig = useMemo(
    () => (kiosk.enabled && kiosk.presetJurisdiction ? { presetJurisdiction: kiosk.presetJurisdiction } : {}),
    [kiosk],
  );
  const reducer = useMemo(() => sessionReducer(config), [config]);
  const [session, dispatch] = useReducer(reducer, config, initialSession);
  const mainRef = useRef<HTMLElement>(null);
  const view = currentView(session);
  // The small-screen menu, open on one screen: it is closed again on the next.
  const [menuOpenOn, setMenuOpenOn] = useState<typeof view | null>(null);
  const menuOpen = menuOpenOn === view;
  const locale = session.locale ?? SOURCE_LOCALE;
  const today: IsoDate = localToday();
  const locales = useMemo(() => offeredLocales(kiosk.enabled ? kiosk.languages : undefined), [kiosk]);

  // A kiosk that knows its state skips that question: two taps instead of three.
  const steps = config.presetJurisdiction ? 2 : 3;

  useDocumentSettings(session.settings);
  useEffect(fetchLaterScreensWhenIdle, []);
  const strayTaps = useRef<StrayTapGuard | null>(null);
  useEffect(() => {
    const guard = dropStrayTaps(window);
    strayTaps.current = guard;
    return guard.stop;
  }, []);
  useLayoutEffect(() => strayTaps.current?.screenChanged(), [view]);
  useEffect(() => {
    document.title = t('app.name');
  }, [t, locale]);

  const startOver = useCallback(() => {
    window.speechSynthesis?.cancel();
    dispatch({ type: 'startOver' });
    void applyLocale(i18n, SOURCE_LOCALE);
  }, [i18n]);

  // A page restored from the back/forward cache must not show the previous person's answer.
  useEffect(() => {
    const wipe = () => startOver();
    window.addEventListener('pagehide', wipe);
    return () => window.removeEventListener('pagehide', wipe);
  }, [startOver]);

  // The renderer forgets first; then main empties the clipboard and the session's storage
  // and reloads the page, so nothing of the last person is left anywhere (review L5).
  const idle = useIdleReset({
    enabled: kiosk.enabled && kiosk.idleTimeoutSeconds > 0 && !isPristine(session, config),
    timeoutSeconds: kiosk.idleTimeoutSeconds,
    onExpire: () => {
      startOver();
      void api.resetSession();
    },
  });

  // Back to where the person was reading: the screen's heading (the frame was inert).
  const stay = () => {
    idle.stay();
    requestAnimationFrame(() => mainRef.current?.querySelector<HTMLElement>('h1')?.focus());
  };

  // The language loads before the next screen shows, so that screen opens in it; then the
  // language and the session change together, for one render.
  const toLocale = async (code: string, type: 'chooseLocale' | 'switchLocale') => {
    await ensureLocale(i18n, code);
    showLocale(i18n, code);
    dispatch({ type, locale: code });
  };
  // From here the app's own handlers take every tap (boot/earlyTap.ts stops listening, and
  // the bench and browser tests wait for this). A button tapped on the prerendered screen
  // before now is tapped again, once: the same language, or the same words. A layout
  // effect: the handlers are live from the commit, not from the passive effects after it.
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.dataset.appReady = 'true';
    const early = root.dataset.earlyTap;
    delete root.dataset.earlyTap;
    // In a task of its own: a click dispatched while React is still running effects is not handled.
    if (early) setTimeout(() => earlierTarget(JSON.parse(early) as EarlyTap)?.click(), 0);
  }, []);
  const compare = async (code: string | null) => {
    if (code) await ensureLocale(i18n, code);
    dispatch({ type: 'compare', locale: code });
  };
  const reloadRules = async () => {
    const [nextInfo, nextBundle] = await Promise.all([api.appInfo(), api.rulesBundle()]);
    addBundleWords(i18n, nextBundle.text);
    setInfo(nextInfo);
    setBundle(nextBundle);
  };
  const languageSelect = useCommittedSelect(locale, (code) => void toLocale(code, 'switchLocale'));
  const back = () => dispatch({ type: 'back' });
  const machine = isMachineTranslated(locale);
  // "Show English beside it" and the answer's "Second language" are one setting: the
  // session's second language. English there puts English beside every screen.
  const englishBeside = machine && session.compareLocale === SOURCE_LOCALE;
  const englishT = useMemo(() => (englishBeside ? i18n.getFixedT(SOURCE_LOCALE) : null), [englishBeside, i18n]);

  const skipToMain = () => mainRef.current?.focus();
  const shownAnswer = answerView(session);
  const navItems = [
    ...(shownAnswer ? [{ view: shownAnswer, key: 'nav.answer' }] : []),
    { view: 'timeline' as const, key: 'nav.timeline' },
    { view: 'questions' as const, key: 'nav.questions' },
    { view: 'about' as const, key: 'nav.about' },
    { view: 'settings' as const, key: 'nav.settings' },
  ];
  const openView = (v: (typeof navItems)[number]['view']) =>
    v === 'answer' || v === 'familyAnswer' ? dispatch({ type: 'showDate', date: session.date }) : dispatch({ type: 'open', view: v });

  // What one person's answer and a family's are both given.
  const answerProps = (jurisdiction: Jurisdiction): AnswerScreenProps => ({
    api, bundle, rules: info.rules, kiosk, jurisdiction, today, date: session.date, locale,
    onShowToday: () => dispatch({ type: 'showDate', date: null }),
    onChangeJurisdiction: config.presetJurisdiction ? null : () => dispatch({ type: 'change', view: 'jurisdiction' }),
    onBack: back,
  });
  const answerScreen = (jurisdiction: Jurisdiction, status: Status) => (
    <AnswerScreen
      {...answerProps(jurisdiction)} status={status}
      compareLocale={session.compareLocale}
      compareChoices={locales.filter((l) => l.code !== locale)}
      onCompare={(c) => void compare(c)}
      onChangeStatus={() => dispatch({ type: 'change', view: 'status' })}
    />
  );

  // While the status choices are read, warm the answer screen for the chosen state (see
  // answer/prewarm.ts). `unsure` runs every status's rules, so it warms them all.
  const warmJurisdiction = view === 'status' ? session.jurisdiction : null;
  const warm = useEffectEvent((jurisdiction: Jurisdiction) => prewarmScreen(
    AnswerScreen.preload,
    () => <I18nextProvider i18n={i18n}>{answerScreen(jurisdiction, 'unsure')}</I18nextProvider>,
  ));
  useEffect(() => (warmJurisdiction ? warm(warmJurisdiction) : undefined), [warmJurisdiction]);

  const screen = () => {
    switch (view) {
      case 'language':
        return <LanguageScreen locales={locales} steps={steps} onChoose={(c) => void toLocale(c, 'chooseLocale')} />;
      case 'start':
        return <StartScreen questions={steps - 1} onBegin={() => dispatch({ type: 'begin' })} onBeginFamily={() => dispatch({ type: 'beginFamily' })} onBack={back} />;
      case 'jurisdiction':
        return <JurisdictionScreen chosen={session.jurisdiction} onChoose={(j) => dispatch({ type: 'chooseJurisdiction', jurisdiction: j })} onBack={back} />;
      case 'status':
        return (
          <StatusScreen
            presetName={config.presetJurisdiction ? t(`jurisdiction.names.${config.presetJurisdiction}`) : undefined}
            step={{ current: steps, total: steps }}
            chosen={session.status}
            onChoose={(s) => dispatch({ type: 'chooseStatus', status: s })}
            onBack={back}
          />
        );
      case 'answer':
        return session.jurisdiction && session.status ? answerScreen(session.jurisdiction, session.status) : null;
      case 'family':
        return <FamilyScreen family={session.family ?? []} onChoose={(family) => dispatch({ type: 'chooseFamily', family })} onBack={back} />;
      case 'familyAnswer':
        return session.jurisdiction && session.family?.length ? (
          <FamilyAnswerScreen
            {...answerProps(session.jurisdiction)} family={session.family}
            onChangePeople={() => dispatch({ type: 'change', view: 'family' })}
          />
        ) : null;
      case 'timeline':
        return (
          <TimelineScreen bundle={bundle} today={today} canAnswer={!!shownAnswer} jurisdiction={session.jurisdiction}
            chosenDate={session.date} onShowDate={(d) => dispatch({ type: 'showDate', date: d })} onBack={back} />
        );
      case 'questions':
        return <QuestionsScreen bundle={bundle} onBack={back} />;
      case 'about':
        return <AboutScreen api={api} info={info} kioskMode={kiosk.enabled} locales={locales} onImported={reloadRules} onBack={back} />;
      case 'settings':
        return <SettingsScreen settings={session.settings} onChange={(s) => dispatch({ type: 'settings', settings: s })} onBack={back} />;
    }
  };

  return (
    <EnglishBesideContext.Provider value={englishT}>
      <div className={`app ${kiosk.enabled ? 'kiosk' : ''}`} data-view={view}>
        <div className="app-frame" inert={idle.secondsLeft !== null}>
          <button type="button" className="skip-link" onClick={skipToMain}>{t('app.skipToMain')}</button>
          <header className="app-header">
            <p className="app-name">{t('app.name')}</p>
            {/* Until a language is chosen there is nothing to start over, and links would
                open screens in English (UX review #13). */}
            {view !== 'language' && (
              <button type="button" className="menu-button" aria-expanded={menuOpen} aria-controls="app-nav" onClick={() => setMenuOpenOn(menuOpen ? null : view)}>
                {t('nav.menu')}
              </button>
            )}
            <nav id="app-nav" aria-label={t('nav.pages')} className={menuOpen ? 'open' : undefined} hidden={view === 'language'}>
              <ul>
                {navItems.map((n) => (
                  <li key={n.view}>
                    <button type="button" aria-current={view === n.view ? 'page' : undefined} onClick={() => openView(n.view)}>{t(n.key)}</button>
                  </li>
                ))}
              </ul>
            </nav>
            {view !== 'language' && locales.length > 1 && (
              <span className="switch-language">
                <label htmlFor="switch-language">{t('nav.language')}</label>
                <select id="switch-language" {...languageSelect} style={{ fontFamily: languageMenuStack(locales) }}>
                  {locales.map((l) => <AutonymOption key={l.code} locale={l} />)}
                </select>
              </span>
            )}
            {view !== 'language' && <button type="button" className="start-over" data-testid="start-over" onClick={startOver}>{t('nav.startOver')}</button>}
          </header>

          {(info.rules.warning || kiosk.warning) && (
            <div className="warnings" role="alert">
              {info.rules.warning && <p className="notice notice-warning" data-testid="rules-warning"><strong>{t('warning.rules')}</strong> <span lang="en" dir="ltr">{info.rules.warning}</span></p>}
              {kiosk.warning && <p className="notice notice-warning" data-testid="kiosk-warning"><strong>{t('warning.kiosk')}</strong> <span lang="en" dir="ltr">{kiosk.warning}</span></p>}
            </div>
          )}

          {machine && (
            <div className="notice notice-machine" data-testid="machine-notice">
              {/* Phones show the short words (app.css): the long ones would fill the first screen. */}
              <p><span className="notice-long">{t('machine.notice')}</span><span className="notice-short">{t('machine.noticeShort')}</span></p>
              <button type="button" aria-pressed={englishBeside} onClick={() => void compare(englishBeside ? null : SOURCE_LOCALE)}>
                {englishBeside ? t('machine.hideEnglish') : t('machine.showEnglish')}
              </button>
            </div>
          )}

          <main id="main" ref={mainRef} tabIndex={-1} key={view}>
            <ScreenErrorBoundary onStartOver={startOver}><Suspense fallback={null}>{screen()}</Suspense></ScreenErrorBoundary>
          </main>

          <footer className="app-footer">
            <p>{t('answer.notLegalAdvice')}</p>
            <VerifiedAsOf rules={info.rules} />
          </footer>
        </div>

        {idle.secondsLeft !== null && <StillThere secondsLeft={idle.secondsLeft} onStay={stay} />}
      </div>
    </EnglishBesideContext.Provider>
  );
}
