// Translation files match English: same keys (plural keys by the locale's own plural
// categories), same {{placeholders}}; and the locale metadata covers all 30 targets.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import localesFile from '../../locales/locales.json';

const LOCALES_DIR = path.resolve(import.meta.dirname, '../../locales');
const TARGETS = ['en', 'es', 'zh-Hans', 'zh-Hant', 'vi', 'ko', 'tl', 'ru', 'ar', 'ht', 'fr', 'pt-BR', 'fa', 'pa', 'uk', 'pl', 'hi', 'bn', 'ur', 'gu', 'hy', 'km', 'hmn', 'lo', 'th', 'my', 'am', 'ti', 'so', 'ps'];
const PLURAL = /_(zero|one|two|few|many|other)$/;

type Tree = { [k: string]: string | Tree };
const read = (locale: string, ns: string): Tree => JSON.parse(readFileSync(path.join(LOCALES_DIR, locale, `${ns}.json`), 'utf8')) as Tree;

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else for (const [kk, vv] of flatten(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

/** Keys with plural suffixes expanded to the categories `locale` needs. */
function expectedKeys(en: Map<string, string>, categories: string[]): Set<string> {
  const keys = new Set<string>();
  for (const k of en.keys()) {
    if (PLURAL.test(k)) for (const c of categories) keys.add(k.replace(PLURAL, `_${c}`));
    else keys.add(k);
  }
  return keys;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
const translated = readdirSync(LOCALES_DIR).filter((d) => d !== 'en' && existsSync(path.join(LOCALES_DIR, d, 'ui.json')));

describe('locale metadata', () => {
  it('lists all 30 target locales with autonym, script, direction, font, plurals and review status', () => {
    expect(localesFile.locales.map((l) => l.code).sort()).toEqual([...TARGETS].sort());
    for (const l of localesFile.locales) {
      expect(l.autonym.length, l.code).toBeGreaterThan(0);
      expect(['ltr', 'rtl']).toContain(l.direction);
      expect(['source', 'machine', 'reviewed']).toContain(l.review.status);
      if (l.plural.source === 'cldr') {
        expect([...l.plural.categories].sort(), l.code).toEqual([...new Intl.PluralRules(l.code).resolvedOptions().pluralCategories].sort());
      }
    }
  });

  it('labels every translated locale honestly (machine until a human reviews it)', () => {
    expect(translated).toEqual(expect.arrayContaining(['ar', 'zh-Hans']));
    for (const code of translated) {
      const meta = localesFile.locales.find((l) => l.code === code)!;
      expect(meta.review.status, code).not.toBe('source');
    }
  });
});

describe.each(translated)('%s translation', (locale) => {
  const categories = localesFile.locales.find((l) => l.code === locale)!.plural.categories;
  for (const ns of ['ui', 'rules']) {
    it(`${ns}: same keys as English and the same placeholders`, () => {
      const en = flatten(read('en', ns));
      const other = flatten(read(locale, ns));
      expect([...other.keys()].sort()).toEqual([...expectedKeys(en, categories)].sort());
      for (const [k, v] of other) {
        const source = en.get(k) ?? en.get(k.replace(PLURAL, '_other'))!;
        // Arabic "zero", "one" and "two" forms may spell the number out instead of {{count}}.
        const mayOmitCount = /_(zero|one|two)$/.test(k);
        const expected = placeholders(source).filter((p) => !(mayOmitCount && p === 'count'));
        const actual = placeholders(v).filter((p) => !(mayOmitCount && p === 'count'));
        expect(actual, `${locale}:${ns}:${k}`).toEqual(expected);
      }
    });
  }
});
