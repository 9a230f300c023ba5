/**
 * Search on /recherche/, on Pagefind's JS API. Nothing loads until the
 * reader focuses the box or arrives with ?q=…; the index is fetched from
 * this site only. French elisions are split in the query as in the index.
 * Results are re-ranked by kind of page (src/lib/search-rank.ts) before any
 * fragment is fetched, and each one is shown as soon as its fragment arrives.
 */
import { rankResults, type Ranked } from '../lib/search-rank';
import { cleanExcerpt, joinElisions, SEARCH_TERMS_META, splitElisions } from '../lib/search-text';
import { uiStrings } from './ui-strings';

interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results?: SubResult[];
}
interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: { balanced_score: number }[];
}
/** How well a section matches: a word in its heading counts more than in its text. */
const sectionScore = (s: SubResult) =>
  (s.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  preload: (term: string, o?: { filters?: Record<string, string[]> }) => Promise<void>;
  search: (
    term: string,
    o?: { filters?: Record<string, string[]> },
  ) => Promise<{ results: PagefindResult[] } | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}
interface Engine {
  pagefind: Pagefind;
  /** Result id → page address, written by the index build (pages.json). */
  pages: Record<string, string>;
}

const FILTERS = ['type', 'niveau', 'theme'] as const;
/** Results shown at first: each one fetches a small fragment of the index. */
const PAGE = 6;
/** Sections of one page shown under it (a long lesson's "Déroulé", "Ce que dit la loi"…). */
const SUB_RESULTS = 2;

export function startSearch(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search]');
  if (!form) return;
  const input = form.querySelector<HTMLInputElement>('[data-search-input]')!;
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
  const filterPanel = form.querySelector<HTMLDetailsElement>('[data-search-filter-panel]')!;
  const filterBox = form.querySelector<HTMLElement>('[data-search-filters]')!;
  const t = uiStrings();
  const say = (key: string, count?: number) => t(key, { count: count ?? '', query: input.value.trim() });

  let engine: Promise<Engine | null> | undefined;
  const load = () =>
    (engine ??= (async () => {
      try {
        // A URL built at run time: Vite must not try to bundle the index.
        const engineUrl = new URL('/pagefind/pagefind.js', location.href).href;
        const pagesUrl = new URL('/pagefind/pages.json', location.href).href;
        const [pagefind, pages] = await Promise.all([
          import(/* @vite-ignore */ engineUrl) as Promise<Pagefind>,
          fetch(pagesUrl).then((r) => r.json() as Promise<Record<string, string>>),
        ]);
        // searchTerms (a meta field) count like a title: the words people type.
        // No worker: at this size the search is quick on the main thread, and the
        // worker would be one more script (12 KB gz) to fetch before the first result.
        await pagefind.options({
          noWorker: true,
          excerptLength: 22,
          ranking: { metaWeights: { [SEARCH_TERMS_META]: 6 } },
        });
        await pagefind.init();
        return { pagefind, pages };
      } catch {
        status.textContent = say(import.meta.env.DEV ? 'search.dev' : 'search.error');
        return null;
      }
    })());

  const chosen = (): Record<string, string[]> => {
    const filters: Record<string, string[]> = {};
    for (const name of FILTERS) {
      const values = [...filterBox.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map(
        (i) => i.value,
      );
      if (values.length > 0) filters[name] = values;
    }
    return filters;
  };

  function buildFilters(available: Record<string, Record<string, number>>) {
    for (const name of FILTERS) {
      const values = Object.keys(available[name] ?? {}).sort((a, b) =>
        a.localeCompare(b, 'fr', { numeric: true }),
      );
      if (values.length < 2) continue;
      const fieldset = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = say(`search.filter.${name}`);
      fieldset.append(legend);
      for (const value of values) {
        const label = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.name = name;
        box.value = value;
        label.append(box, ` ${joinElisions(value)}`);
        fieldset.append(label);
      }
      filterBox.append(fieldset);
    }
    filterPanel.hidden = filterBox.childElementCount === 0;
  }

  // "Plus de résultats" fetches the next fragments only when asked.
  const more = document.createElement('button');
  more.type = 'button';
  more.className = 'button';
  more.hidden = true;
  more.textContent = say('search.more');
  list.after(more);
  let shown = PAGE;
  let ranked: Ranked<PagefindResult>[] = [];
  more.addEventListener('click', () => {
    const from = shown;
    shown += PAGE;
    show(ranked.slice(from, shown), latest);
    more.hidden = ranked.length <= shown;
  });

  function resultItem(d: PagefindData, info: Ranked<PagefindResult>['info']): HTMLLIElement {
    const item = document.createElement('li');
    const type = document.createElement('p');
    type.className = 'search-result__type';
    const audience = info.audience ? say(`flow.audience.${info.audience}`) : undefined;
    type.textContent = [d.filters['type']?.[0], d.filters['niveau']?.[0], audience]
      .filter(Boolean)
      .map((s) => joinElisions(s!))
      .join(' · ');
    const link = document.createElement('a');
    link.href = d.url;
    link.textContent = joinElisions(d.meta['title'] ?? d.url);
    const heading = document.createElement('h2');
    heading.append(link);
    const excerpt = document.createElement('p');
    excerpt.className = 'search-result__excerpt';
    excerpt.innerHTML = cleanExcerpt(d.excerpt); // Pagefind escapes the text and adds only <mark>.
    item.append(type, heading, excerpt);
    // The sections where the words appear most, each opening at its heading.
    const sections = (d.sub_results ?? [])
      .filter((s) => s.url.includes('#') && s.title !== d.meta['title'])
      .sort((a, b) => sectionScore(b) - sectionScore(a))
      .slice(0, SUB_RESULTS);
    if (sections.length > 0) {
      const sub = document.createElement('ul');
      sub.className = 'search-result__sections';
      for (const s of sections) {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = s.url;
        a.textContent = joinElisions(s.title);
        li.append(a);
        sub.append(li);
      }
      item.append(sub);
    }
    return item;
  }

  /** Appends one placeholder per result, in rank order, and fills each as its fragment arrives. */
  function show(batch: Ranked<PagefindResult>[], ticket: number) {
    for (const r of batch) {
      const slot = document.createElement('li');
      slot.className = 'search-result--pending';
      slot.setAttribute('aria-hidden', 'true');
      list.append(slot);
      void r.result.data().then((d) => {
        if (ticket !== latest) return;
        slot.replaceWith(resultItem(d, r.info));
      });
    }
  }

  let latest = 0;
  let filtersBuilt: Promise<void> | undefined;
  async function run() {
    shown = PAGE;
    const query = input.value.trim();
    const ticket = ++latest;
    const params = new URLSearchParams(location.search);
    if (query) params.set('q', query);
    else params.delete('q');
    history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
    if (!query) {
      list.replaceChildren();
      list.removeAttribute('aria-busy');
      more.hidden = true;
      status.textContent = '';
      return;
    }
    // Visible from the first keystroke, until the results replace it.
    status.textContent = say('search.loading');
    list.setAttribute('aria-busy', 'true');
    const loaded = await load();
    if (!loaded || ticket !== latest) return;
    const search = await loaded.pagefind.search(splitElisions(query), { filters: chosen() });
    if (!search || ticket !== latest) return;
    ranked = rankResults(search.results, (id) => loaded.pages[id], query);
    list.replaceChildren();
    list.removeAttribute('aria-busy');
    show(ranked.slice(0, shown), ticket);
    more.hidden = ranked.length <= shown;
    // Filters are built after the first results, off the first search's path.
    filtersBuilt ??= loaded.pagefind.filters().then(buildFilters);
    status.textContent =
      ranked.length === 0
        ? say('search.none')
        : say(ranked.length === 1 ? 'search.results.one' : 'search.results.other', ranked.length);
  }

  const warm = () => void load();
  input.addEventListener('focus', warm, { once: true });
  input.addEventListener('pointerdown', warm, { once: true });
  input.addEventListener('input', () => void run());
  filterBox.addEventListener('change', () => void run());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void run();
  }
}
