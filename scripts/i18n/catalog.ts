// Reading and writing the translation catalogues: locales/<code>/<namespace>.json, nested
// i18next JSON v4, handled here as flat "a.b.c" keys. Node tooling for the review kit and
// the locale checks; the app itself loads the same files through i18next.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomicallySync } from '../../rules/atomic-write.ts';
import type { LocaleMeta } from '../../renderer/i18n/localeMeta.ts';

/** locales/ of this checkout; MDN_LOCALES_DIR points the kit at a copy (the kit's tests use one). */
export const LOCALES_DIR = process.env.MDN_LOCALES_DIR ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../locales');
export const NAMESPACES = ['ui', 'rules'] as const;
export type Namespace = (typeof NAMESPACES)[number];

export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralCategory = (typeof PLURAL_CATEGORIES)[number];

// What a locale is (locales/locales.json) is the app's own definition; the tools read it too.
export { SOURCE_LOCALE, type LocaleMeta } from '../../renderer/i18n/localeMeta.ts';

export type FlatCatalog = Record<string, string>;

const META_FILE = path.join(LOCALES_DIR, 'locales.json');

export function readLocaleMeta(): LocaleMeta[] {
  return (JSON.parse(readFileSync(META_FILE, 'utf8')) as { locales: LocaleMeta[] }).locales;
}

export function writeLocaleMeta(locales: LocaleMeta[]): void {
  const doc = JSON.parse(readFileSync(META_FILE, 'utf8')) as Record<string, unknown>;
  writeAtomically(META_FILE, JSON.stringify({ ...doc, locales }, null, 2) + '\n');
}

export function flatten(value: unknown, prefix = '', out: FlatCatalog = {}): FlatCatalog {
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object') flatten(v, key, out);
    else out[key] = String(v);
  }
  return out;
}

export function unflatten(flat: FlatCatalog): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(flat)) {
    const parts = key.split('.');
    let node = root;
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
    node[parts.at(-1)!] = value;
  }
  return root;
}

export function catalogFile(code: string, ns: Namespace): string {
  return path.join(LOCALES_DIR, code, `${ns}.json`);
}

export function readCatalog(code: string, ns: Namespace): FlatCatalog | undefined {
  const file = catalogFile(code, ns);
  return existsSync(file) ? flatten(JSON.parse(readFileSync(file, 'utf8'))) : undefined;
}

/** Keeps the English key order, so translated files diff cleanly against the source. */
export function writeCatalog(code: string, ns: Namespace, flat: FlatCatalog, order: string[]): void {
  const ordered: FlatCatalog = {};
  for (const key of order) if (key in flat) ordered[key] = flat[key]!;
  for (const key of Object.keys(flat)) if (!(key in ordered)) ordered[key] = flat[key]!;
  writeAtomically(catalogFile(code, ns), JSON.stringify(unflatten(ordered), null, 2) + '\n');
}

/** Catalogues are shared files: readable by all (rules/atomic-write.ts does the writing). */
export function writeAtomically(file: string, content: string): void {
  writeFileAtomicallySync(file, content, 0o644);
}

/** i18next interpolations ({{name}}, {{count}}, {{x, format}}) and nestings ($t(key)). */
export function placeholders(text: string): string[] {
  const found = [...text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => `{{${m[1]}}}`);
  const nested = [...text.matchAll(/\$t\(([^)]+)\)/g)].map((m) => `$t(${m[1]})`);
  return [...found, ...nested].sort();
}

/** "summary_one" → {base: "summary", category: "one"}; null for a key without a plural suffix. */
export function pluralPart(key: string): { base: string; category: PluralCategory } | null {
  const m = /^(.*)_(zero|one|two|few|many|other)$/.exec(key);
  return m ? { base: m[1]!, category: m[2] as PluralCategory } : null;
}
