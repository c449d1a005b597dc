// The printout's QR codes (UX review #4, #7): the picture drawn is exactly the code the
// `qrcode` package encodes for the address, with a quiet zone around it, made on the device.
import { create } from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrDataUrl, qrSvg } from '../../renderer/answer/qrCode.ts';

const url = 'https://www.dhcs.ca.gov/formsandpubs/publications/oc/Pages/2025/25-20-Statement-Federal-Use-Medi-Cal-Data-6-13-25.aspx';

/** The dark squares an SVG from qrSvg draws, read back as "row,col" in the code's own grid. */
function darkModules(svg: string): Set<string> {
  const quiet = 4;
  return new Set([...svg.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map((m) => `${Number(m[2]) - quiet},${Number(m[1]) - quiet}`));
}

describe('qrSvg', () => {
  it('draws every dark module of the address\'s code, and nothing else', () => {
    const { size, data } = create(url, { errorCorrectionLevel: 'L' }).modules;
    const expected = new Set<string>();
    for (let r = 0; r < size; r++) for (let c = 0; c < size; c++) if (data[r * size + c]) expected.add(`${r},${c}`);
    expect(darkModules(qrSvg(url))).toEqual(expected);
    expect(qrSvg(url)).toContain(`viewBox="0 0 ${size + 8} ${size + 8}"`);
  });

  it('differs for a different address', () => {
    expect(darkModules(qrSvg(`${url}x`))).not.toEqual(darkModules(qrSvg(url)));
  });

  it('is an SVG data: URL, which the CSP allows for images', () => {
    expect(qrDataUrl(url)).toMatch(/^data:image\/svg\+xml,%3Csvg/);
    expect(decodeURIComponent(qrDataUrl(url).slice('data:image/svg+xml,'.length))).toBe(qrSvg(url));
  });
});
