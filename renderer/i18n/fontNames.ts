// The names of the app's font families and the CSS lists built from them: plain strings,
// shared by the renderer and the build (scripts/fonts/autonym-fonts.ts writes the language
// names' stylesheet with them), so nothing here may load anything.
import { hasUiFont, uiFontFamily } from './uiFonts.ts';

export const BASE_FAMILY = 'Noto Sans';

/** The CSS font-family list for a locale: its script's font (its UI cut first), then Noto Sans for Latin. */
export function fontStack(family: string): string {
  if (family === BASE_FAMILY) return `"${BASE_FAMILY}", sans-serif`;
  return `${hasUiFont(family) ? `"${uiFontFamily(family)}", ` : ''}"${family}", "${BASE_FAMILY}", sans-serif`;
}

/** The font-family list for a language's name in its own script (the build's cut font). */
export const autonymFamily = (family: string) => `${family} Autonym`;

export function autonymStack(family: string): string {
  return family === BASE_FAMILY ? fontStack(family) : `"${autonymFamily(family)}", "${BASE_FAMILY}", sans-serif`;
}

/** The class that gives a language name its font. A class, not a style attribute: the first
 * screen is prerendered HTML, and CSP (style-src 'self') refuses style attributes written in
 * markup. The build writes the rules (scripts/fonts/autonym-fonts.ts). */
export const autonymClass = (family: string) => `autonym-${family.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
