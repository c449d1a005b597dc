// Fonts that come inside the app's script as bytes, cut at build time (scripts/fonts/
// cut-fonts.ts): the first screen's (language names and Noto Sans, vite.config.ts), and
// the CJK locales' cuts, added on a switch to one of them (fonts.ts). A
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

/** Adds the faces to the page's fonts: a face made from bytes is ready at once, with no
 * request and no wait. Never fails: a face that cannot be made is left out, and its letters
 * show in the next font of their stack (fonts.ts). It names nothing outside itself: the
 * build also writes it, with the first screen's faces, as a script of its own that runs
 * before that screen is laid out (vite.config.ts). */
export function addFontFaces(faces: readonly EmbeddedFace[]): void {
  const set = typeof document !== 'undefined' ? document.fonts : undefined;
  if (!set) return;
  for (const f of faces) {
    try {
      // The browser's own base64 decoder where it has one (Chromium 140+): a few ms sooner.
      const typed = Uint8Array as { fromBase64?: (base64: string) => Uint8Array<ArrayBuffer> };
      const bytes = typed.fromBase64 ? typed.fromBase64(f.woff2) : Uint8Array.from(atob(f.woff2), (c) => c.charCodeAt(0));
      set.add(new FontFace(f.family, bytes, { weight: f.weight, unicodeRange: f.unicodeRange, display: 'swap' }));
    } catch {
      continue;
    }
  }
}
