// Read-aloud uses only the operating system's own voices (localService === true): a
// network voice would send the answer off the device. The voice must fit the locale's
// BCP-47 tag, then its language prefix; never just the first voice in the list.
export interface VoiceLike {
  lang: string;
  localService: boolean;
  name: string;
  default?: boolean;
}

const norm = (tag: string) => tag.replace(/_/g, '-').toLowerCase();
const language = (tag: string) => norm(tag).split('-')[0]!;

/** `preferred`: tags tried first (e.g. zh-Hans → zh-CN), then the locale code itself. */
export function chooseVoice<V extends VoiceLike>(voices: readonly V[], locale: string, preferred: readonly string[] = []): V | null {
  const local = voices.filter((v) => v.localService === true);
  for (const tag of [...preferred, locale]) {
    const exact = local.filter((v) => norm(v.lang) === norm(tag));
    if (exact.length) return exact.find((v) => v.default) ?? exact[0]!;
  }
  const prefix = language(locale);
  const sameLanguage = local.filter((v) => language(v.lang) === prefix);
  return sameLanguage.find((v) => v.default) ?? sameLanguage[0] ?? null;
}
