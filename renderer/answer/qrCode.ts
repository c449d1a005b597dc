// A QR code for a source's web address on the printout (UX review #4, #7): the addresses
// are long and paper cannot be clicked. Encoded on the device by the `qrcode` package (no
// network), drawn as an SVG data: URL, which the CSP's img-src allows.
import { create } from 'qrcode';

/** Light modules around the code, as the QR standard asks, so a phone can find it. */
const QUIET_ZONE = 4;

/** The code's dark modules as one SVG path: a 1×1 square for each. Paper is not scratched
 * like a sticker, so the lowest error correction does, for the smallest code. */
export function qrSvg(text: string): string {
  const { size, data } = create(text, { errorCorrectionLevel: 'L' }).modules;
  const squares: string[] = [];
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) if (data[row * size + col]) squares.push(`M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`);
  }
  const side = size + 2 * QUIET_ZONE;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" shape-rendering="crispEdges"><rect width="${side}" height="${side}" fill="#fff"/><path fill="#000" d="${squares.join('')}"/></svg>`;
}

/** Drawn once per address: the printout is part of every answer screen, re-rendered on each
 * language switch, and drawing all of a bundle's ~37 codes costs ~30 ms on a 2-core PC.
 * The addresses are the bundle's sources', a few dozen at most. */
const drawn = new Map<string, string>();

export function qrDataUrl(text: string): string {
  let url = drawn.get(text);
  if (url === undefined) drawn.set(text, (url = `data:image/svg+xml,${encodeURIComponent(qrSvg(text))}`));
  return url;
}
