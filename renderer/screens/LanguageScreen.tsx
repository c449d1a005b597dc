import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { matchesLocale, type LocaleMeta } from '../i18n/localeMeta.ts';
import { Screen } from '../components/Screen.tsx';
import { Autonym } from '../components/Autonym.tsx';

/** Above this many languages the screen offers a search box. */
export const SEARCH_THRESHOLD = 8;

export function LanguageScreen({ locales, steps, onChoose }: { locales: readonly LocaleMeta[]; steps: number; onChoose: (code: string) => void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const searchId = useId();
  const shown = locales.filter((l) => matchesLocale(l, query));
  return (
    <Screen title={t('language.title')} step={{ current: 1, total: steps }}>
      {locales.length > SEARCH_THRESHOLD && (
        <div className="search">
          <label htmlFor={searchId}>{t('language.search')}</label>
          <input id={searchId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" spellCheck={false} />
        </div>
      )}
      {shown.length === 0 && <p role="status">{t('language.noMatch', { query })}</p>}
      <ul className="choices choices-language">
        {shown.map((l) => (
          <li key={l.code}>
            <button type="button" className="choice" data-locale={l.code} onClick={() => onChoose(l.code)}>
              <Autonym locale={l} className="choice-label" />
              {l.autonym !== l.englishName && <span className="choice-hint" lang="en" dir="ltr">{l.englishName}</span>}
            </button>
          </li>
        ))}
      </ul>
    </Screen>
  );
}
