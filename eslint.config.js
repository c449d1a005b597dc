// Lint = code quality + the app's process boundaries. Each boundary rule has a test in
// test/lint/ that lints a forbidden snippet with this very config and expects an error.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';
import local from './.eslint/plugin.js';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'test-results/', 'playwright-report/', 'test/artifacts/', 'bench/results*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { local },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Renderer: browser code only. It reaches the main process through window.api (the
    // typed IPC contract) and may import that contract's *types*, nothing else of electron/.
    files: ['renderer/**/*.{ts,tsx}', 'renderer/public/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', {
        paths: nodeBuiltins.map((name) => ({ name, message: 'The renderer runs sandboxed in Chromium: no Node built-ins.' }))
          .concat([{ name: 'electron', message: 'The renderer talks to the main process only through window.api (electron/ipc-contract.ts).' }]),
        patterns: [
          { group: ['**/electron/main/**', '**/electron/preload/**'], message: 'The renderer may import only the IPC contract types from electron/.' },
          { group: ['**/rules/**', '!**/rules/index.ts'], message: 'The renderer imports rules/ through its one entry, rules/index.ts.' },
          { group: ['**/scripts/**'], message: 'The renderer imports nothing from scripts/ (build tools import the renderer, not the other way round).' },
        ],
      }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: { 'local/no-network-in-main': 'error' },
  },
  {
    files: ['rules/engine/**/*.ts', 'rules/schema/**/*.ts'],
    rules: { 'local/rules-engine-pure': 'error' },
  },
);
