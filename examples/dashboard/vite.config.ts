import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The example imports the BUILT package: run `npm run build` first.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  resolve: {
    alias: [
      { find: /^popm(\/.*)?$/, replacement: `${resolve(import.meta.dirname, '../../dist')}$1` },
    ],
  },
  build: { outDir: resolve(import.meta.dirname, '../../.tmp/dashboard'), emptyOutDir: true },
  logLevel: 'warn',
});
