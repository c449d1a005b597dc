// A language's name in its own script and bundled font, whatever the UI language is
// (the Chinese name must not turn into empty boxes on an Arabic screen). Only the bold
// face is loaded for it: an English reader should not pay for a whole CJK family.
import { useEffect } from 'react';
import type { LocaleMeta } from '../i18n/localeMeta.ts';
import { fontStack, loadFontFamily } from '../i18n/fonts.ts';

export function Autonym({ locale, className }: { locale: LocaleMeta; className?: string }) {
  useEffect(() => {
    void loadFontFamily(locale.fontFamily, [700]);
  }, [locale.fontFamily]);
  return (
    <span className={`autonym ${className ?? ''}`} lang={locale.code} dir={locale.direction} style={{ fontFamily: fontStack(locale.fontFamily) }}>
      {locale.autonym}
    </span>
  );
}
