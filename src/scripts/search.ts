/**
 * Search on /recherche/, on Pagefind's JS API. Nothing loads until the
 * reader focuses the box or arrives with ?q=…; the index is fetched from
 * this site only. French elisions are split in the query as in the index.
 */
import { splitElisions } from '../lib/search-text';
import { uiStrings } from './ui-strings';

interface PagefindResult {
  data: () => Promise<{
    url: string;
    excerpt: string;
    meta: Record<string, string>;
    filters: Record<string, string[]>;
  }>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (
    term: string,
    o?: { filters?: Record<string, string[]> },
  ) => Promise<{ results: PagefindResult[] } | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

const FILTERS = ['type', 'niveau', 'theme'] as const;
/** Results shown at first: each one fetches a small fragment of the index. */
const PAGE = 8;

export function startSearch(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search]');
  if (!form) return;
  const input = form.querySelector<HTMLInputElement>('[data-search-input]')!;
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
  const filterBox = form.querySelector<HTMLElement>('[data-search-filters]')!;
  const t = uiStrings();
  const say = (key: string, count?: number) => t(key, { count: count ?? '', query: input.value.trim() });

  let engine: Promise<Pagefind | null> | undefined;
  const load = () =>
    (engine ??= (async () => {
      try {
        const url = new URL('/pagefind/pagefind.js', location.href).href;
        const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
        await pagefind.options({ excerptLength: 24 });
        await pagefind.init();
        buildFilters(await pagefind.filters());
        return pagefind;
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
      const values = Object.keys(available[name] ?? {}).sort((a, b) => a.localeCompare(b, 'fr'));
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
        label.append(box, ` ${value}`);
        fieldset.append(label);
      }
      filterBox.append(fieldset);
    }
    filterBox.hidden = filterBox.childElementCount === 0;
  }

  // "Plus de résultats" fetches the next fragments only when asked.
  const more = document.createElement('button');
  more.type = 'button';
  more.className = 'button';
  more.hidden = true;
  more.textContent = say('search.more');
  list.after(more);
  let shown = PAGE;
  more.addEventListener('click', () => {
    shown += PAGE;
    void run(false);
  });

  let latest = 0;
  async function run(fresh = true) {
    if (fresh) shown = PAGE;
    const query = input.value.trim();
    const ticket = ++latest;
    const params = new URLSearchParams(location.search);
    if (query) params.set('q', query);
    else params.delete('q');
    history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const pagefind = await load();
    if (!pagefind || ticket !== latest) return;
    const search = await pagefind.search(splitElisions(query), { filters: chosen() });
    if (!search || ticket !== latest) return;
    const data = await Promise.all(search.results.slice(0, shown).map((r) => r.data()));
    if (ticket !== latest) return;
    more.hidden = search.results.length <= shown;
    list.replaceChildren(
      ...data.map((d) => {
        const item = document.createElement('li');
        const type = document.createElement('p');
        type.className = 'search-result__type';
        type.textContent = [d.filters['type']?.[0], d.filters['niveau']?.[0]].filter(Boolean).join(' · ');
        const link = document.createElement('a');
        link.href = d.url;
        link.textContent = d.meta['title'] ?? d.url;
        const heading = document.createElement('h2');
        heading.append(link);
        const excerpt = document.createElement('p');
        excerpt.innerHTML = d.excerpt; // Pagefind escapes the text and adds only <mark>.
        item.append(type, heading, excerpt);
        return item;
      }),
    );
    status.textContent =
      search.results.length === 0
        ? say('search.none')
        : say(
            search.results.length === 1 ? 'search.results.one' : 'search.results.other',
            search.results.length,
          );
  }

  input.addEventListener('focus', () => void load(), { once: true });
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
