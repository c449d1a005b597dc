// The translation checks (issue: "Correctness checks, all in npm test"): every English key
// present, the same placeholders, a form for each plural category of the locale, nothing
// empty, and nothing left in English unless allow-listed. Used by the tests and by the
// review kit's import, so a translator's file passes exactly the checks the app's do.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  LOCALES_DIR, NAMESPACES, placeholders, pluralPart, readCatalog, SOURCE_LOCALE,
  type FlatCatalog, type LocaleMeta, type Namespace,
} from './catalog.ts';

export interface I18nProblem {
  locale: string;
  key: string;
  message: string;
}

export const formatI18nProblem = (p: I18nProblem) => `${p.locale} ${p.key}: ${p.message}`;

export interface GlossaryTerm {
  term: string;
  note: string;
  caseSensitive?: boolean;
}
/** The terms every locale translates one way (locales/glossary.json). */
export function glossaryTerms(): GlossaryTerm[] {
  return (JSON.parse(readFileSync(path.join(LOCALES_DIR, 'glossary.json'), 'utf8')) as { terms: GlossaryTerm[] }).terms;
}
/** A locale's accepted forms per term (locales/<code>/glossary.json); undefined if absent. */
export function readGlossary(code: string): Record<string, string[]> | undefined {
  const file = path.join(LOCALES_DIR, code, 'glossary.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string[]>) : undefined;
}

/** `text` matched literally inside a regular expression. */
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function usesTerm(text: string, t: GlossaryTerm): boolean {
  return new RegExp(`\\b${escapeRegExp(t.term)}`, t.caseSensitive ? 'u' : 'iu').test(text);
}

/** Scripts written without spaces between words: their word edges come from Intl.Segmenter. */
const UNSPACED_SCRIPTS = new Set(['Hans', 'Hant', 'Jpan', 'Thai', 'Laoo', 'Khmr', 'Mymr']);

/** The offsets of `text` where a word starts or ends, for a locale written without spaces. */
function wordEdges(text: string, locale: string): Set<number> {
  const edges = new Set<number>([text.length]);
  for (const s of new Intl.Segmenter(locale, { granularity: 'word' }).segment(text)) edges.add(s.index);
  return edges;
}

/**
 * Does `text` hold `form` as a whole word (or words)? A substring is not enough:
 * "legalmente" inside "ilegalmente" says the opposite. A form may mark where a word goes
 * on with `*`: "иск*" is "иск" and its endings, "*القاضي" takes a prefix such as و or ب —
 * for the languages that attach particles and clitics to the word.
 */
export function holdsWholeForm(text: string, form: string, locale: { code: string; script: string }): boolean {
  const open = { start: form.startsWith('*'), end: form.endsWith('*') };
  const bare = form.replace(/^\*|\*$/g, '').toLocaleLowerCase();
  const haystack = text.toLocaleLowerCase();
  if (UNSPACED_SCRIPTS.has(locale.script)) {
    const edges = wordEdges(haystack, locale.code);
    for (let i = haystack.indexOf(bare); i >= 0; i = haystack.indexOf(bare, i + 1)) {
      if ((open.start || edges.has(i)) && (open.end || edges.has(i + bare.length))) return true;
    }
    return false;
  }
  const letter = '[\\p{L}\\p{M}\\p{N}]';
  return new RegExp(`${open.start ? '' : `(?<!${letter})`}${escapeRegExp(bare)}${open.end ? '' : `(?!${letter})`}`, 'u').test(haystack);
}

/** Words a locale must not use where the English has none of them (locales/<code>/forbidden.json):
 * stigmatising or wrong-meaning words such as "illegal", "alien", "criminal", "deport",
 * keyed by the English word that alone would allow them. */
export function readForbidden(code: string): Record<string, string[]> {
  const file = path.join(LOCALES_DIR, code, 'forbidden.json');
  if (!existsSync(file)) return {};
  const lists = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string[] | string>;
  return Object.fromEntries(Object.entries(lists).filter((e): e is [string, string[]] => !e[0].startsWith('$') && Array.isArray(e[1])));
}

/** Keys whose translation may equal the English (names, acronyms): the shared list
 * locales/identical-allowed.json (`all`) plus the locale's own locales/<code>/identical-allowed.json. */
export function identicalAllowed(code: string): Set<string> {
  const read = (file: string): string[] => (existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as string[]) : []);
  return new Set([...read(path.join(LOCALES_DIR, 'identical-allowed.json')), ...read(path.join(LOCALES_DIR, code, 'identical-allowed.json'))]);
}

/** The keys a locale must have for one namespace, given its plural categories, with the
 * English text each one answers to (plural forms answer to the English `_other`). */
export function expectedKeys(english: FlatCatalog, meta: LocaleMeta): Map<string, string> {
  const expected = new Map<string, string>();
  for (const [key, text] of Object.entries(english)) {
    const plural = pluralPart(key);
    if (!plural) {
      expected.set(key, text);
    } else if (plural.category === 'other') {
      for (const c of meta.plural.categories) expected.set(`${plural.base}_${c}`, text);
    }
  }
  return expected;
}

const hasLetters = (text: string) => /\p{L}/u.test(text.replace(/\{\{[^}]*\}\}|\$t\([^)]*\)/g, ''));

/** Check one namespace of one locale against English. */
export function checkCatalog(
  meta: LocaleMeta, ns: Namespace, english: FlatCatalog, translated: FlatCatalog,
  allowed = identicalAllowed(meta.code), glossary = meta.code === SOURCE_LOCALE ? undefined : readGlossary(meta.code), terms = glossaryTerms(),
  forbidden = meta.code === SOURCE_LOCALE ? {} : readForbidden(meta.code),
): I18nProblem[] {
  const problems: I18nProblem[] = [];
  const add = (key: string, message: string) => problems.push({ locale: meta.code, key: `${ns}:${key}`, message });
  const expected = expectedKeys(english, meta);
  for (const [key, source] of expected) {
    const text = translated[key];
    if (text === undefined) {
      add(key, 'missing');
      continue;
    }
    if (!text.trim()) {
      add(key, 'empty');
      continue;
    }
    const want = placeholders(source);
    const got = placeholders(text);
    const plural = pluralPart(key);
    // A plural form other than `other` may leave out the number ("one item" → "un objet").
    const mayOmit = plural && plural.category !== 'other' ? ['{{count}}'] : [];
    const missing = want.filter((p) => !got.includes(p) && !mayOmit.includes(p));
    const extra = got.filter((p) => !want.includes(p));
    if (missing.length || extra.length) {
      add(key, `placeholders differ from English: ${missing.length ? `missing ${missing.join(' ')}` : ''}${missing.length && extra.length ? '; ' : ''}${extra.length ? `unknown ${extra.join(' ')}` : ''}`);
    }
    for (const term of glossary ? terms : []) {
      const forms = glossary![term.term];
      if (usesTerm(source, term) && forms && !forms.some((f) => holdsWholeForm(text, f, meta))) {
        add(key, `the English says "${term.term}" but the text uses none of its glossary forms as a word (${forms.join(' / ')})`);
      }
    }
    for (const [english, words] of Object.entries(forbidden)) {
      if (source.toLocaleLowerCase().includes(english.toLocaleLowerCase())) continue;
      const used = words.filter((w) => holdsWholeForm(text, w, meta));
      if (used.length) add(key, `uses "${used.join('", "')}" (a forbidden term: "${english}"), which the English does not say`);
    }
    if (meta.code !== SOURCE_LOCALE && text === source && hasLetters(text) && !allowed.has(`${ns}:${key}`)) {
      add(key, 'identical to English (translate it, or allow-list a name or acronym in locales/identical-allowed.json)');
    }
  }
  for (const key of Object.keys(translated)) {
    if (!expected.has(key)) add(key, pluralPart(key) ? `plural form not used by ${meta.code} (its categories: ${meta.plural.categories.join(', ')})` : 'not in English (stale key)');
  }
  return problems;
}

/** Every namespace of one locale, read from disk. */
export function checkLocale(meta: LocaleMeta): I18nProblem[] {
  const glossary = readGlossary(meta.code);
  const missingTerms = glossary ? glossaryTerms().filter((t) => !glossary[t.term]?.length).map((t) => t.term) : [];
  const glossaryProblems = !glossary
    ? [{ locale: meta.code, key: 'glossary', message: `no locales/${meta.code}/glossary.json (accepted forms of each term in locales/glossary.json)` }]
    : missingTerms.length ? [{ locale: meta.code, key: 'glossary', message: `locales/${meta.code}/glossary.json lacks: ${missingTerms.join(', ')}` }] : [];
  return glossaryProblems.concat(NAMESPACES.flatMap((ns) => {
    const english = readCatalog(SOURCE_LOCALE, ns) ?? {};
    const translated = readCatalog(meta.code, ns);
    if (!translated) return [{ locale: meta.code, key: `${ns}:*`, message: `no file locales/${meta.code}/${ns}.json` }];
    return checkCatalog(meta, ns, english, translated);
  }));
}
