// Draws the app icon at every size the installers need, with no image tools: a teal
// rounded square with a white shield and a check mark (the app says what is protected).
// Run `node build/make-icons.ts` after changing the drawing; the PNGs, icon.png (1024, for
// macOS, from which electron-builder makes the .icns) and icon.ico are committed.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const here = path.dirname(fileURLToPath(import.meta.url));
export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512] as const;
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const;

type Rgba = [number, number, number, number];
const TEAL: Rgba = [11, 92, 107, 255];
const WHITE: Rgba = [255, 255, 255, 255];

/** Coverage (0..1) of each shape at a point in the unit square. */
function roundedSquare(x: number, y: number): boolean {
  const r = 0.2, m = 0.04;
  const dx = Math.max(m + r - x, 0, x - (1 - m - r));
  const dy = Math.max(m + r - y, 0, y - (1 - m - r));
  return x >= m && x <= 1 - m && y >= m && y <= 1 - m && dx * dx + dy * dy <= r * r;
}
function shield(x: number, y: number): boolean {
  // Flat top from y=0.2, straight sides to y=0.5, then curving to a point at y=0.84.
  if (y < 0.2 || y > 0.84) return false;
  const half = y <= 0.5 ? 0.28 : 0.28 * Math.sqrt(Math.max(0, 1 - ((y - 0.5) / 0.34) ** 2));
  return Math.abs(x - 0.5) <= half;
}
function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}
function check(x: number, y: number): boolean {
  const w = 0.045;
  return distanceToSegment(x, y, 0.37, 0.5, 0.46, 0.6) <= w || distanceToSegment(x, y, 0.46, 0.6, 0.64, 0.38) <= w;
}

function colourAt(x: number, y: number): Rgba | undefined {
  if (!roundedSquare(x, y)) return undefined;
  if (shield(x, y) && !check(x, y)) return WHITE;
  return TEAL;
}

/** RGBA pixels, 4×4 supersampled so small sizes stay smooth. */
export function drawIcon(size: number): Buffer {
  const pixels = Buffer.alloc(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = colourAt((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          if (c) for (let i = 0; i < 3; i++) sum[i]! += c[i]! * c[3];
          if (c) sum[3]! += c[3];
        }
      }
      const o = (py * size + px) * 4;
      const alpha = sum[3]! / (n * n);
      for (let i = 0; i < 3; i++) pixels[o + i] = alpha ? Math.round(sum[i]! / sum[3]!) : 0;
      pixels[o + 3] = Math.round(alpha);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function encodePng(size: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

/** A Windows .ico holding PNG images (allowed since Vista). */
export function encodeIco(pngs: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  let offset = 6 + 16 * pngs.length;
  const entries = pngs.map(({ size, png }) => {
    const e = Buffer.alloc(16);
    e.writeUInt8(size >= 256 ? 0 : size, 0);
    e.writeUInt8(size >= 256 ? 0 : size, 1);
    e.writeUInt16LE(1, 4); // colour planes
    e.writeUInt16LE(32, 6); // bits per pixel
    e.writeUInt32LE(png.length, 8);
    e.writeUInt32LE(offset, 12);
    offset += png.length;
    return e;
  });
  return Buffer.concat([header, ...entries, ...pngs.map((p) => p.png)]);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const png = (size: number) => encodePng(size, drawIcon(size));
  for (const size of LINUX_SIZES) writeFileSync(path.join(here, 'icons', `${size}x${size}.png`), png(size));
  writeFileSync(path.join(here, 'icon.png'), png(1024));
  writeFileSync(path.join(here, 'icon.ico'), encodeIco(ICO_SIZES.map((size) => ({ size, png: png(size) }))));
  console.log('wrote build/icon.png, build/icon.ico and build/icons/*.png');
}
