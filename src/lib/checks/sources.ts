import type { ContentProblem } from '../problems.ts';
import { isHomePage } from '../source-page.ts';
import type { ContentSet } from './context.ts';

/** The data files these entries come from, named in the error when Astro gives no path. */
const FILES = {
  resources: 'workshops/data/resources.yaml',
  laws: 'workshops/data/laws.yaml',
  figures: 'workshops/data/figures.yaml',
} as const;

const FIX =
  "Donner l'adresse de la page précise qui confirme l'information (numéro, horaires, public, texte de l'article), puis mettre à jour checked.";

function problem(file: string, field: string, url: string): ContentProblem {
  return {
    file,
    field,
    message: `la source est une page d'accueil (${url}) : elle ne confirme rien de précis.`,
    fix: FIX,
  };
}

/**
 * Every source of a service, a law or a figure that is a site's home page. No
 * exception list: every entry has found the page that confirms it (2026-12-02).
 */
export function checkSources(set: ContentSet): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const r of set.resources)
    if (isHomePage(r.data.source))
      problems.push(problem(r.filePath ?? FILES.resources, `${r.data.id}.source`, r.data.source));
  for (const l of set.laws)
    if (isHomePage(l.data.source))
      problems.push(problem(l.filePath ?? FILES.laws, `${l.data.id}.source`, l.data.source));
  for (const f of set.figures) {
    // A figure taken from a seed document has no address to check.
    if ('url' in f.data.source && isHomePage(f.data.source.url))
      problems.push(problem(f.filePath ?? FILES.figures, `${f.data.id}.source.url`, f.data.source.url));
  }
  return problems;
}
