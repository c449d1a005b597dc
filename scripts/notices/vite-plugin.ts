// The renderer's build writes the whole app's third-party notices, THIRD_PARTY_NOTICES.txt
// in out/renderer (so inside app.asar). The packaged app has no node_modules: what it ships
// of npm is what its three bundles hold. rollup-plugin-license reads the package.json and
// licence files of every module left in a bundle; main and preload are built again here, in
// memory, for theirs. The fonts are the font files the bundle holds and the families the
// build cuts fonts from (./fonts.ts).
// About shows the same text. The CSP lets the page fetch nothing (connect-src 'none'), so the
// text comes in a chunk of its own, loaded on demand: the module `virtual:third-party-notices`.
// Its text is only known once the bundle is, so the chunk holds a placeholder, filled in here.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import license, { type Dependency } from 'rollup-plugin-license';
import { build, type Plugin } from 'vite';
import { fontNotices, shippedFontPackages } from './fonts.ts';
import { noticesText, type App } from './text.ts';

const REPO = path.resolve(import.meta.dirname, '..', '..');
const NOTICES_FILE = 'THIRD_PARTY_NOTICES.txt';
const MODULE = 'virtual:third-party-notices';
const PLACEHOLDER = '__THIRD_PARTY_NOTICES__';

/** A build fails on a bundled package without a licence, or with one not in this list: a new
 * kind of licence is a decision to make, not a line to add to the notices unread. */
const ALLOWED_LICENCES = '(MIT OR ISC OR BSD-2-Clause OR BSD-3-Clause OR 0BSD OR Apache-2.0)';

/** rollup-plugin-license, handing the packages a build bundles to `found`. */
const packagesOf = (found: (packages: Dependency[]) => void) =>
  license({ cwd: REPO, sourcemap: false, thirdParty: { output: found, allow: { test: ALLOWED_LICENCES, failOnUnlicensed: true, failOnViolation: true } } }) as Plugin;

/** The packages inside main and preload, built as scripts/build-app.ts builds them. */
export async function electronPackages(): Promise<Dependency[]> {
  const found: Dependency[] = [];
  for (const mode of ['production', 'preload']) {
    await build({ root: REPO, configFile: path.join(REPO, 'vite.electron.config.ts'), mode, logLevel: 'silent', plugins: [packagesOf((p) => found.push(...p))], build: { write: false } });
  }
  return found;
}

export function thirdPartyNotices(): Plugin[] {
  let rendererPackages: Dependency[] = [];
  let root = '';
  return [
    packagesOf((p) => { rendererPackages = p; }),
    {
      name: 'mdn-third-party-notices',
      apply: 'build',
      configResolved: (config) => { root = config.root; },
      resolveId: (id) => (id === MODULE ? `\0${MODULE}` : null),
      load: (id) => (id === `\0${MODULE}` ? `export default ${JSON.stringify(PLACEHOLDER)};` : null),
      // After rollup-plugin-license's own generateBundle (the plugin above), which reports the packages.
      async generateBundle(_options, bundle) {
        const app = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as App;
        const files = Object.values(bundle).filter((a) => a.type === 'asset').flatMap((a) => a.originalFileNames.map((f) => path.resolve(root, f)));
        const text = noticesText(app, [...rendererPackages, ...(await electronPackages())], fontNotices(shippedFontPackages(files)));
        this.emitFile({ type: 'asset', fileName: NOTICES_FILE, source: text });
        const chunk = Object.values(bundle).find((c) => c.type === 'chunk' && c.moduleIds.includes(`\0${MODULE}`));
        if (chunk?.type !== 'chunk') throw new Error(`no chunk holds ${MODULE}`);
        // The minifier may have changed the string's quotes.
        const filled = chunk.code.replace(new RegExp(`(["'\`])${PLACEHOLDER}\\1`), () => JSON.stringify(text));
        if (filled === chunk.code) throw new Error(`${chunk.fileName} lost the notices' placeholder`);
        chunk.code = filled;
      },
    },
  ];
}
