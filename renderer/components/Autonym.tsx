// A language's name in its own script and bundled font, whatever the UI language is
// (the Chinese name must not turn into empty boxes on an Arabic screen).
import { useEffect } from 'react';
import type { LocaleMeta } from '../i18n/localeMeta.ts';
import { fontStack, loadFontFamily } from '../i18n/fonts.ts';

export function Autonym({ locale, className }: { locale: LocaleMeta; className?: string }) {
  useEffect(() => {
    void loadFontFamily(locale.fontFamily);
  }, [locale.fontFamily]);
  return (
    <span className={className} lang={locale.code} dir={locale.direction} style={{ fontFamily: fontStack(locale.fontFamily) }}>
      {locale.autonym}
    </span>
  );
}
