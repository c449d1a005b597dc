import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, defineConfig, type Alias, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY } from './electron/main/csp.ts';
import { autonymClasses, firstScreenBaseFaces, firstScreenBaseFonts, writeAutonymFonts } from './scripts/fonts/autonym-fonts.ts';
import type { EmbeddedFace } from './scripts/fonts/cut-fonts.ts';
import { FIRST_SCREEN_ATTRIBUTE, FIRST_SCREEN_FONTS } from './renderer/boot/firstScreen.ts';
import { addFontFaces } from './renderer/i18n/fontBytes.ts';
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
/** The classes that give each language name its cut font (main.tsx imports them). */
const AUTONYM_CSS = 'virtual:autonym-classes.css';
const AUTONYM_CSS_ID = '\0autonym-classes.css';

/** The first screen is prerendered HTML, and it waits for every font its words and language
 * names use. As font files they were 24 requests, six at a time, then the screen was laid
 * out twice: once in the system's fallback fonts for 30 scripts (~25 ms on a 2-core PC),
 * and again when they came (npm run bench). So the ~20 language-name cuts and the few Noto
 * Sans faces that screen draws with come as bytes, in one classic script in the page's
 * head that adds them (addFontFaces) before the first layout: one layout, in its own fonts,
 * and CSP unchanged (script-src 'self'; no font is fetched). Those Noto Sans faces leave
 * the stylesheet; every other font stays a file, fetched when a language needs it. */
const FIRST_SCREEN_FONT_FILES = new Set(firstScreenBaseFonts());

/** The @font-face rules that name one of `files`, out of `css`; and the files they named. */
function withoutFontFaces(css: string, files: ReadonlySet<string>): { css: string; named: Set<string> } {
  const named = new Set<string>();
  const rest = css.replace(/@font-face\s*\{[^}]*\}/g, (rule) => {
    const urls = [...rule.matchAll(/url\(["']?\.\/([^)"']+)["']?\)/g)].map((m) => m[1]!);
    if (!urls.some((u) => files.has(u))) return rule;
    urls.forEach((u) => named.add(u));
    return '';
  });
  return { css: rest, named };
}

function cutFonts(): Plugin {
  let autonyms = '';
  return {
    name: 'mdn-cut-fonts',
    async buildStart() {
      [autonyms] = await Promise.all([writeAutonymFonts(AUTONYM_FONTS), writeUiFonts(UI_FONTS)]);
      const faces = [...JSON.parse(readFileSync(autonyms, 'utf8')) as EmbeddedFace[], ...firstScreenBaseFaces()];
      this.emitFile({ type: 'asset', fileName: FIRST_SCREEN_FONTS, source: `(${addFontFaces.toString()})(${JSON.stringify(faces)});\n` });
    },
    resolveId: (id) => (id === AUTONYM_CSS ? AUTONYM_CSS_ID : null),
    load: (id) => (id === AUTONYM_CSS_ID ? autonymClasses() : null),
    transformIndexHtml: () => [{ tag: 'script', attrs: { src: `./${FIRST_SCREEN_FONTS}` }, injectTo: 'head' }],
    // Those Noto Sans faces out of the stylesheet, and their files out of the app.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const assets = Object.values(bundle).filter((a) => a.type === 'asset');
        const inScript = new Set(assets.filter((a) => a.originalFileNames.some((n) => FIRST_SCREEN_FONT_FILES.has(path.basename(n)))).map((a) => path.basename(a.fileName)));
        const named = new Set<string>();
        for (const sheet of assets.filter((a) => a.fileName.endsWith('.css'))) {
          const stripped = withoutFontFaces(String(sheet.source), inScript);
          sheet.source = stripped.css;
          stripped.named.forEach((f) => named.add(f));
        }
        if (named.size < inScript.size) throw new Error(`first-screen fonts: not every face left the stylesheet (${[...inScript].filter((f) => !named.has(f)).join(', ')})`);
        for (const file of named) delete bundle[`assets/${file}`];
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
// own origin (CSP font-src 'self'), or as bytes in its own scripts (the first screen's, and
// the CJK locales' cut fonts).
const RENDERER = fileURLToPath(new URL('./renderer', import.meta.url));
const ALIASES: Alias[] = [{ find: '@ui-fonts', replacement: UI_FONTS }];
const DEFINE = { __APP_VERSION__: JSON.stringify(pkg.version) };

/** The code the app starts with (boot/start.tsx and all it imports) is one chunk. Split by
 * which later screens share each module, it was a dozen small files requested together
 * after the first paint, six at a time (npm run bench). Left to the default split: what
 * the page's entry (main.tsx) imports itself, and the rules module, whose files are
 * tree-shaken (the first screen uses only its vocabulary; the later screens the rest). */
const START_UP = path.join(RENDERER, 'boot', 'start.tsx');
const ENTRY = path.join(RENDERER, 'main.tsx');
type ModuleGraph = { getModuleInfo(id: string): { importedIds: readonly string[] } | null };
/** `from` and the modules it imports, directly or not, leaving out the rules module. */
function importedOutsideRules(from: string, graph: ModuleGraph): Set<string> {
  const found = new Set<string>([from]);
  for (const id of found) {
    for (const next of graph.getModuleInfo(id)?.importedIds ?? []) if (!RULES_MODULE.test(next)) found.add(next);
  }
  return found;
}
/** Both module sets, walked once per chunking pass (the bundler asks about every module). */
const walked = new WeakMap<ModuleGraph, { startUp: Set<string>; entry: Set<string> }>();
function startUpChunk(id: string, graph: ModuleGraph): string | null {
  if (!walked.has(graph)) walked.set(graph, { startUp: importedOutsideRules(START_UP, graph), entry: importedOutsideRules(ENTRY, graph) });
  const { startUp, entry } = walked.get(graph)!;
  if (!startUp.has(id)) return null;
  // Shared with the entry (Vite's preload helper): a small chunk of its own, or the entry
  // would import the whole start-up chunk, and run it, before the first paint.
  return entry.has(id) ? 'entry-shared' : 'start';
}

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
    rollupOptions: {
      treeshake: { moduleSideEffects: (id: string) => !RULES_MODULE.test(id) },
      output: { codeSplitting: { groups: [{ name: startUpChunk, debugName: 'start-up chunk' }] } },
    },
  },
});
