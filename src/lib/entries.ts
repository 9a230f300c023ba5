/**
 * Content entries keep their file path as id (e.g. `fr/ateliers/sextorsion.mdx`),
 * so two files can never silently share a slug. The locale is the first folder,
 * the slug the file name.
 */
export interface EntryLike<T> {
  id: string;
  data: T;
  body?: string;
  filePath?: string;
}

export function entryLocale(id: string): string {
  // split always returns at least one element (the whole id when it has no "/").
  return id.split('/')[0]!;
}

export function entrySlug(id: string): string {
  const name = id.split('/').pop() ?? id;
  return name.replace(/\.(mdx?|ya?ml|json)$/i, '');
}

/** The file to name in an error: the real path when Astro gives one. */
export function entryFile(entry: EntryLike<unknown>, base: string): string {
  return entry.filePath ?? `${base}/${entry.id}`;
}

/** Finds an entry by slug in a locale. */
export function findBySlug<T>(
  entries: readonly EntryLike<T>[],
  locale: string,
  slug: string,
): EntryLike<T> | undefined {
  return entries.find((e) => entryLocale(e.id) === locale && entrySlug(e.id) === slug);
}

/**
 * Items in the order of the ids. An unknown id throws instead of vanishing
 * from the page: the content checks report it first, with file and field.
 */
export function pickByIds<T>(items: readonly T[], ids: readonly string[], idOf: (item: T) => string): T[] {
  return ids.map((id) => {
    const item = items.find((i) => idOf(i) === id);
    if (!item) throw new Error(`« ${id} » n’existe pas dans workshops/data/resources.yaml.`);
    return item;
  });
}
