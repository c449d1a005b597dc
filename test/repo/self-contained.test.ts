// A clone with nothing beside it must install, test and run: no code, test, script, config
// or package script may reach a path outside the repository (such as the maintainers'
// research folder that sits beside our own checkouts, which CI also has, so only a check
// of the text itself can catch a read of it).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Files that run or configure something: code, tests, scripts, CI, package manifests. */
const CHECKED = /\.(ts|tsx|js|mjs|cjs|sh|ya?ml|json)$|^\.ci\/run$/;
const NOT_CODE = /^(package-lock\.json|locales\/|rules\/(data|golden|evidence)\/|test\/rules\/__snapshots__\/)/;

/** Each place in `text` that names a path outside the repository, as `line: snippet`. */
export function outsideReferences(relativeFile: string, text: string): string[] {
  // package.json scripts (and CI scripts) run from the repository root.
  const baseDir = /(^|\/)package\.json$|^\.ci\//.test(relativeFile) ? ROOT : path.dirname(path.join(ROOT, relativeFile));
  const found: string[] = [];
  text.split('\n').forEach((line, i) => {
    const hit = (what: string) => found.push(`${relativeFile}:${i + 1}: ${what}`);
    // The research folder by name, as a written path or as path segments.
    if (/\.\.[\\/]+(?:\.\.[\\/]+)*shared\b/.test(line) || /(['"`])\.\.\1\s*,\s*(?:(['"`])\.\.\2\s*,\s*)*(['"`])shared\3/.test(line)) hit(line.trim());
    // Any written relative path that climbs above the repository root.
    for (const m of line.matchAll(/(?:^|[\s'"`(=])((?:\.\.[\\/])+[^\s'"`)]*)/g)) {
      const target = path.resolve(baseDir, m[1]!);
      if (target !== ROOT && !target.startsWith(ROOT + path.sep)) hit(m[1]!);
    }
  });
  return found;
}

function repositoryFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
  return listed.split('\n').filter((f) => f && CHECKED.test(f) && !NOT_CODE.test(f));
}

describe('the repository is self-contained', () => {
  it('no code, test, script, config or package script names a path outside the repository', () => {
    const files = repositoryFiles();
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((f) => {
      try {
        return outsideReferences(f, readFileSync(path.join(ROOT, f), 'utf8'));
      } catch {
        return []; // listed by git but deleted in the working tree
      }
    });
    expect(found).toEqual([]);
  });

  // The planted paths are assembled at run time so that this file does not trip itself.
  const up = '.'.repeat(2);
  const research = ['sha', 'red'].join('');

  it('catches the research folder written as a path, as path segments, and from a package script', () => {
    expect(outsideReferences('rules/checks.ts', `const f = '${up}/${up}/${research}/legal/timeline.md';`)).toHaveLength(2);
    expect(outsideReferences('rules/checks.ts', `path.resolve(RULES_DIR, '${up}', '${up}', '${research}', 'legal')`)).toHaveLength(1);
    expect(outsideReferences('package.json', `"x": "node a.ts --timeline ${up}/${research}/legal/timeline.md"`)).toHaveLength(2);
  });

  it('catches any other climb above the root, and lets paths inside the repository be', () => {
    expect(outsideReferences('test/rules/a.test.ts', `import x from '${up}/${up}/${up}/outside.ts';`)).toEqual([`test/rules/a.test.ts:1: ${up}/${up}/${up}/outside.ts`]);
    expect(outsideReferences('test/rules/a.test.ts', `import x from '${up}/${up}/rules/load.ts';`)).toEqual([]);
    expect(outsideReferences('package.json', `"lint": "eslint ${up}/other-project"`)).toHaveLength(1);
    expect(outsideReferences('package.json', '"lint": "eslint ."')).toEqual([]);
  });
});
