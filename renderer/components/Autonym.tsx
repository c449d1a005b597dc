// A language's name in its own script, whatever the UI language is (the Chinese name must
// not turn into empty boxes on an Arabic screen), in the build's small font cut for
// language names: showing 30 names must not load 15 whole font families.
import type { LocaleMeta } from '../i18n/localeMeta.ts';
import { autonymStack } from '../i18n/fonts.ts';

export function Autonym({ locale, className }: { locale: LocaleMeta; className?: string }) {
  return (
    <span className={`autonym ${className ?? ''}`} lang={locale.code} dir={locale.direction} style={{ fontFamily: autonymStack(locale.fontFamily) }}>
      {locale.autonym}
    </span>
  );
}

/** The same, as an <option> of a language menu. */
export function AutonymOption({ locale }: { locale: LocaleMeta }) {
  return <option value={locale.code} lang={locale.code} dir={locale.direction} style={{ fontFamily: autonymStack(locale.fontFamily) }}>{locale.autonym}</option>;
}
