// The advisory Electronegativity scan of electron/, parsed (the tool itself exits 0 even on
// HIGH findings). It must report no HIGH or MEDIUM finding, and every LOW or informational
// one must be explained in a comment next to the code it names.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BLOCKING, parseElectronegativityCsv, runElectronegativity } from '../../scripts/scan-electron.ts';
import { tempDir } from './helpers/signed-bundles.ts';

const electronDir = path.resolve(import.meta.dirname, '../../electron');

describe('Electronegativity scan of electron/', () => {
  it('finds nothing HIGH or MEDIUM, and every other finding is explained where it points', () => {
    // Its own report file: another test run (or `npm run scan:electron`) may be scanning at the same time.
    const findings = runElectronegativity(path.join(tempDir('electronegativity'), 'report.csv'));
    expect(findings.filter((f) => BLOCKING.has(f.severity))).toEqual([]);
    for (const f of findings) {
      const lines = readFileSync(path.join(electronDir, f.file), 'utf8').split('\n');
      const nearby = lines.slice(Math.max(0, f.line - 5), f.line).join('\n');
      expect(nearby, `${f.id} at electron/${f.file}:${f.line} needs a comment that names it`).toContain(f.id);
    }
  }, 60_000);

  it('parses the report, including a row the tool left without its check id', () => {
    const csv = [
      'issue, severity, confidence, filename, location, sample, description, url',
      'CONTEXT_ISOLATION_JS_CHECK,"HIGH","FIRM","main/app.ts","3:52","new BrowserWindow({ a, b })","Review the use of the contextIsolation option",https://x',
      ',"Failed to parse CSP, it may not be valid.",https://github.com/doyensec/electronegativity/wiki/CSP_GLOBAL_CHECK',
    ].join('\n');
    const [high, broken] = parseElectronegativityCsv(csv);
    expect(high).toEqual({ id: 'CONTEXT_ISOLATION_JS_CHECK', severity: 'HIGH', confidence: 'FIRM', file: 'main/app.ts', line: 3, description: 'Review the use of the contextIsolation option' });
    expect(broken).toMatchObject({ id: 'CSP_GLOBAL_CHECK', severity: 'UNKNOWN' });
    expect(BLOCKING.has(broken!.severity)).toBe(true);
    expect(() => parseElectronegativityCsv('not,a,report')).toThrow(/not an Electronegativity CSV/);
  });
});
