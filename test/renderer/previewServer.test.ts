// The preview server serves only files inside out/renderer: no path, encoded or not,
// may climb out of it.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveInside } from '../../scripts/preview.ts';

const root = path.resolve('/srv/out/renderer');

describe('resolveInside', () => {
  it('maps / to index.html and asset paths into the root', () => {
    expect(resolveInside(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveInside(root, '/assets/index-abc.js?v=1')).toBe(path.join(root, 'assets', 'index-abc.js'));
  });

  it.each([
    '/../package.json',
    '/assets/../../package.json',
    '/%2e%2e/package.json',
    '/%2E%2E%2Fsecret',
    '/..%2f..%2fetc/passwd',
    '/assets/%00.js',
    '/%E0%A4%A',
  ])('refuses %s', (url) => {
    expect(resolveInside(root, url)).toBeNull();
  });
});
