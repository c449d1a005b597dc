import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { REACT_AS_PREACT } from './scripts/preact-compat.ts';

// Unit and component tests. Browser tests (test/browser, Playwright against the preview
// build) run separately through `npm run test:browser`.
export default defineConfig({
  plugins: [react()],
  resolve: {
    // The fonts the build cuts (vite.config.ts) exist only after a build; jsdom draws no
    // fonts, so component tests get an empty list of them. So do the third-party notices:
    // a line stands in for them.
    alias: [
      { find: /^@(ui|autonym)-fonts\/.*\.json$/, replacement: fileURLToPath(new URL('./test/renderer/no-fonts.json', import.meta.url)) },
      { find: 'virtual:third-party-notices', replacement: fileURLToPath(new URL('./test/renderer/no-notices.ts', import.meta.url)) },
      ...REACT_AS_PREACT,
    ],
  },
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/browser/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 20_000,
    // Resolved through the aliases above, as in the build, so react-i18next's `react` is Preact here too.
    server: { deps: { inline: ['react-i18next'] } },
  },
});
