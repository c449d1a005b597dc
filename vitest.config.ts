import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Unit and component tests. Browser tests (test/browser, Playwright against the preview
// build) run separately through `npm run test:browser`.
export default defineConfig({
  plugins: [react()],
  resolve: {
    // The fonts the build cuts (vite.config.ts) exist only after a build; jsdom draws no
    // fonts, so component tests get an empty list of them. So do the third-party notices:
    // a line stands in for them.
    alias: [
      { find: /^@ui-fonts\/.*\.json$/, replacement: fileURLToPath(new URL('./test/renderer/no-fonts.json', import.meta.url)) },
      { find: 'virtual:third-party-notices', replacement: fileURLToPath(new URL('./test/renderer/no-notices.ts', import.meta.url)) },
    ],
  },
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/browser/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 20_000,
    // Components render under StrictMode, as in development: effects that do not clean up
    // after themselves show up twice here.
    setupFiles: ['test/renderer/strict-mode.ts'],
  },
});
