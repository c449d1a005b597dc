import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STATUSES, type Status } from '../../rules/index.ts';
import { Screen } from '../components/Screen.tsx';
import { Bi } from '../components/EnglishBeside.tsx';
import { ChooseOne } from '../components/ChooseOne.tsx';

interface Props {
  presetName?: string;
  step: { current: number; total: number };
  /** The status chosen before, when the person came back from the answer to change it. */
  chosen: Status | null;
  onChoose: (s: Status) => void;
  onBack: () => void;
}

export function StatusScreen({ presetName, step, chosen, onChoose, onBack }: Props) {
  const { t } = useTranslation();
  const [status, setStatus] = useState(chosen);
  const options = STATUSES.map((s) => ({ value: s, label: <Bi k={`status.${s}.label`} />, hint: t(`status.${s}.hint`) }));
  return (
    <Screen title={<Bi k="status.title" />} onBack={onBack} step={step}>
      {presetName && <p>{t('jurisdiction.preset', { name: presetName })}</p>}
      <p className="why">{t('status.why')}</p>
      <ChooseOne name="status" question={t('status.title')} groups={[{ id: 'statuses', options }]}
        chosen={status} onChosen={setStatus} onContinue={onChoose} nothingChosen={t('status.nothingChosen')} />
    </Screen>
  );
}
