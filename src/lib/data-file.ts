import { parse } from 'yaml';

/**
 * Parses a data file holding a list of entries with ids (resources, laws,
 * figures) and refuses duplicate or missing ids, which Astro's file loader
 * would otherwise merge silently, losing an entry.
 */
export function parseIdList(text: string, file: string): Record<string, unknown>[] {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new Error(
      `${file} : YAML illisible. ${(error as Error).message}\n    → Souvent un « : » au milieu d’un texte : mettre le texte entre apostrophes ('…', en doublant les apostrophes du texte : '') ou utiliser « >- » sur la ligne et le texte en dessous.`,
    );
  }
  if (!Array.isArray(data)) {
    throw new Error(`${file} : le fichier doit être une liste d’entrées (chacune commence par « - id: … »).`);
  }
  const seen = new Set<string>();
  data.forEach((item: unknown, i) => {
    const id = (item as { id?: unknown } | null)?.id;
    if (typeof id !== 'string' || id === '') {
      throw new Error(
        `${file} › entrée ${i + 1} › id : l’identifiant manque.\n    → Ajouter « id: un-nom-court » à cette entrée.`,
      );
    }
    if (seen.has(id)) {
      throw new Error(
        `${file} › ${id} › id : « ${id} » apparaît deux fois.\n    → Garder une seule entrée par service, ou renommer l’une des deux.`,
      );
    }
    seen.add(id);
  });
  return data as Record<string, unknown>[];
}
