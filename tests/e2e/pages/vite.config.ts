// Builds the test pages (one real editor each) into .tmp/pages/, served to headless Chromium by
// the e2e tests and the page benchmark. Plain JS/JSX: React JSX goes through Vite's own transform
// (no @vitejs/plugin-react: it conflicts with the Preact preset the extension uses).
import { defineConfig } from 'vite';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const pagesDir = fileURLToPath(new URL('.', import.meta.url));
const htmlPages = readdirSync(pagesDir).filter((file) => file.endsWith('.html'));
const extensionComponents = fileURLToPath(new URL('../../../components/', import.meta.url));

// The extension's own components (caution.html renders them) are Preact, as tsconfig.json says for
// the extension; the editor pages' JSX is React. Give those files Preact's JSX runtime.
const preactComponents = {
  name: 'preact-jsx-for-extension-components',
  enforce: 'pre' as const,
  transform(code: string, id: string) {
    if (!id.startsWith(extensionComponents) || !id.endsWith('.tsx')) return null;
    return { code: `/** @jsxImportSource preact */\n${code}`, map: null };
  },
};

export default defineConfig({
  root: pagesDir,
  base: './',
  logLevel: 'warn',
  publicDir: false,
  define: { 'process.env.NODE_ENV': JSON.stringify('production'), global: 'globalThis' },
  mode: 'production',
  plugins: [preactComponents],
  // Production JSX even when vitest (NODE_ENV=test) runs this build: React's production runtime has no jsxDEV.
  oxc: { jsx: { runtime: 'automatic', importSource: 'react', development: false } },
  resolve: {
    dedupe: ['react', 'react-dom'],
    // package.json holds lexical 0.53 beside @lexical/* 0.52, which each nest their own lexical 0.52:
    // two copies of the core break Lexical. Point every import at the one the plugins were built for.
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
    target: 'es2022', // CKEditor's page awaits at top level
    outDir: fileURLToPath(new URL('../../../.tmp/pages/', import.meta.url)),
    emptyOutDir: true,
    minify: false,
    sourcemap: false,
    chunkSizeWarningLimit: 4000,
    rollupOptions: { input: Object.fromEntries(htmlPages.map((file) => [file.replace(/\.html$/, ''), join(pagesDir, file)])) },
  },
});
