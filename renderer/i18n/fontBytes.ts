// Fonts that come inside the app's script as bytes, cut at build time (scripts/fonts/
// cut-fonts.ts): the CJK locales' cuts, added on a switch to one of them (fonts.ts). A
// switch waited for every font file it asked for, ~2 ms each on a 2-core PC, and these
// were ~20 files each (npm run bench). Made from bytes, they fetch nothing: CSP's font-src governs font
// fetches, and these bytes are the app's own script (script-src 'self').
/** A cut font as the renderer receives it, inside a script; the build writes it
 * (scripts/fonts/cut-fonts.ts). A page waited for every font file it asked for (~2 ms each
 * on a 2-core PC, npm run bench), and a cut is many small files. JSON has no bytes: the
 * woff2 is in base64. Declared here, by its reader, so the renderer imports nothing from
 * scripts/ (the lint rule in eslint.config.js keeps it so). */
export interface EmbeddedFace {
  family: string;
  weight: string;
  unicodeRange: string;
  woff2: string;
}

const bytes = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));

/** Adds the faces to the page's fonts. Never fails: a face that cannot be made is left
 * out, and its letters show in the next font of their stack (fonts.ts). */
export function addFontFaces(faces: readonly EmbeddedFace[]): void {
  const set = typeof document !== 'undefined' ? document.fonts : undefined;
  if (!set) return;
  for (const f of faces) {
    try {
      set.add(new FontFace(f.family, bytes(f.woff2), { weight: f.weight, unicodeRange: f.unicodeRange, display: 'swap' }));
    } catch {
      continue;
    }
  }
}
