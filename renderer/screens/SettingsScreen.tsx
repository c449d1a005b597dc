import { useTranslation } from 'react-i18next';
import type { Settings, TextSize } from '../state/session.ts';
import { Screen } from '../components/Screen.tsx';

const SIZES: readonly { size: TextSize; key: string }[] = [
  { size: 'normal', key: 'settings.textSizeNormal' },
  { size: 'large', key: 'settings.textSizeLarge' },
  { size: 'larger', key: 'settings.textSizeLarger' },
];

export function SettingsScreen({ settings, onChange, onBack }: { settings: Settings; onChange: (s: Partial<Settings>) => void; onBack: () => void }) {
  const { t } = useTranslation();
  return (
    <Screen title={t('settings.title')} onBack={onBack}>
      <fieldset className="setting">
        <legend>{t('settings.textSize')}</legend>
        {SIZES.map(({ size, key }) => (
          <label key={size} className="radio">
            <input type="radio" name="text-size" value={size} checked={settings.textSize === size} onChange={() => onChange({ textSize: size })} />
            {t(key)}
          </label>
        ))}
      </fieldset>
      <label className="checkbox setting">
        <input type="checkbox" checked={settings.highContrast} onChange={(e) => onChange({ highContrast: e.target.checked })} />
        {t('settings.highContrast')}
      </label>
      <p>{t('settings.note')}</p>
    </Screen>
  );
}
