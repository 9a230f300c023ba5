/**
 * Search, side by side: this site's /recherche/ and Pagefind's own Default
 * UI (the one Starlight ships), on the same built index, in one run. The
 * Default UI page exists only inside the benchmark's browser (a routed
 * address, never written to dist/): it loads pagefind-ui.js and its CSS
 * from the built dist/pagefind/ with default options.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';

export type SearchUi = 'ours' | 'default-ui';

export interface UiTiming {
  ui: SearchUi;
  /** First keystroke → first result on screen, fresh browser cache, one per cold run. */
  coldMs: number[];
  /** Same, engine and index already loaded, one per query. */
  warmMs: { query: string; ms: number }[];
  /** Bytes fetched (compressed) under /pagefind/ for the first search, median of the cold runs. */
  coldBytes: number;
  /** Results on screen for the first query. */
  results: number;
  /** Pagefind's JS API alone in the same page, warm: search + first fragment (the floor of any UI). */
  engineWarmMs?: { query: string; ms: number }[];
}

export const DEFAULT_UI_PATH = '/__bench/pagefind-default-ui/';

const DEFAULT_UI_PAGE = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pagefind Default UI (banc d’essai)</title>
<link href="/pagefind/pagefind-ui.css" rel="stylesheet"></head>
<body><main><div id="search"></div></main>
<script src="/pagefind/pagefind-ui.js"></script>
<script>window.addEventListener('DOMContentLoaded', () => { new PagefindUI({ element: '#search', showSubResults: true }); });</script>
</body></html>`;

const UIS: Record<SearchUi, { path: string; input: string; result: string }> = {
  ours: { path: '/recherche/', input: '[data-search-input]', result: '[data-search-results] > li h2 a' },
  'default-ui': {
    path: DEFAULT_UI_PATH,
    input: '.pagefind-ui__search-input',
    result: '.pagefind-ui__result-link',
  },
};

async function open(browser: Browser, origin: string, ui: SearchUi) {
  // No service worker: the site's offline precache would compete with the
  // search on a first visit, and the Default UI page has none.
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    serviceWorkers: 'block',
  });
  await context.route(`${origin}${DEFAULT_UI_PATH}`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: DEFAULT_UI_PAGE }),
  );
  const page = await context.newPage();
  let bytes = 0;
  const pending: Promise<void>[] = [];
  page.on('response', (r) => {
    if (!new URL(r.url()).pathname.startsWith('/pagefind/')) return;
    // Pagefind's index and WASM come compressed; its JS is compressed by any web host.
    pending.push(
      r
        .body()
        .then((b) => void (bytes += Math.min(b.length, gzipSync(b, { level: 9 }).length)))
        .catch(() => {}),
    );
  });
  await page.goto(origin + UIS[ui].path, { waitUntil: 'networkidle' });
  const before = async () => {
    await Promise.all(pending);
    return bytes;
  };
  return { context, page, bytesSoFar: before };
}

/** Types the query in one input event and waits for a result link that was not there before. */
async function timeQuery(page: Page, ui: SearchUi, query: string): Promise<number> {
  const { input, result } = UIS[ui];
  return page.evaluate(
    async ({ input, result, query }) => {
      const box = document.querySelector<HTMLInputElement>(input)!;
      const old = new Set(document.querySelectorAll(result));
      const start = performance.now();
      const done = new Promise<number>((resolve) => {
        const check = () => {
          const found = [...document.querySelectorAll(result)].some((el) => !old.has(el));
          if (found) {
            observer.disconnect();
            resolve(performance.now() - start);
          }
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      });
      box.value = query;
      box.dispatchEvent(new Event('input', { bubbles: true }));
      return done;
    },
    { input, result, query },
  );
}

/** The engine the page already loaded (same module instance), without any UI. */
async function timeEngine(page: Page, query: string): Promise<number> {
  return page.evaluate(async (q) => {
    type Engine = { search: (t: string) => Promise<{ results: { data: () => Promise<unknown> }[] }> };
    const url = new URL('/pagefind/pagefind.js', location.href).href;
    const pagefind = (await import(/* @vite-ignore */ url)) as Engine;
    const start = performance.now();
    const found = await pagefind.search(q);
    await found.results[0]?.data();
    return performance.now() - start;
  }, query);
}

async function clear(page: Page, ui: SearchUi) {
  const { input, result } = UIS[ui];
  await page.locator(input).fill('');
  await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 0, result).catch(() => {});
}

function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** One cold run: a fresh browser context, focus, type the first query; the last run also times the others. */
async function coldRun(
  browser: Browser,
  origin: string,
  ui: SearchUi,
  queries: readonly string[],
  warm: boolean,
) {
  const [first, ...rest] = queries;
  const { context, page, bytesSoFar } = await open(browser, origin, ui);
  try {
    // A reader clicks the box, then types: the focus is part of the cold path for both UIs.
    await page.locator(UIS[ui].input).focus();
    const coldMs = await timeQuery(page, ui, first!);
    await page.waitForLoadState('networkidle');
    const bytes = await bytesSoFar();
    const results = await page.locator(UIS[ui].result).count();
    const warmMs: UiTiming['warmMs'] = [];
    const engineWarmMs: UiTiming['warmMs'] = [];
    if (warm) {
      for (const query of rest) {
        await clear(page, ui);
        warmMs.push({ query, ms: await timeQuery(page, ui, query) });
      }
      if (ui === 'ours')
        for (const query of rest) engineWarmMs.push({ query, ms: await timeEngine(page, query) });
    }
    return { coldMs, bytes, results, warmMs, engineWarmMs };
  } finally {
    await context.close();
  }
}

export interface SearchComparison {
  ours: UiTiming;
  defaultUi: UiTiming;
  summary: {
    coldMs: { ours: number; defaultUi: number; ratio: number };
    warmMs: { ours: number; defaultUi: number; ratio: number };
    coldKb: { ours: number; defaultUi: number; ratio: number };
    /** Median of Pagefind's JS API alone, warm, in our page. */
    engineWarmMs: number;
  };
}

/**
 * Both UIs on the same index; each figure for both and ours ÷ Default UI.
 * Cold runs alternate between the two UIs so that both meet the same load
 * on a shared machine.
 */
export async function compareSearch(
  browser: Browser,
  origin: string,
  queries: readonly string[],
  coldRuns = 5,
): Promise<SearchComparison> {
  const timing = (ui: SearchUi): UiTiming => ({ ui, coldMs: [], warmMs: [], coldBytes: 0, results: 0 });
  const all = { ours: timing('ours'), 'default-ui': timing('default-ui') };
  const bytes: Record<SearchUi, number[]> = { ours: [], 'default-ui': [] };
  for (let run = 0; run < coldRuns; run++) {
    for (const ui of ['default-ui', 'ours'] as const) {
      const r = await coldRun(browser, origin, ui, queries, run === coldRuns - 1);
      all[ui].coldMs.push(r.coldMs);
      bytes[ui].push(r.bytes);
      all[ui].results = r.results;
      if (r.warmMs.length > 0) all[ui].warmMs = r.warmMs;
      if (r.engineWarmMs.length > 0) all[ui].engineWarmMs = r.engineWarmMs;
    }
  }
  const ours = { ...all.ours, coldBytes: medianOf(bytes.ours) };
  const defaultUi = { ...all['default-ui'], coldBytes: medianOf(bytes['default-ui']) };
  const pair = (a: number, b: number) => ({ ours: a, defaultUi: b, ratio: b === 0 ? 0 : a / b });
  return {
    ours,
    defaultUi,
    summary: {
      coldMs: pair(medianOf(ours.coldMs), medianOf(defaultUi.coldMs)),
      warmMs: pair(medianOf(ours.warmMs.map((w) => w.ms)), medianOf(defaultUi.warmMs.map((w) => w.ms))),
      coldKb: pair(ours.coldBytes / 1024, defaultUi.coldBytes / 1024),
      engineWarmMs: medianOf((ours.engineWarmMs ?? []).map((w) => w.ms)),
    },
  };
}
