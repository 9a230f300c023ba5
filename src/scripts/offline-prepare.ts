/**
 * "Préparer hors ligne": puts a lesson, its deck, scenarios, quizzes, the
 * deck's PDFs when the site has them, the search index, and every file they
 * load, in this browser's cache, then shows what is ready. Nothing leaves the
 * device; the service worker serves the cache when the network is down or
 * does not answer.
 *
 * The PDFs are optional: a site built without Chromium has none, and its
 * lesson links then point at the deck's print view (see src/lib/pdf-links.ts).
 * They are skipped and the panel says so; only a real network failure is
 * reported as one.
 */
import { LESSONS_CACHE, SEARCH_FILES_URL, assetUrls, scriptImports } from '../lib/offline';
import { uiStrings } from './ui-strings';

interface Item {
  url: string;
  label: string;
  /** May be absent from the site (the PDFs). */
  optional?: boolean;
  /** The search page: also saves the search index. */
  search?: boolean;
}
type State = 'true' | 'false' | 'absent';

/** A file the site does not have (the request worked: not the reader's connection). */
class Missing extends Error {}

const root = document.querySelector<HTMLElement>('[data-offline]');
if (root && 'caches' in window && 'serviceWorker' in navigator) {
  const t = uiStrings();
  const items = JSON.parse(root.dataset['offline']!) as Item[];
  const button = root.querySelector<HTMLButtonElement>('button')!;
  const list = root.querySelector<HTMLUListElement>('ul')!;
  const status = root.querySelector<HTMLElement>('[role="status"]')!;
  root.hidden = false;

  // PDFs this build made: `npm run pdf` points the page's links at them.
  const madePdfs = new Set(
    [...document.querySelectorAll<HTMLAnchorElement>('a[data-pdf]')]
      .filter((a) => a.getAttribute('href') === a.dataset['pdf'])
      .map((a) => a.dataset['pdf']!),
  );
  const absent = new Set(items.filter((i) => i.optional && !madePdfs.has(i.url)).map((i) => i.url));

  const show = (ready: Set<string>) => {
    list.replaceChildren(
      ...items.map((item) => {
        const li = document.createElement('li');
        const state: State = ready.has(item.url) ? 'true' : absent.has(item.url) ? 'absent' : 'false';
        const text = { true: t('offline.ready'), false: t('offline.notReady'), absent: t('offline.absent') }[
          state
        ];
        li.textContent = `${state === 'true' ? '✓' : '○'} ${item.label} : ${text}`;
        li.dataset['ready'] = state;
        return li;
      }),
    );
  };

  const cached = async () => {
    const cache = await caches.open(LESSONS_CACHE);
    const ready = new Set<string>();
    for (const item of items) if (await cache.match(item.url)) ready.add(item.url);
    return ready;
  };

  /** Saves a file and, unless `follow` is false, what it loads. */
  async function addWithAssets(cache: Cache, url: string, seen: Set<string>, follow = true) {
    if (seen.has(url)) return;
    seen.add(url);
    const response = await fetch(url, { cache: 'no-cache' });
    if (!response.ok) throw new Missing(url);
    await cache.put(url, response.clone());
    if (!follow) return;
    const type = response.headers.get('content-type') ?? '';
    if (type.includes('html')) {
      for (const asset of assetUrls(await response.text())) await addWithAssets(cache, asset, seen);
    } else if (url.endsWith('.js')) {
      for (const script of scriptImports(await response.text(), url))
        await addWithAssets(cache, script, seen);
    }
  }

  async function addSearch(cache: Cache, seen: Set<string>) {
    const response = await fetch(SEARCH_FILES_URL, { cache: 'no-cache' });
    if (!response.ok) throw new Missing(SEARCH_FILES_URL);
    // The build lists every file search needs; Pagefind's scripts name files it does not ship.
    for (const file of (await response.json()) as string[]) await addWithAssets(cache, file, seen, false);
  }

  button.addEventListener('click', async () => {
    button.disabled = true;
    status.textContent = t('offline.working');
    try {
      const cache = await caches.open(LESSONS_CACHE);
      const seen = new Set<string>();
      for (const item of items) {
        if (absent.has(item.url)) continue;
        try {
          await addWithAssets(cache, item.url, seen);
          if (item.search) await addSearch(cache, seen);
        } catch (error) {
          if (!(error instanceof Missing && item.optional)) throw error;
          absent.add(item.url);
        }
      }
      await navigator.serviceWorker.ready;
      status.textContent = absent.size > 0 ? t('offline.doneWithoutPdf') : t('offline.done');
    } catch (error) {
      status.textContent =
        error instanceof Missing ? t('offline.missing', { url: error.message }) : t('offline.failed');
    }
    show(await cached());
    button.disabled = false;
  });

  void cached().then(show);
}
