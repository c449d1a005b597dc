// The app's own privacy notice, versions, translation status and licence; and, in the
// desktop app, the staff button that imports a signed rules update from a file.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Api, AppInfo, ImportResult } from '../../electron/ipc-contract.ts';
import { Screen } from '../components/Screen.tsx';
import { Autonym } from '../components/Autonym.tsx';
import { formatDay } from '../answer/dates.ts';
import type { LocaleMeta } from '../i18n/localeMeta.ts';

interface Props {
  api: Api;
  info: AppInfo;
  locales: readonly LocaleMeta[];
  onImported: () => Promise<void>;
  onBack: () => void;
}

export function AboutScreen({ api, info, locales, onImported, onBack }: Props) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
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

  // The language's own name leads the line, then its review status in the UI language.
  const reviewLine = (l: LocaleMeta) => {
    switch (l.review.status) {
      case 'source': return t('about.translationSource');
      case 'machine': return t('about.translationMachine');
      case 'reviewed': return t('about.translationReviewed', { reviewer: l.review.reviewer, date: formatDay(l.review.date, lng) });
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
        <p>{t('about.verified', { date: formatDay(info.rules.dataAsOf, lng) })}</p>
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
      </section>
      {info.shell === 'electron' && (
        <section aria-labelledby="about-staff">
          <h2 id="about-staff">{t('about.staffTitle')}</h2>
          <button type="button" onClick={() => void runImport()} disabled={importing}>
            {importing ? t('about.importing') : t('about.import')}
          </button>
          <div role="status" className="import-result" data-testid="import-result">
            {result && result.ok && <p>{t('about.importOk', { version: result.rules.version, date: formatDay(result.rules.dataAsOf, lng) })}</p>}
            {result && !result.ok && (
              <>
                {result.reason !== 'cancelled' && <p>{t('about.importFailed')}</p>}
                <p lang="en" dir="ltr">{result.message}</p>
              </>
            )}
          </div>
        </section>
      )}
    </Screen>
  );
}
