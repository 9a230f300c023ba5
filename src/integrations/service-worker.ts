import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHELL_PAGES, assetUrls, cacheName } from '../lib/offline.ts';

/**
 * Writes dist/sw.js: a small service worker (no library: the site is static
 * and the list of files is known here) that precaches the shell pages and
 * their assets, answers pages network-first with the cache as fallback, and
 * hashed assets cache-first. Lessons prepared with "Préparer hors ligne" are
 * in the same cache, so they open offline too.
 */
export default function serviceWorker(): AstroIntegration {
  return {
    name: 'parlons-en:service-worker',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        const assets = new Set<string>();
        for (const page of SHELL_PAGES) {
          const file = page.endsWith('/') ? join(root, page, 'index.html') : join(root, page);
          assetUrls(await readFile(file, 'utf8')).forEach((a) => assets.add(a));
        }
        const files = (await readdir(join(root, '_astro'))).sort().join('\n');
        const version = createHash('sha256').update(files).digest('hex').slice(0, 12);
        const precache = [...SHELL_PAGES, ...assets];
        await writeFile(join(root, 'sw.js'), worker(cacheName(version), precache));
      },
    },
  };
}

function worker(cache: string, precache: string[]): string {
  return `// Parlons-en service worker (generated at build). Everything stays on this device.
const CACHE = ${JSON.stringify(cache)};
const PRECACHE = ${JSON.stringify(precache)};

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

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  const key = url.pathname;
  if (key.startsWith('/_astro/') || key.startsWith('/pagefind/') || key.startsWith('/images/')) {
    // Hashed or versioned files: the cache is always right.
    event.respondWith(
      caches.match(key).then((hit) => hit || fetch(event.request).then((res) => {
        if (res.ok) { const copy = res.clone(); caches.open(CACHE).then((c) => c.put(key, copy)); }
        return res;
      })),
    );
    return;
  }
  // Pages: the network first (fresh content), the cache when offline.
  event.respondWith(
    fetch(event.request).catch(() =>
      caches.match(key).then((hit) => hit || caches.match('/404.html')),
    ),
  );
});
`;
}
