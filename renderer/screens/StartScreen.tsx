// The start page, after the language (GOV.UK "start page"): what the app tells you, that
// nothing is kept or sent, how long it takes, and that it is not legal advice, before it
// asks anything about immigration status (UX review #5).
import { useTranslation } from 'react-i18next';
import { Screen } from '../components/Screen.tsx';

interface Props {
  questions: number;
  onBegin: () => void;
  /** A navigator with a family: several people on one answer (FamilyScreen). */
  onBeginFamily: () => void;
  onBack: () => void;
}

export function StartScreen({ questions, onBegin, onBeginFamily, onBack }: Props) {
  const { t } = useTranslation();
  return (
    <Screen title={t('start.title')} onBack={onBack} className="start-screen">
      <p className="start-what">{t('start.what')}</p>
      <ul className="start-points">
        <li>{t('start.questions', { count: questions })}</li>
        <li>{t('start.private')}</li>
        <li>{t('start.notAdvice')}</li>
      </ul>
      <button type="button" className="continue" data-testid="begin" onClick={onBegin}>{t('start.begin')}</button>
      <p className="start-family">
        <button type="button" className="link-button" data-testid="begin-family" onClick={onBeginFamily}>{t('family.begin')}</button>
        <span className="choice-hint">{t('family.beginHint')}</span>
      </p>
    </Screen>
  );
}
