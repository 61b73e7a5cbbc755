import { defineConfig } from 'vite';

export default defineConfig({
  root: 'ui',
  publicDir: false,
  server: { port: 5173, strictPort: false },
  build: { outDir: '../dist', emptyOutDir: true, target: 'es2022' },
  worker: { format: 'es' },
});
