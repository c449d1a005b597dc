// The renderer is written against React's API and runs on Preact's compatibility layer
// (preact/compat). On a clinic's old kiosk PC, react-dom was 207 KB of the language
// screen's 364 KB of JavaScript: fetching, compiling and running it was ~35 ms of a
// ~220 ms cold start (npm run bench, 2 cores). The same components run on ~20 KB.
// react-i18next imports `react` too, so the swap is made where modules are resolved, once
// for the build (vite.config.ts) and the component tests (vitest.config.ts); the types
// stay React's (@types/react), which preact/compat implements.
import type { Alias } from 'vite';

export const REACT_AS_PREACT: Alias[] = [
  { find: /^react$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-dev-runtime' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
];
