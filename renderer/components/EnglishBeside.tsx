// "English one tap away": when a machine-translated locale is on screen and the person
// asked for it, labels carry the English words underneath.
import { createContext, useContext } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

export const EnglishBesideContext = createContext<TFunction | null>(null);

export function Bi({ k, options = {} }: { k: string; options?: Record<string, unknown> }) {
  const { t } = useTranslation();
  const english = useContext(EnglishBesideContext);
  return (
    <>
      {t(k, options)}
      {english && <span className="bi-en" lang="en" dir="ltr">{english(k, options)}</span>}
    </>
  );
}
