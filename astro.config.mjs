// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentCheck } from './src/integrations/content-check.ts';

// SITE and BASE set the deployment URL and base path, e.g. SITE=https://example.org BASE=/lnob/
const site = process.env.SITE ?? 'http://localhost:4321';
const base = process.env.BASE ?? '/';

export default defineConfig({
  site,
  base,
  // OUT_DIR lets the tests build a second copy (e.g. under a base path) without touching dist/.
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [contentCheck(), mdx()],
  markdown: { syntaxHighlight: false },
  // No module-preload helper: the only dynamic import (search) loads a single chunk.
  vite: { build: { modulePreload: false }, environments: { client: { build: { modulePreload: false } } } },
  devToolbar: { enabled: false },
  prefetch: false,
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
