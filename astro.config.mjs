// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentCheck } from './src/integrations/content-check.ts';
import { siteAddress } from './src/integrations/site-address.ts';
import { postBuild } from './src/integrations/post-build.ts';
import { baseFromEnv, siteFromEnv } from './src/lib/site-address.ts';

// SITE and BASE set the public address and base path, e.g. SITE=https://example.org BASE=/lnob/.
// Without SITE the build publishes no address at all (never a localhost one): see README, "Deployment".
const site = siteFromEnv(process.env.SITE);
const base = baseFromEnv(process.env.BASE);

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  // OUT_DIR lets the tests build a second copy (e.g. under a base path) without touching dist/.
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // postBuild last: it works on the pages the others helped write.
  integrations: [siteAddress(), contentCheck(), mdx(), postBuild()],
  markdown: { syntaxHighlight: false },
  // No module-preload helper: the only dynamic import (search) loads a single chunk. No inline scripts
  // (assetsInlineLimit 0): every page then carries the same policy, which public/_headers repeats.
  vite: {
    // Drafts Lightning CSS parses only when asked: @custom-media (src/styles/media.css) and the scroll
    // navigation controls' :target-current (the part contents marking the section being read).
    css: { transformer: 'lightningcss', lightningcss: { drafts: { customMedia: true, scrollNavigationControls: true } } },
    build: { modulePreload: false, assetsInlineLimit: 0 },
    environments: { client: { build: { modulePreload: false, assetsInlineLimit: 0 } } },
  },
  devToolbar: { enabled: false },
  // What `astro preview` (npm start, the browser tests) sends with every file, as a host should (public/_headers).
  server: { headers: { 'X-Content-Type-Options': 'nosniff' } },
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
