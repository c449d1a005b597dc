// A language's name in its own script, whatever the UI language is (the Chinese name must
// not turn into empty boxes on an Arabic screen), in the build's small font cut for
// language names: showing 30 names must not load 15 whole font families.
import type { LocaleMeta } from '../i18n/localeMeta.ts';
import { autonymClass } from '../i18n/fonts.ts';

export function Autonym({ locale, className }: { locale: LocaleMeta; className?: string }) {
  return (
    <span className={`autonym ${autonymClass(locale.fontFamily)} ${className ?? ''}`} lang={locale.code} dir={locale.direction}>
      {locale.autonym}
    </span>
  );
}

/** The same, as an <option> of a language menu. */
export function AutonymOption({ locale }: { locale: LocaleMeta }) {
  return <option className={autonymClass(locale.fontFamily)} value={locale.code} lang={locale.code} dir={locale.direction}>{locale.autonym}</option>;
}
