/**
 * Offline support, shared by the build (which writes the service worker) and
 * the "Préparer hors ligne" action (which fills the cache from the page).
 */

/** The page the service worker shows for a page not saved on the device when the network fails. */
export const OFFLINE_PAGE = '/hors-ligne/';

/** Pages every visitor may need without network: the shell. */
export const SHELL_PAGES = [
  '/',
  '/aide/',
  '/aide/ressources/',
  '/ateliers/',
  '/parents/',
  '/intervenants/',
  '/404.html',
  OFFLINE_PAGE,
];

/** Help services listed on the offline page, besides the emergency numbers (ids of resources.yaml). */
export const OFFLINE_HELP_IDS = [
  'child-focus',
  'ecoute-enfants',
  'prevention-suicide-be',
  'e-enfance-3018',
  'allo-119',
  'prevention-suicide-fr',
];

/**
 * How long a page request waits for the network before the service worker
 * answers from the cache: a school's Wi-Fi often accepts connections and then
 * never answers, and a prepared lesson must still open.
 */
export const PAGE_TIMEOUT_MS = 3000;

/**
 * Pages cached on the first visit: the shell, and every help page, the
 * directory and the parent guides, which a family in a crisis may need on a
 * phone without network. `pages` are the built pages' URLs.
 */
export function precachePages(pages: readonly string[]): string[] {
  const wanted = pages.filter((url) => /^\/(aide|parents)\//.test(url));
  return [...new Set([...SHELL_PAGES, ...wanted])].sort();
}

/**
 * Files of the search index the browser needs to search offline (the search
 * page's own script, its worker, the WASM engines, the index, filters and
 * result fragments), without Pagefind's prebuilt UIs, which the site does not
 * use. `files` are paths under /pagefind/.
 */
export function searchFiles(files: readonly string[]): string[] {
  return files
    .filter((f) => f.startsWith('/pagefind/'))
    .filter((f) => !/\/pagefind-(?:ui|component-ui|modular-ui|highlight)\.(?:js|css)$/.test(f))
    .sort();
}

/** Where the build lists the search files, for "Préparer hors ligne". */
export const SEARCH_FILES_URL = '/pagefind-hors-ligne.json';

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
