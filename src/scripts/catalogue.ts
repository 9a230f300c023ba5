/**
 * Enhances the catalogue: filter chips filter in place and combine a tier
 * with a topic; the URL (?niveau=…&theme=…) keeps the state. Without this
 * script, the chips are links to static filter pages.
 */
import { fromPath, fromQuery, matches, toggle, toQuery, type CatalogueFilter } from '../lib/catalogue-filter';

export function filterLessons(doc: Document): void {
  const root = doc.querySelector<HTMLElement>('[data-catalogue]');
  if (!root) return;
  const cards = [...root.querySelectorAll<HTMLElement>('.lesson-card')];
  const count = root.querySelector<HTMLElement>('[data-count]')!;
  const template = { one: count.dataset.one ?? '', other: count.dataset.other ?? '' };
  const fromUrl = fromQuery(location.search);
  let filter: CatalogueFilter = fromUrl.tier || fromUrl.topic ? fromUrl : fromPath(location.pathname);

  const apply = () => {
    let shown = 0;
    for (const card of cards) {
      const visible = matches({ tier: card.dataset.tier!, topics: card.dataset.topics!.split(' ') }, filter);
      card.hidden = !visible;
      if (visible) shown += 1;
    }
    count.textContent = (shown === 1 ? template.one : template.other).replace('{count}', String(shown));
    root.querySelectorAll<HTMLAnchorElement>('.chip').forEach((chip) => {
      const active =
        chip.dataset.filterTier !== undefined
          ? chip.dataset.filterTier === filter.tier
          : chip.dataset.filterTopic !== undefined
            ? chip.dataset.filterTopic === filter.topic
            : !filter.tier && !filter.topic;
      chip.removeAttribute('aria-current');
      chip.setAttribute('aria-pressed', String(active));
      chip.setAttribute('role', 'button');
    });
  };

  root.addEventListener('click', (event) => {
    const chip = (event.target as HTMLElement).closest<HTMLAnchorElement>('.chip');
    if (!chip) return;
    event.preventDefault();
    if (chip.dataset.filterTier) filter = toggle(filter, 'tier', chip.dataset.filterTier);
    else if (chip.dataset.filterTopic) filter = toggle(filter, 'topic', chip.dataset.filterTopic);
    else filter = {};
    history.replaceState(null, '', `/ateliers/${toQuery(filter)}`);
    apply();
  });
  root.addEventListener('keydown', (event) => {
    // Links announced as buttons should answer to Space like buttons do.
    const chip = (event.target as HTMLElement).closest<HTMLAnchorElement>('.chip');
    if (chip && event.key === ' ') {
      event.preventDefault();
      chip.click();
    }
  });
  apply();
}
