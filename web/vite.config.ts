import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webDir = fileURLToPath(new URL('.', import.meta.url));

/** The UI is a static bundle in web/dist that `warta serve` hosts at /; in dev, /api goes to a running server. */
export default defineConfig({
  root: webDir,
  base: './',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 700,
  },
  server: {
    proxy: { '/api': process.env.WARTA_API ?? 'http://127.0.0.1:8790' },
  },
});
