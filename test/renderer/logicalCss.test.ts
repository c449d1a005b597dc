// Right-to-left layouts mirror only if the styles never name a physical side: the
// renderer's CSS uses logical properties (inline/block, start/end) only.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const STYLES = path.resolve(import.meta.dirname, '../../renderer/styles');
const PHYSICAL = /(?:^|[\s;{])((?:margin|padding|border)-(?:left|right|top|bottom)(?:-\w+)?|(?:min-|max-)?(?:width|height)|left|right|top|bottom|float|clear)\s*:|text-align\s*:\s*(?:left|right)/gm;

function physicalProperties(css: string): string[] {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...withoutComments.matchAll(PHYSICAL)].map((m) => m[0].trim());
}

describe('renderer CSS', () => {
  it('the detector catches physical properties', () => {
    expect(physicalProperties('.a { margin-left: 1px; width: 2px } .b{text-align: right;} .c { top: 0 }')).toEqual(['margin-left:', 'width:', 'text-align: right', 'top:']);
    expect(physicalProperties('.a { margin-inline-start: 1px; inline-size: 2px; text-align: start } @media (max-width: 50rem) {}')).toEqual([]);
  });

  for (const file of readdirSync(STYLES).filter((f) => f.endsWith('.css'))) {
    it(`${file} uses logical properties only`, () => {
      expect(physicalProperties(readFileSync(path.join(STYLES, file), 'utf8'))).toEqual([]);
    });
  }
});
