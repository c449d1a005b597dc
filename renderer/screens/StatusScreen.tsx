import { useTranslation } from 'react-i18next';
import { STATUSES, type Status } from '../../rules/schema/vocabulary.ts';
import { Screen } from '../components/Screen.tsx';
import { Bi } from '../components/EnglishBeside.tsx';

export function StatusScreen({ presetName, step, onChoose, onBack }: { presetName?: string; step: { current: number; total: number }; onChoose: (s: Status) => void; onBack: () => void }) {
  const { t } = useTranslation();
  return (
    <Screen title={<Bi k="status.title" />} onBack={onBack} step={step}>
      {presetName && <p>{t('jurisdiction.preset', { name: presetName })}</p>}
      <p className="why">{t('status.why')}</p>
      <ul className="choices choices-status">
        {STATUSES.map((s) => (
          <li key={s}>
            <button type="button" className="choice" data-status={s} onClick={() => onChoose(s)}>
              <span className="choice-label"><Bi k={`status.${s}.label`} /></span>
              <span className="choice-hint">{t(`status.${s}.hint`)}</span>
            </button>
          </li>
        ))}
      </ul>
    </Screen>
  );
}
