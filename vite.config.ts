import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, defineConfig, type Alias, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY } from './electron/main/csp.ts';
import { autonymStylesheet, firstScreenBaseFonts, writeAutonymFonts } from './scripts/fonts/autonym-fonts.ts';
import type { EmbeddedFace } from './scripts/fonts/cut-fonts.ts';
import { FIRST_SCREEN_ATTRIBUTE } from './renderer/boot/firstScreen.ts';
import { writeUiFonts } from './scripts/fonts/ui-fonts.ts';
import { thirdPartyNotices } from './scripts/notices/vite-plugin.ts';

/** A file of the rules module (rules/*.ts or its JSON data). */
const RULES_MODULE = /[\\/]rules[\\/].*\.(ts|json)$/;

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
 * `@ui-fonts/<family>.json`, the CJK cuts' bytes. */
const AUTONYM_FONTS = fileURLToPath(new URL('./out/autonym-fonts', import.meta.url));
const UI_FONTS = fileURLToPath(new URL('./out/ui-fonts', import.meta.url));
/** The language names' fonts, as files named by one stylesheet in the page's head: the
 * first screen is painted from prerendered HTML before any script runs. Fixed names, not
 * hashes: the app sends every file no-store. */
const AUTONYM_CSS = 'assets/autonym-fonts.css';
/** A family is cut from several of its files (one per unicode range): one file per cut,
 * named after the font package it is cut from ("noto-sans-arabic-autonym-8.woff2"), as the
 * third-party notices name files. */
const autonymFontFiles = (faces: readonly EmbeddedFace[]) => new Map(faces.map((face, i) => {
  const source = face.family.replace(/ Autonym$/, '').replace(/ Variable$/, '');
  return [face, `${source.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-autonym-${i}.woff2`];
}));
const fontPreload = (href: string) => ({ tag: 'link', attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: '', href }, injectTo: 'head' as const });

function cutFonts(): Plugin {
  let autonymFiles = new Map<EmbeddedFace, string>();
  return {
    name: 'mdn-cut-fonts',
    async buildStart() {
      const [autonyms] = await Promise.all([writeAutonymFonts(AUTONYM_FONTS), writeUiFonts(UI_FONTS)]);
      if (this.meta.watchMode) return;
      autonymFiles = autonymFontFiles(JSON.parse(readFileSync(autonyms, 'utf8')) as EmbeddedFace[]);
      for (const [face, file] of autonymFiles) this.emitFile({ type: 'asset', fileName: `assets/${file}`, source: Buffer.from(face.woff2, 'base64') });
      this.emitFile({ type: 'asset', fileName: AUTONYM_CSS, source: autonymStylesheet([...autonymFiles.keys()], (face) => `./${autonymFiles.get(face)}`) });
    },
    // The first screen's fonts are announced in the page itself, so they arrive with the
    // page instead of after the code that would ask for them.
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle) return;
        // Noto Sans, for the words and the names of languages written in its scripts.
        const wanted = new Set(firstScreenBaseFonts());
        const noto = Object.values(ctx.bundle)
          .filter((a) => a.type === 'asset' && a.originalFileNames.some((n) => wanted.has(path.basename(n))))
          .map((a) => fontPreload(`./${a.fileName}`));
        return [
          ...noto,
          ...[...autonymFiles.values()].map((file) => fontPreload(`./assets/${file}`)),
          { tag: 'link', attrs: { rel: 'stylesheet', href: `./${AUTONYM_CSS}` }, injectTo: 'head' as const },
        ];
      },
    },
  };
}

/** Renders the first screen into index.html once the bundle is written (renderer/boot/):
 * it is painted before any script runs, and boot/start.tsx hydrates it. The renderer's
 * modules are built for Node by Vite itself (an SSR build, so they resolve as in the
 * bundle) into out/prerender, next to node_modules for react and i18next, then run once. */
const PRERENDER_OUT = fileURLToPath(new URL('./out/prerender', import.meta.url));
/** The About screen's notices chunk is the renderer build's to write; the first screen never shows it. */
const noNoticesInThePrerender = (): Plugin => ({
  name: 'mdn-prerender-no-notices',
  resolveId: (id) => (id === 'virtual:third-party-notices' ? '\0prerender-notices' : null),
  load: (id) => (id === '\0prerender-notices' ? 'export default "";' : null),
});
/** Runs the built prerender in a Node process of its own, in production mode: a process
 * that already loaded React in another mode (a test runner's) would mix the two. */
function renderInNode(moduleUrl: string): { html: string; key: string } {
  const run = spawnSync(process.execPath, ['--input-type=module', '-e',
    `const { renderFirstScreen } = await import(${JSON.stringify(moduleUrl)}); process.stdout.write(JSON.stringify(renderFirstScreen()));`,
  ], { encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' }, maxBuffer: 16 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`prerendering the first screen failed: ${run.stderr.trim().split('\n')[0]}`);
  return JSON.parse(run.stdout) as { html: string; key: string };
}

function prerenderFirstScreen(): Plugin {
  return {
    name: 'mdn-prerender-first-screen',
    apply: (config) => !config.build?.ssr,
    async writeBundle(options) {
      await build({
        configFile: false, root: RENDERER, base: './', logLevel: 'error',
        plugins: [react(), noNoticesInThePrerender()], resolve: { alias: ALIASES }, define: DEFINE,
        build: {
          ssr: 'boot/prerender.tsx', outDir: PRERENDER_OUT, emptyOutDir: true,
          // The CJK cuts load on a switch to Chinese or Korean, never on the first screen.
          rollupOptions: { external: [/^@ui-fonts\//], output: { entryFileNames: 'prerender.js' } },
        },
      });
      try {
        const { html, key } = renderInNode(pathToFileURL(path.join(PRERENDER_OUT, 'prerender.js')).href);
        const file = path.join(options.dir!, 'index.html');
        const page = readFileSync(file, 'utf8');
        const empty = '<div id="root"></div>';
        if (!page.includes(empty)) throw new Error(`prerender: ${empty} not found in index.html`);
        const attribute = `${FIRST_SCREEN_ATTRIBUTE}="${key.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`;
        writeFileSync(file, page.replace(empty, `<div id="root" ${attribute}>${html}</div>`));
      } finally {
        rmSync(PRERENDER_OUT, { recursive: true, force: true });
      }
    },
  };
}

// The renderer bundle. It is loaded from app:// in Electron and from 127.0.0.1 in preview,
// so asset URLs are relative. Nothing is inlined as a data: URL: fonts come from the app's
// own origin (CSP font-src 'self'), or, for the CJK locales' cut fonts, as bytes in its own script.
const RENDERER = fileURLToPath(new URL('./renderer', import.meta.url));
const ALIASES: Alias[] = [{ find: '@ui-fonts', replacement: UI_FONTS }];
const DEFINE = { __APP_VERSION__: JSON.stringify(pkg.version) };

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), cspMetaTag(), cutFonts(), ...thirdPartyNotices(), prerenderFirstScreen()],
  resolve: { alias: ALIASES },
  define: DEFINE,
  build: {
    outDir: fileURLToPath(new URL('./out/renderer', import.meta.url)), emptyOutDir: true, sourcemap: false, assetsInlineLimit: 0, chunkSizeWarningLimit: 2000,
    // The renderer reaches rules/ through one entry (rules/index.ts) that re-exports it all.
    // Its files have no side effects (a lint rule keeps the engine pure), so a screen gets
    // only what it uses: the first screen, the vocabulary, not the whole engine and zod.
    rollupOptions: { treeshake: { moduleSideEffects: (id: string) => !RULES_MODULE.test(id) } },
  },
});
