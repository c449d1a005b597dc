// @vitest-environment jsdom
// A language switch is one render (renderer/App.tsx): once ensureLocale has loaded a locale,
// showLocale switches to it before returning, so the session's change lands in the same
// render instead of in a second one after an await.
import { describe, expect, it } from 'vitest';
import { createI18n, ensureLocale, showLocale } from '../../renderer/i18n/i18n.ts';
import arUi from '../../locales/ar/ui.json' with { type: 'json' };

describe('showLocale', () => {
  it('switches the words, lang, dir and font of a loaded locale before it returns', async () => {
    const i18n = createI18n();
    await ensureLocale(i18n, 'ar');
    showLocale(i18n, 'ar');
    expect(i18n.language).toBe('ar');
    expect(i18n.t('app.name')).toBe(arUi.app.name);
    expect(document.documentElement.lang).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.style.getPropertyValue('--locale-font')).toContain('"Noto Sans Arabic"');
  });
});
