import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { JURISDICTION_CODES, type Jurisdiction } from '../../rules/schema/vocabulary.ts';
import { Screen } from '../components/Screen.tsx';
import { Bi } from '../components/EnglishBeside.tsx';

const NOT_STATES: readonly Jurisdiction[] = ['DC', 'PR', 'GU', 'VI', 'AS', 'MP'];

export function JurisdictionScreen({ onChoose, onBack }: { onChoose: (j: Jurisdiction) => void; onBack: () => void }) {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState('');
  const searchId = useId();
  const name = (j: Jurisdiction) => t(`jurisdiction.names.${j}`);
  const collator = new Intl.Collator(i18n.language);
  const q = query.trim().toLocaleLowerCase();
  const english = i18n.getFixedT('en');
  const matches = (j: Jurisdiction) =>
    !q || j.toLowerCase() === q || [name(j), english(`jurisdiction.names.${j}`)].some((n) => n.toLocaleLowerCase().includes(q));
  const groups = [
    { id: 'states', title: t('jurisdiction.groupStates'), codes: JURISDICTION_CODES.filter((j) => !NOT_STATES.includes(j)) },
    { id: 'other', title: t('jurisdiction.groupOther'), codes: [...NOT_STATES] },
  ].map((g) => ({ ...g, codes: g.codes.filter(matches).sort((a, b) => collator.compare(name(a), name(b))) }));
  const none = groups.every((g) => g.codes.length === 0);
  return (
    <Screen title={<Bi k="jurisdiction.title" />} onBack={onBack} step={{ current: 2, total: 3 }}>
      <p>{t('jurisdiction.hint')}</p>
      <div className="search">
        <label htmlFor={searchId}>{t('jurisdiction.search')}</label>
        <input id={searchId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" spellCheck={false} />
      </div>
      {none && <p role="status">{t('jurisdiction.noMatch', { query })}</p>}
      {groups.filter((g) => g.codes.length > 0).map((g) => (
        <section key={g.id} aria-labelledby={`jur-${g.id}`}>
          <h2 id={`jur-${g.id}`}>{g.title}</h2>
          <ul className="choices choices-jurisdiction">
            {g.codes.map((j) => (
              <li key={j}>
                <button type="button" className="choice" data-jurisdiction={j} onClick={() => onChoose(j)}>
                  <span className="choice-label"><Bi k={`jurisdiction.names.${j}`} /></span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Screen>
  );
}
