import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY } from './electron/main/csp.ts';
import { firstScreenBaseFonts, writeAutonymFonts } from './scripts/fonts/autonym-fonts.ts';
import { writeUiFonts } from './scripts/fonts/ui-fonts.ts';
import { thirdPartyNotices } from './scripts/notices/vite-plugin.ts';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/** The app's one CSP (electron/main/csp.ts), also as a meta tag in index.html. */
function cspMetaTag(): Plugin {
  return {
    name: 'mdn-csp-meta',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}

/** Cuts the language-name fonts (scripts/fonts/autonym-fonts.ts) and the CJK locales' fonts
 * (scripts/fonts/ui-fonts.ts) before the renderer's modules are read; the renderer imports
 * `@autonym-fonts/autonyms.json` and `@ui-fonts/<family>.json`, the fonts' bytes. */
const AUTONYM_FONTS = fileURLToPath(new URL('./out/autonym-fonts', import.meta.url));
const UI_FONTS = fileURLToPath(new URL('./out/ui-fonts', import.meta.url));
function cutFonts(): Plugin {
  return {
    name: 'mdn-cut-fonts',
    buildStart: () => Promise.all([writeAutonymFonts(AUTONYM_FONTS), writeUiFonts(UI_FONTS)]).then(() => undefined),
    // The first screen's fonts are announced in the page itself, so they arrive while the
    // code is still starting instead of after it (they were the last thing it waited for).
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle) return;
        // Noto Sans, for the words and the names of languages written in its scripts (the
        // other names' fonts are inside the script: renderer/i18n/fontBytes.ts).
        const wanted = new Set(firstScreenBaseFonts());
        return Object.values(ctx.bundle)
          .filter((a) => a.type === 'asset' && a.originalFileNames.some((n) => wanted.has(path.basename(n))))
          .map((a) => ({ tag: 'link', attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: '', href: `./${a.fileName}` }, injectTo: 'head' as const }));
      },
    },
  };
}

// The renderer bundle. It is loaded from app:// in Electron and from 127.0.0.1 in preview,
// so asset URLs are relative. Nothing is inlined as a data: URL: fonts come from the app's
// own origin (CSP font-src 'self'), or, for the cut fonts, as bytes in its own script.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), cspMetaTag(), cutFonts(), ...thirdPartyNotices()],
  resolve: { alias: [{ find: '@autonym-fonts', replacement: AUTONYM_FONTS }, { find: '@ui-fonts', replacement: UI_FONTS }] },
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  build: { outDir: fileURLToPath(new URL('./out/renderer', import.meta.url)), emptyOutDir: true, sourcemap: false, assetsInlineLimit: 0, chunkSizeWarningLimit: 2000 },
});
