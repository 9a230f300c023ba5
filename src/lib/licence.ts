/**
 * The project's licences and the attribution line a reuser copies. Code is
 * under MIT (LICENSE); content (workshops/, slides/, illustrations) under
 * CC BY-SA 4.0 (LICENSE-CONTENT.md). The site's address comes from `site` in
 * astro.config.mjs (set SITE_URL when building for a real domain).
 */
export const CONTENT_LICENCE = {
  name: 'CC BY-SA 4.0',
  url: 'https://creativecommons.org/licenses/by-sa/4.0/deed.fr',
} as const;

export const CODE_LICENCE = { name: 'MIT', file: 'LICENSE' } as const;

/** Used when no SITE_URL is given: a reserved domain, so nobody mistakes it for a real one. */
export const PLACEHOLDER_SITE = 'https://parlons-en.example/';

/** The absolute address of a page of the site. */
export function pageAddress(path: string, site: URL | string | undefined): string {
  // The "page not found" page answers any missing address: it cites the home page.
  const page = /^\/404(?:\.html|\/)?$/.test(path) ? '/' : path;
  return new URL(page, site ?? PLACEHOLDER_SITE).href;
}

/** "D’après Parlons-en, <adresse>, CC BY-SA 4.0": the line to keep in any copy or adaptation. */
export function attribution(siteName: string, address: string): string {
  return `D’après ${siteName}, ${address}, ${CONTENT_LICENCE.name}`;
}
