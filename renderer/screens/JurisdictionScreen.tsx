import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { JURISDICTION_CODES, type Jurisdiction } from '../../rules/index.ts';
import { Screen } from '../components/Screen.tsx';
import { Bi } from '../components/EnglishBeside.tsx';
import { ChooseOne } from '../components/ChooseOne.tsx';
import { matchesPlace } from './jurisdictionSearch.ts';

const NOT_STATES: readonly Jurisdiction[] = ['DC', 'PR', 'GU', 'VI', 'AS', 'MP'];

interface Props {
  /** The place chosen before, when the person came back from the answer to change it. */
  chosen: Jurisdiction | null;
  onChoose: (j: Jurisdiction) => void;
  onBack: () => void;
}

export function JurisdictionScreen({ chosen, onChoose, onBack }: Props) {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState('');
  const [place, setPlace] = useState(chosen);
  const searchId = useId();
  const name = (j: Jurisdiction) => t(`jurisdiction.names.${j}`);
  const collator = new Intl.Collator(i18n.language);
  const english = i18n.getFixedT('en');
  const groups = [
    { id: 'states', title: t('jurisdiction.groupStates'), codes: JURISDICTION_CODES.filter((j) => !NOT_STATES.includes(j)) },
    { id: 'other', title: t('jurisdiction.groupOther'), codes: [...NOT_STATES] },
  ].map((g) => ({
    id: g.id, title: g.title,
    options: g.codes
      .filter((j) => matchesPlace(query, j, [name(j), english(`jurisdiction.names.${j}`)]))
      .sort((a, b) => collator.compare(name(a), name(b)))
      .map((j) => ({ value: j, label: <Bi k={`jurisdiction.names.${j}`} /> })),
  })).filter((g) => g.options.length > 0);
  const found = groups.flatMap((g) => g.options);
  // Enter in the search box chooses the one place it found (it does not go on: Continue does).
  const chooseOnlyMatch = (key: string) => {
    if (key === 'Enter' && found.length === 1) setPlace(found[0]!.value);
  };
  return (
    <Screen title={<Bi k="jurisdiction.title" />} onBack={onBack} step={{ current: 2, total: 3 }}>
      <p>{t('jurisdiction.hint')}</p>
      <div className="search">
        <label htmlFor={searchId}>{t('jurisdiction.search')}</label>
        <input id={searchId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} onKeyDown={(e) => chooseOnlyMatch(e.key)}
          autoComplete="off" spellCheck={false} />
      </div>
      {found.length === 0 && <p role="status">{t('jurisdiction.noMatch', { query })}</p>}
      <ChooseOne name="jurisdiction" question={t('jurisdiction.title')} groups={groups}
        chosen={found.some((o) => o.value === place) ? place : null} onChosen={setPlace} onContinue={onChoose} nothingChosen={t('jurisdiction.nothingChosen')} />
    </Screen>
  );
}
