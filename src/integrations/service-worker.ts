import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  OFFLINE_PAGE,
  PAGE_TIMEOUT_MS,
  SEARCH_FILES_URL,
  assetUrls,
  cacheName,
  precachePages,
  searchFiles,
} from '../lib/offline.ts';

/**
 * Writes dist/sw.js: a small service worker (no library: the site is static
 * and the list of files is known here). On the first visit it caches the
 * shell, every help page, the directory and the parent guides, the offline
 * page, and their assets. Pages are answered from the network, or from the
 * cache when the network fails or takes longer than PAGE_TIMEOUT_MS; a page
 * that is not cached then gets the offline page (help numbers), never the
 * 404. Hashed assets and the search index's chunks are served cache-first. Lessons
 * prepared with "Préparer hors ligne" (and the search index, which it saves
 * too, listed in SEARCH_FILES_URL) are in their own cache.
 */
export default function serviceWorker(): AstroIntegration {
  return {
    name: 'parlons-en:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = await listFiles(root);
        const pages = files
          .filter((f) => f.endsWith('/index.html'))
          .map((f) => f.replace(/index\.html$/, ''));
        const precachedPages = precachePages(pages);
        const assets = new Set<string>();
        const hash = createHash('sha256');
        for (const page of precachedPages) {
          const html = await readFile(fileOf(root, page), 'utf8');
          // The version follows the pages' content too: a corrected phone
          // number on a help page must replace the copy saved on phones.
          hash.update(page).update(html);
          assetUrls(html).forEach((a) => assets.add(a));
        }
        hash.update(files.filter((f) => /^\/(?:_astro|pagefind)\//.test(f)).join('\n'));
        const precache = [...precachedPages, ...[...assets].sort()];
        let bytes = 0;
        for (const url of precache) bytes += (await stat(fileOf(root, url))).size;

        const search = searchFiles(files);
        await writeFile(join(root, SEARCH_FILES_URL), JSON.stringify(search));
        let searchBytes = 0;
        for (const url of search) searchBytes += (await stat(fileOf(root, url))).size;

        const version = hash.digest('hex').slice(0, 12);
        await writeFile(join(root, 'sw.js'), worker(cacheName(version), precache));
        logger.info(
          `${precachedPages.length} pages et ${assets.size} fichiers mis en cache à la première visite (${kb(bytes)}) ; ` +
            `recherche hors ligne : ${search.length} fichiers (${kb(searchBytes)}), enregistrés par « Préparer hors ligne ».`,
        );
      },
    },
  };
}

const kb = (bytes: number) => `${Math.round(bytes / 1024)} Ko`;

function fileOf(root: string, url: string): string {
  return url.endsWith('/') ? join(root, url, 'index.html') : join(root, url);
}

/** Every file of the built site, as URL paths. */
async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => '/' + relative(root, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** The worker's source (exported for its test). */
export function worker(cache: string, precache: string[]): string {
  return `// Parlons-en service worker (generated at build). Everything stays on this device.
const CACHE = ${JSON.stringify(cache)};
const PRECACHE = ${JSON.stringify(precache)};
const PRECACHED = new Set(PRECACHE);
const OFFLINE = ${JSON.stringify(OFFLINE_PAGE)};
// A hung network (connections open, no answer) must not block a saved page.
const TIMEOUT = ${PAGE_TIMEOUT_MS};
// A page that is not saved waits longer for a slow network before the offline page.
const GIVE_UP = 15000;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(PRECACHE)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => /^parlons-en-[0-9a-f]{12}$/.test(k) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms, 'timeout'));

async function page(request, key) {
  const network = fetch(request);
  network.catch(() => {});
  let failed = false;
  try {
    const first = await Promise.race([network, wait(TIMEOUT)]);
    if (first !== 'timeout') {
      if (first.ok && PRECACHED.has(key)) {
        const copy = first.clone();
        caches.open(CACHE).then((c) => c.put(key, copy));
      }
      return first;
    }
  } catch {
    failed = true;
  }
  const hit = await caches.match(key);
  if (hit) return hit;
  if (!failed) {
    try {
      const late = await Promise.race([network, wait(GIVE_UP)]);
      if (late !== 'timeout') return late;
    } catch {}
  }
  if (request.mode === 'navigate') {
    const offline = await caches.match(OFFLINE);
    if (offline) return offline;
  }
  return Response.error();
}

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  const key = url.pathname;
  // Hashed files (the build's assets, the search index's chunks) and images: the cache is always right.
  // Pagefind's own script, worker, entry and engines keep their names across builds: they go to the network first.
  if (/^\\/(?:_astro|images)\\/|^\\/pagefind\\/(?:index|fragment|filter)\\/|^\\/pagefind\\/.*\\.pf_meta$/.test(key)) {
    event.respondWith(
      caches.match(key).then((hit) => hit || fetch(event.request).then((res) => {
        if (res.ok) { const copy = res.clone(); caches.open(CACHE).then((c) => c.put(key, copy)); }
        return res;
      })),
    );
    return;
  }
  event.respondWith(page(event.request, key));
});
`;
}
