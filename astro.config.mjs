// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import frenchTypography from './src/integrations/french-typography.ts';
import searchIndex from './src/integrations/search-index.ts';
import serviceWorker from './src/integrations/service-worker.ts';

export default defineConfig({
  // PARLONS_EN_DIST builds elsewhere than dist/ (the start test does, so it
  // never replaces the site other browser tests are reading).
  outDir: process.env.PARLONS_EN_DIST ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    defaultLocale: 'fr',
    locales: ['fr'],
    routing: { prefixDefaultLocale: false },
  },
  // Typography runs before the search index, which reads the final pages.
  integrations: [mdx(), frenchTypography(), searchIndex(), serviceWorker()],
  // No prefetching, no third-party anything: pages are plain HTML and CSS.
  prefetch: false,
  devToolbar: { enabled: false },
});
