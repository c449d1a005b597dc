// The language names' own fonts (the "… Autonym" cuts, scripts/fonts/autonym-fonts.ts) come
// inside this script as bytes and become FontFaces at start-up: the first screen draws all
// 30 names, and as ~20 font files they were ~20 requests it waited for (~30 ms of its cold
// start on a 2-core PC, npm run bench). Made from bytes, they fetch nothing: CSP's font-src
// governs font fetches, and these bytes are the app's own script (script-src 'self').
import faces from '@autonym-fonts/autonyms.json';

const bytes = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));

/** Adds every language-name font to the page's fonts (once, before the first screen).
 * Never fails: a face that cannot be made is left out, and its names show in Noto Sans or
 * the system's font, next in their stack (fonts.ts). */
export function addAutonymFonts(set: FontFaceSet): void {
  for (const f of faces) {
    try {
      set.add(new FontFace(f.family, bytes(f.woff2), { weight: f.weight, unicodeRange: f.unicodeRange, display: 'swap' }));
    } catch {
      continue;
    }
  }
}
