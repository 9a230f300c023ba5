// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import frenchTypography from './src/integrations/french-typography.ts';
import searchIndex from './src/integrations/search-index.ts';
import serviceWorker from './src/integrations/service-worker.ts';
import { PLACEHOLDER_SITE } from './src/lib/licence.ts';

if (!process.env.SITE_URL)
  console.warn(
    `SITE_URL absent : les mentions de licence citent ${PLACEHOLDER_SITE}. Construire avec SITE_URL=https://… pour le vrai domaine.`,
  );

export default defineConfig({
  // PARLONS_EN_DIST builds elsewhere than dist/ (the start test does, so it
  // never replaces the site other browser tests are reading).
  outDir: process.env.PARLONS_EN_DIST ?? './dist',
  // The site's public address, used in the licence attribution on every page and
  // downloaded file. No domain is chosen yet: build with SITE_URL=https://… to set it;
  // without it, a reserved placeholder (.example) is used and the build says so.
  site: process.env.SITE_URL ?? PLACEHOLDER_SITE,
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
