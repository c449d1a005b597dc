// The app's own privacy notice, versions, translation status, licence and the licences of
// what it ships; and, in the desktop app, what staff need: importing a signed rules update
// from a file, or, at a kiosk (where main opens no file dialog), leaving kiosk mode with the
// staff PIN.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Api, AppInfo, ImportResult } from '../../electron/ipc-contract.ts';
import { Screen } from '../components/Screen.tsx';
import { Autonym } from '../components/Autonym.tsx';
import { formatDay, formatFactsThrough } from '../answer/dates.ts';
import type { LocaleMeta } from '../i18n/localeMeta.ts';

interface Props {
  api: Api;
  info: AppInfo;
  kioskMode: boolean;
  locales: readonly LocaleMeta[];
  onImported: () => Promise<void>;
  onBack: () => void;
}

/** The PIN goes to main, which checks it against the salted hash and, when it is right,
 * closes the app. The field is emptied after every try; main slows down wrong guesses. */
function LeaveKiosk({ api }: { api: Api }) {
  const { t } = useTranslation();
  const pinId = useId();
  const [pin, setPin] = useState('');
  const [state, setState] = useState<'idle' | 'checking' | 'closing' | 'refused'>('idle');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!pin || state === 'checking') return;
    setState('checking');
    const { ok } = await api.exitKiosk(pin);
    setPin('');
    setState(ok ? 'closing' : 'refused');
  };
  return (
    <form className="leave-kiosk" onSubmit={(e) => void submit(e)}>
      <label htmlFor={pinId}>{t('about.pinLabel')}</label>
      <input id={pinId} type="password" inputMode="numeric" autoComplete="off" maxLength={64} value={pin} onChange={(e) => setPin(e.target.value)} />
      <button type="submit" disabled={!pin || state === 'checking'}>{t('about.exitKiosk')}</button>
      <div role="status" data-testid="exit-result">
        {state === 'closing' && <p>{t('about.exitClosing')}</p>}
        {state === 'refused' && <p>{t('about.exitRefused')}</p>}
      </div>
    </form>
  );
}

/** Main shows the file dialog and checks the bundle; its exact message is shown as is. */
function ImportRules({ api, onImported }: { api: Api; onImported: () => Promise<void> }) {
  const { t } = useTranslation();
  const [importing, setImporting] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  const runImport = async () => {
    setImporting(true);
    try {
      const r = await api.importRulesBundle();
      setResult(r);
      if (r.ok) await onImported();
    } finally {
      setImporting(false);
    }
  };
  return (
    <>
      <button type="button" onClick={() => void runImport()} disabled={importing}>
        {importing ? t('about.importing') : t('about.import')}
      </button>
      <div role="status" className="import-result" data-testid="import-result">
        {result && result.ok && <p>{t('about.importOk', { version: result.rules.version, date: formatDay(t, result.rules.dataAsOf) })}</p>}
        {result && !result.ok && (
          <>
            {result.reason !== 'cancelled' && <p>{t('about.importFailed')}</p>}
            <p lang="en" dir="ltr">{result.message}</p>
          </>
        )}
      </div>
    </>
  );
}

/** The licences of the fonts and npm packages the app ships, in English as written
 * (scripts/notices/). The text comes in a chunk of its own, on the first opening. */
function ThirdPartyNotices() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState<string | null>(null);
  const toggle = () => {
    if (text === null) void import('virtual:third-party-notices').then((m) => setText(m.default));
    setOpen(!open);
  };
  return (
    <>
      <button type="button" aria-expanded={open} onClick={toggle}>{t('about.thirdParty')}</button>
      {/* Focusable, so a keyboard can scroll it. */}
      {open && text !== null && <pre className="notices" lang="en" dir="ltr" tabIndex={0} data-testid="third-party-notices">{text}</pre>}
    </>
  );
}

export function AboutScreen({ api, info, kioskMode, locales, onImported, onBack }: Props) {
  const { t } = useTranslation();
  // The language's own name leads the line, then its review status in the UI language.
  const reviewLine = (l: LocaleMeta) => {
    switch (l.review.status) {
      case 'source': return t('about.translationSource');
      case 'machine': return t('about.translationMachine');
      case 'reviewed': return t('about.translationReviewed', { reviewer: l.review.reviewer, date: formatDay(t, l.review.date) });
    }
  };

  return (
    <Screen title={t('about.title')} onBack={onBack}>
      <section aria-labelledby="about-privacy">
        <h2 id="about-privacy">{t('about.privacyTitle')}</h2>
        <p>{t('about.stores')}</p>
        <p>{t('about.sends')}</p>
      </section>
      <section aria-labelledby="about-rules">
        <h2 id="about-rules">{t('about.rulesTitle')}</h2>
        <p data-testid="rules-version">{t('about.rulesVersion', { version: info.rules.version })}</p>
        <p>{t('about.verified', { date: formatDay(t, info.rules.dataAsOf), factsThrough: formatFactsThrough(t, info.rules.factsThrough) })}</p>
        <p>{t(`about.rulesOrigin.${info.rules.origin}`)}</p>
        <p>{t('about.appVersion', { version: info.appVersion })}</p>
      </section>
      <section aria-labelledby="about-translations">
        <h2 id="about-translations">{t('about.translationTitle')}</h2>
        <ul>
          {locales.map((l) => <li key={l.code}><Autonym locale={l} />{t('about.translationSeparator')}{reviewLine(l)}</li>)}
        </ul>
      </section>
      <section aria-labelledby="about-licence">
        <h2 id="about-licence">{t('about.licenceTitle')}</h2>
        <p>{t('about.licence')}</p>
        <ThirdPartyNotices />
      </section>
      {info.shell === 'electron' && (
        <section aria-labelledby="about-staff">
          <h2 id="about-staff">{t('about.staffTitle')}</h2>
          {kioskMode ? <LeaveKiosk api={api} /> : <ImportRules api={api} onImported={onImported} />}
        </section>
      )}
    </Screen>
  );
}
