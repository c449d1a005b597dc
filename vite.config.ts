import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer bundle. It is loaded from app:// in Electron and from 127.0.0.1 in preview,
// so asset URLs are relative.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../out/renderer', emptyOutDir: true, sourcemap: false },
});
