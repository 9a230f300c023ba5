/**
 * "Préparer hors ligne": puts a lesson, its deck, scenarios, quizzes and
 * PDFs, and every file they load, in this browser's cache, then shows what
 * is ready. Nothing leaves the device; the service worker serves the cache
 * when the network is down.
 */
import { LESSONS_CACHE, assetUrls, scriptImports } from '../lib/offline';
import { uiStrings } from './ui-strings';

const root = document.querySelector<HTMLElement>('[data-offline]');
if (root && 'caches' in window && 'serviceWorker' in navigator) {
  const t = uiStrings();
  const items = JSON.parse(root.dataset['offline']!) as { url: string; label: string }[];
  const button = root.querySelector<HTMLButtonElement>('button')!;
  const list = root.querySelector<HTMLUListElement>('ul')!;
  const status = root.querySelector<HTMLElement>('[role="status"]')!;
  root.hidden = false;

  const show = (ready: Set<string>) => {
    list.replaceChildren(
      ...items.map((item) => {
        const li = document.createElement('li');
        const ok = ready.has(item.url);
        li.textContent = `${ok ? '✓' : '○'} ${item.label} : ${ok ? t('offline.ready') : t('offline.notReady')}`;
        li.dataset['ready'] = String(ok);
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

  async function addWithAssets(cache: Cache, url: string, seen: Set<string>) {
    if (seen.has(url)) return;
    seen.add(url);
    const response = await fetch(url, { cache: 'no-cache' });
    if (!response.ok) throw new Error(`${url} : ${response.status}`);
    await cache.put(url, response.clone());
    const type = response.headers.get('content-type') ?? '';
    if (type.includes('html')) {
      for (const asset of assetUrls(await response.text())) await addWithAssets(cache, asset, seen);
    } else if (url.endsWith('.js')) {
      for (const script of scriptImports(await response.text(), url))
        await addWithAssets(cache, script, seen);
    }
  }

  button.addEventListener('click', async () => {
    button.disabled = true;
    status.textContent = t('offline.working');
    try {
      const cache = await caches.open(LESSONS_CACHE);
      const seen = new Set<string>();
      for (const item of items) await addWithAssets(cache, item.url, seen);
      await navigator.serviceWorker.ready;
      status.textContent = t('offline.done');
    } catch {
      status.textContent = t('offline.failed');
    }
    show(await cached());
    button.disabled = false;
  });

  void cached().then(show);
}
