// Review status per key. A key counts as reviewed only while both the English source and
// the translation are exactly what the qualified reviewer saw (hashes), so a later change
// to the English sends it back to `machine` (the cliff-effects "_v1" idea, automated).
// Only an import through the review kit writes these records; this project marks nothing
// reviewed itself.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LOCALES_DIR, NAMESPACES, readCatalog, SOURCE_LOCALE, writeAtomically, type LocaleMeta } from './catalog.ts';
import { expectedKeys } from './checks.ts';

export interface ReviewRecord {
  reviewer: string;
  date: string;
  sourceHash: string;
  textHash: string;
}
export type ReviewFile = Record<string, ReviewRecord>;

export const textHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);
const reviewFile = (code: string) => path.join(LOCALES_DIR, code, 'review.json');

export function readReviews(code: string): ReviewFile {
  const file = reviewFile(code);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ReviewFile) : {};
}

export function writeReviews(code: string, reviews: ReviewFile): void {
  writeAtomically(reviewFile(code), JSON.stringify(reviews, null, 2) + '\n');
}

export interface ReviewState {
  status: 'machine' | 'reviewed';
  reviewedKeys: Set<string>;
  total: number;
  reviewers: string[];
  latestDate?: string;
}

/** Which keys of a locale are currently reviewed, and whether all of them are. */
export function reviewState(meta: LocaleMeta): ReviewState {
  const reviews = readReviews(meta.code);
  const reviewedKeys = new Set<string>();
  let total = 0;
  for (const ns of NAMESPACES) {
    const english = readCatalog(SOURCE_LOCALE, ns) ?? {};
    const translated = readCatalog(meta.code, ns) ?? {};
    for (const [key, source] of expectedKeys(english, meta)) {
      total++;
      const id = `${ns}:${key}`;
      const r = reviews[id];
      const text = translated[key];
      if (r && text !== undefined && r.sourceHash === textHash(source) && r.textHash === textHash(text)) reviewedKeys.add(id);
    }
  }
  const records = [...reviewedKeys].map((k) => reviews[k]!);
  const dates = records.map((r) => r.date).sort();
  return {
    status: total > 0 && reviewedKeys.size === total ? 'reviewed' : 'machine',
    reviewedKeys,
    total,
    reviewers: [...new Set(records.map((r) => r.reviewer))].sort(),
    ...(dates.length ? { latestDate: dates.at(-1)! } : {}),
  };
}
