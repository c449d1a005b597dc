import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Unit and component tests. Browser tests (test/browser, Playwright against the preview
// build) run separately through `npm run test:browser`.
export default defineConfig({
  plugins: [react()],
  resolve: {
    // The fonts the build cuts (vite.config.ts) exist only after a build; jsdom draws no
    // fonts, so component tests get an empty stylesheet in their place.
    alias: [{ find: /^@(ui|autonym)-fonts\/.*\.css$/, replacement: fileURLToPath(new URL('./test/renderer/no-fonts.css', import.meta.url)) }],
  },
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/browser/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
