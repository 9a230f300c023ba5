/**
 * Offline support, shared by the build (which writes the service worker) and
 * the "Préparer hors ligne" action (which fills the cache from the page).
 */

/** Pages every visitor may need without network: the shell. */
export const SHELL_PAGES = [
  '/',
  '/aide/',
  '/aide/ressources/',
  '/ateliers/',
  '/parents/',
  '/intervenants/',
  '/404.html',
];

/** Same-site assets a page loads (scripts, styles, icons, images), read from its HTML. */
export function assetUrls(html: string): string[] {
  const found = new Set<string>();
  for (const m of html.matchAll(/\s(?:src|href)="(\/(?:_astro|images)\/[^"#?]+|\/favicon\.svg)"/g))
    found.add(m[1]!);
  return [...found].sort();
}

/** Name of the cache for a build, so a new build never serves stale files. */
export function cacheName(version: string): string {
  return `parlons-en-${version}`;
}

/** The cache that "Préparer hors ligne" fills; it outlives new builds of the shell. */
export const LESSONS_CACHE = 'parlons-en-lecons';

/** Scripts a module imports, statically or on demand, resolved against its own URL. */
export function scriptImports(source: string, from: string): string[] {
  const found = new Set<string>();
  for (const m of source.matchAll(/["'`]((?:\.\.?\/|\/_astro\/)[\w./-]+\.js)["'`]/g)) {
    found.add(new URL(m[1]!, new URL(from, 'http://site')).pathname);
  }
  return [...found].sort();
}
