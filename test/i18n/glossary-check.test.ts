// The glossary and forbidden-terms checks (npm run i18n -- check, the review kit's import,
// and the catalogue tests): a glossary form counts only as a whole word, so "legalmente"
// inside "ilegalmente" no longer passes; and no locale may use its stigmatising or
// wrong-meaning words where the English does not say them.
import { describe, expect, it } from 'vitest';
import { readLocaleMeta, SOURCE_LOCALE, type LocaleMeta } from '../../scripts/i18n/catalog.ts';
import { checkCatalog, formatI18nProblem, holdsWholeForm, readForbidden } from '../../scripts/i18n/checks.ts';

const metas = readLocaleMeta();
const meta = (code: string) => metas.find((m) => m.code === code)!;
const es = meta('es');

/** One string checked in `locale` against the glossary term "lawfully" and a forbidden list. */
function check(locale: LocaleMeta, english: string, text: string, glossary: Record<string, string[]>, forbidden: Record<string, string[]> = {}) {
  return checkCatalog(locale, 'ui', { k: english }, { k: text }, new Set(), glossary, [{ term: 'lawfully', note: '' }], forbidden).map(formatI18nProblem);
}

describe('whole-word glossary forms', () => {
  it('refuses a form found only inside a longer word, in spaced scripts', () => {
    expect(holdsWholeForm('personas que están aquí ilegalmente', 'legalmente', es)).toBe(false);
    expect(holdsWholeForm('personas que están aquí legalmente', 'legalmente', es)).toBe(true);
    expect(holdsWholeForm('находятся здесь незаконно', 'законно', meta('ru'))).toBe(false);
    expect(holdsWholeForm('người ở đây bất hợp pháp', 'bất hợp pháp', meta('vi'))).toBe(true);
  });

  it('refuses "ilegalmente" for a glossary that accepts "legalmente", and takes "legalmente"', () => {
    const glossary = { lawfully: ['legalmente'] };
    expect(check(es, 'people here lawfully', 'personas aquí ilegalmente', glossary)).toEqual([
      expect.stringMatching(/^es ui:k: the English says "lawfully" but the text uses none of its glossary forms as a word \(legalmente\)/),
    ]);
    expect(check(es, 'people here lawfully', 'personas aquí legalmente', glossary)).toEqual([]);
  });

  it('finds word edges with Intl.Segmenter where words have no spaces', () => {
    const zh = meta('zh-Hans');
    expect(holdsWholeForm('这些人在美国合法居留', '合法', zh)).toBe(true);
    expect(holdsWholeForm('这些人是非法的', '合法', zh)).toBe(false);
  });

  it('lets a marked form take endings or a prefix, where the language attaches them', () => {
    expect(holdsWholeForm('이민 신분이 없습니다', '이민 신분', meta('ko'))).toBe(false);
    expect(holdsWholeForm('이민 신분이 없습니다', '이민 신분*', meta('ko'))).toBe(true);
    expect(holdsWholeForm('وقال القاضي', '*القاضي', meta('ar'))).toBe(true);
    expect(holdsWholeForm('وقال القاضي', 'القاضي', meta('ar'))).toBe(true);
    expect(holdsWholeForm('والقاضي', 'القاضي', meta('ar'))).toBe(false);
  });
});

describe('forbidden terms', () => {
  it('refuses a forbidden word the English does not say, and allows it where the English does', () => {
    const forbidden = { illegal: ['ilegal', 'ilegales', 'ilegalmente'] };
    expect(check(es, 'people without status', 'personas ilegales', {}, forbidden)).toEqual([
      'es ui:k: uses "ilegales" (a forbidden term: "illegal"), which the English does not say',
    ]);
    expect(check(es, 'an illegal search', 'una búsqueda ilegal', {}, forbidden)).toEqual([]);
  });

  const lists = metas.filter((m) => m.code !== SOURCE_LOCALE).map((m) => [m.code, m, readForbidden(m.code)] as const);

  it('has a list for every locale, with "illegal" in each', () => {
    for (const [code, , list] of lists) expect(list.illegal?.length, code).toBeGreaterThan(0);
  });

  it.each(lists)('%s: every forbidden word is caught when planted in a string', (_code, m, list) => {
    for (const [english, words] of Object.entries(list)) {
      for (const word of words) {
        const planted = word.replace(/^\*|\*$/g, '');
        const problems = check(m, 'people without status', `a ${planted} b`, {}, { [english]: words });
        expect(problems, `${english}: ${word}`).toHaveLength(1);
      }
    }
  });
});
