// The pseudo-locale (renderer/i18n/pseudo.ts): every string marked, accented and longer,
// while what i18next and the app read inside a string stays exactly as in English.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { PSEUDO_CLOSE, PSEUDO_OPEN, pseudoString, pseudoTree } from '../../renderer/i18n/pseudo.ts';
import { pseudoFromQuery } from '../../renderer/api/previewFlags.ts';
import { offeredLocales } from '../../renderer/i18n/localeMeta.ts';

const en = (ns: string) => JSON.parse(readFileSync(`locales/en/${ns}.json`, 'utf8')) as Record<string, unknown>;

function strings(tree: unknown, path = ''): [string, string][] {
  if (typeof tree === 'string') return [[path, tree]];
  return tree && typeof tree === 'object' ? Object.entries(tree).flatMap(([k, v]) => strings(v, `${path}.${k}`)) : [];
}

describe('pseudo-locale', () => {
  it('accents letters, keeps placeholders, nesting and acronyms, and marks the string', () => {
    const s = pseudoString('Sent to ICE on {{date}}: $t(ui:app.name) <1>more</1>');
    expect(s.startsWith(PSEUDO_OPEN) && s.endsWith(PSEUDO_CLOSE)).toBe(true);
    expect(s).toContain('{{date}}');
    expect(s).toContain('$t(ui:app.name)');
    expect(s).toContain('<1>');
    expect(s).toContain('ICE');
    expect(s).toContain('Šéñţ ţö');
    expect(s).not.toMatch(/\bSent\b|\bmore\b/);
  });

  it('is about 40% longer than English', () => {
    const source = 'Which of your Medicaid data may be shared';
    const inner = pseudoString(source).slice(1, -1);
    expect(inner.length / source.length).toBeGreaterThanOrEqual(1.35);
    expect(inner.length / source.length).toBeLessThan(1.6);
  });

  it('keeps every key (plural suffixes too) and every placeholder of the English catalogues', () => {
    for (const ns of ['ui', 'rules']) {
      const source = en(ns);
      const pseudo = pseudoTree(source);
      const a = strings(source);
      const b = strings(pseudo);
      expect(b.map(([k]) => k)).toEqual(a.map(([k]) => k));
      b.forEach(([key, value], i) => {
        const placeholders = (t: string) => (t.match(/\{\{[^}]*\}\}/g) ?? []).sort();
        expect(placeholders(value), key).toEqual(placeholders(a[i]![1]));
        // No English word of three letters or more survives except the acronyms.
        expect(value.slice(1, -1).replace(/\{\{[^}]*\}\}|\$t\([^)]*\)|<[^>]*>|\b(ICE|DHS|CMS)\b/g, ''), key).not.toMatch(/[A-Za-z]{3}/);
      });
    }
  });

  it('is only offered when the preview asks for it', () => {
    expect(pseudoFromQuery('')).toBeUndefined();
    expect(pseudoFromQuery('?pseudo=1')).toBe('ltr');
    expect(pseudoFromQuery('?pseudo=rtl')).toBe('rtl');
    expect(offeredLocales().map((l) => l.code)).not.toContain('en-XA');
    const shipped = JSON.parse(readFileSync('locales/locales.json', 'utf8')) as { locales: { code: string }[] };
    expect(shipped.locales.map((l) => l.code)).not.toContain('en-XA');
  });
});
