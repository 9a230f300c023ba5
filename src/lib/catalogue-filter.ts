/** Catalogue filters: one tier and one topic at most, combined. */
export interface CatalogueFilter {
  tier?: string | undefined;
  topic?: string | undefined;
}

export function matches(card: { tier: string; topics: readonly string[] }, filter: CatalogueFilter): boolean {
  return (!filter.tier || card.tier === filter.tier) && (!filter.topic || card.topics.includes(filter.topic));
}

/** Clicking an active filter clears it; clicking another replaces it. */
export function toggle(filter: CatalogueFilter, kind: 'tier' | 'topic', value: string): CatalogueFilter {
  return { ...filter, [kind]: filter[kind] === value ? undefined : value };
}

/** `?niveau=12-15&theme=sextorsion` ⇄ filter, so a combined filter can be shared as a link. */
export function fromQuery(search: string): CatalogueFilter {
  const params = new URLSearchParams(search);
  return { tier: params.get('niveau') ?? undefined, topic: params.get('theme') ?? undefined };
}

export function toQuery(filter: CatalogueFilter): string {
  const params = new URLSearchParams();
  if (filter.tier) params.set('niveau', filter.tier);
  if (filter.topic) params.set('theme', filter.topic);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Filter state of a static filter page (/ateliers/niveau/x/ or /ateliers/theme/y/). */
export function fromPath(pathname: string): CatalogueFilter {
  const m = /\/ateliers\/(niveau|theme)\/([^/]+)\/?$/.exec(pathname);
  if (!m) return {};
  return m[1] === 'niveau' ? { tier: m[2] } : { topic: m[2] };
}
