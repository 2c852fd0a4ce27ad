// Builds the corpus pages (tests/e2e/corpus/*.html, their real editors from npm) into .tmp/corpus/,
// served to headless Chromium by corpus.e2e.ts. As tests/e2e/pages/vite.config.ts: React JSX through
// Vite's own transform, one Lexical core.
import { defineConfig } from 'vite';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const corpusDir = fileURLToPath(new URL('.', import.meta.url));
const htmlPages = readdirSync(corpusDir).filter((file) => file.endsWith('.html'));

export default defineConfig({
  root: corpusDir,
  base: './',
  logLevel: 'warn',
  publicDir: false,
  define: { 'process.env.NODE_ENV': JSON.stringify('production'), global: 'globalThis' },
  mode: 'production',
  oxc: { jsx: { runtime: 'automatic', importSource: 'react', development: false } },
  resolve: {
    dedupe: ['react', 'react-dom'],
    alias: [
      {
        find: /^lexical$/,
        replacement: fileURLToPath(
          new URL('../../../node_modules/@lexical/rich-text/node_modules/lexical/dist/Lexical.prod.js', import.meta.url),
        ),
      },
    ],
  },
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('../../../.tmp/corpus/', import.meta.url)),
    emptyOutDir: true,
    minify: false,
    sourcemap: false,
    chunkSizeWarningLimit: 4000,
    rollupOptions: { input: Object.fromEntries(htmlPages.map((file) => [file.replace(/\.html$/, ''), join(corpusDir, file)])) },
  },
});
