import type { ContentProblem } from '../problems.ts';
import { isHomePage } from '../source-page.ts';
import type { ContentSet } from './context.ts';

/** The data files these entries come from, named in the error when Astro gives no path. */
const FILES = {
  resources: 'workshops/data/resources.yaml',
  laws: 'workshops/data/laws.yaml',
  figures: 'workshops/data/figures.yaml',
} as const;

/**
 * Entries allowed to cite a home page, each with the reason. Empty: every
 * service, law and figure has found the page that confirms it. Add an id here
 * only when the service's home page itself states the facts, and say so.
 */
export const HOME_PAGE_EXCEPTIONS: Readonly<Record<string, string>> = {};

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

/** Every source of a service, a law or a figure that is a site's home page. */
export function checkSources(set: ContentSet): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const allowed = (id: string) => Object.hasOwn(HOME_PAGE_EXCEPTIONS, id);
  for (const r of set.resources)
    if (!allowed(r.data.id) && isHomePage(r.data.source))
      problems.push(problem(r.filePath ?? FILES.resources, `${r.data.id}.source`, r.data.source));
  for (const l of set.laws)
    if (!allowed(l.data.id) && isHomePage(l.data.source))
      problems.push(problem(l.filePath ?? FILES.laws, `${l.data.id}.source`, l.data.source));
  for (const f of set.figures) {
    const source = f.data.source;
    if ('url' in source && !allowed(f.data.id) && isHomePage(source.url))
      problems.push(problem(f.filePath ?? FILES.figures, `${f.data.id}.source.url`, source.url));
  }
  return problems;
}
