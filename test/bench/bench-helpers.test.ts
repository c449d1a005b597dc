// The bench's own arithmetic and font bookkeeping: a wrong median or a font file counted
// under the wrong script would make `npm run bench` pass or fail for the wrong reason.
import { describe, expect, it } from 'vitest';
import { alternate, percentile, summarize } from '../../bench/stats.ts';
import { fontFamilyOfFile } from '../../bench/fonts.ts';

describe('bench statistics', () => {
  it('alternates the app and the plain page, run by run, after an unmeasured pair', async () => {
    const order: string[] = [];
    let n = 0;
    const measure = (page: string) => async () => { order.push(page); return ++n; };
    const { app, plain } = await alternate(3, measure('app'), measure('plain'));
    expect(order).toEqual(['app', 'plain', 'app', 'plain', 'app', 'plain', 'app', 'plain']);
    expect(app).toEqual([3, 5, 7]);
    expect(plain).toEqual([4, 6, 8]);
  });

  it('median of odd and even runs, with min and max', () => {
    expect(summarize([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5, runs: 3 });
    expect(summarize([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4, runs: 4 });
  });

  it('p99 is the value 99% of samples stay under', () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(samples, 99)).toBe(99);
    expect(percentile(samples, 50)).toBe(50);
  });

  it('refuses to summarise nothing', () => {
    expect(() => summarize([])).toThrow('no samples');
  });
});

describe('font files by family', () => {
  it.each([
    ['noto-sans-latin-400-normal-BTkUljjl.woff2', 'Noto Sans'],
    ['noto-sans-devanagari-700-normal-Ab3_x-9Q.woff2', 'Noto Sans'],
    ['noto-sans-devanagari-latin-400-normal-Ab3_x-9Q.woff2', 'Noto Sans Devanagari'],
    ['noto-sans-sc-119-700-normal-B05r3al5.woff2', 'Noto Sans SC'],
    ['noto-sans-sc-101-wght-normal-Ab3_x-9Q.woff2', 'Noto Sans SC Variable'],
    ['noto-sans-ethiopic-ethiopic-wght-normal-DqhinWt5.woff2', 'Noto Sans Ethiopic Variable'],
  ])('%s → %s', (file, family) => {
    expect(fontFamilyOfFile(file)).toBe(family);
  });

  it('an unknown file belongs to no family (so the bench counts it as foreign)', () => {
    expect(fontFamilyOfFile('some-other-font-400-normal-AAAAAAAA.woff2')).toBeNull();
  });
});
