// "English one tap away": when a machine-translated locale is on screen and the person
// asked for it, labels carry the English words underneath. And where a locale lacks the
// rules bundle's words, the English shown in their place says it is English.
import { createContext, useContext, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { inEnglishOnly } from '../answer/text.ts';

export const EnglishBesideContext = createContext<TFunction | null>(null);

/** English words standing in for the person's language: marked for screen readers (lang,
 * direction) and for the eye ("(in English)" in their language). */
export function InEnglish({ t, shown, children }: { t: TFunction; shown: boolean; children: ReactNode }) {
  if (!shown) return children;
  return (
    <span className="in-english">
      <span lang="en" dir="ltr">{children}</span> <span className="in-english-mark">{t('bundleWords.inEnglish')}</span>
    </span>
  );
}

/** A rules-bundle word (rules:…) in the language of `t`, or its English, marked. */
export function BundleText({ t, k }: { t: TFunction; k: string }) {
  return <InEnglish t={t} shown={inEnglishOnly(t, k)}>{t(k)}</InEnglish>;
}

export function Bi({ k, options = {} }: { k: string; options?: Record<string, unknown> }) {
  const { t } = useTranslation();
  const english = useContext(EnglishBesideContext);
  // Already English: nothing to put beside it.
  if (inEnglishOnly(t, k)) return <InEnglish t={t} shown>{t(k, options)}</InEnglish>;
  return (
    <>
      {t(k, options)}
      {english && <span className="bi-en" lang="en" dir="ltr">{english(k, options)}</span>}
    </>
  );
}
