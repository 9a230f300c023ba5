import { entryFile, entryLocale, entrySlug, type EntryLike } from '../entries.ts';
import type { ContentProblem } from '../problems.ts';
import { BASES, type ContentSet } from './context.ts';

/** Slugs unique per collection and locale (two files with one name in different folders). */
export function checkSlugs(set: ContentSet): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const key of ['lessons', 'decks', 'scenarios', 'quizzes', 'guides', 'helpflows'] as const) {
    const seen = new Map<string, string>();
    for (const entry of (set[key] ?? []) as EntryLike<unknown>[]) {
      const file = entryFile(entry, BASES[key]);
      const k = `${entryLocale(entry.id)}/${entrySlug(entry.id)}`;
      const other = seen.get(k);
      if (other) {
        problems.push({
          file,
          field: 'nom du fichier',
          message: `L’identifiant « ${entrySlug(entry.id)} » est déjà pris par ${other}.`,
          fix: 'Renommer l’un des deux fichiers : le nom du fichier devient l’adresse de la page.',
        });
      } else {
        seen.set(k, file);
      }
    }
  }
  return problems;
}
