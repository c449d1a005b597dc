// The English catalogues as a fixed `t`, as the answer components get it.
import i18next from 'i18next';
import en from '../../locales/en/ui.json';
import enRules from '../../locales/en/rules.json';

export async function englishT() {
  const i18n = i18next.createInstance();
  await i18n.init({ lng: 'en', resources: { en: { ui: en, rules: enRules } }, defaultNS: 'ui', ns: ['ui', 'rules'], interpolation: { escapeValue: false } });
  return i18n.t;
}
