/** Every page of the built site (dist/), as URL paths, with its kind, and what the content says there should be. */
import { readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { PICKER_COUNTRIES } from '../../src/lib/help-services.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** The built site: dist/, or PARLONS_EN_DIST (the start test builds elsewhere). */
export const DIST = resolve(process.env['PARLONS_EN_DIST'] ?? join(ROOT, 'dist'));

export type PageKind =
  'home' | 'catalogue' | 'lesson' | 'deck' | 'scenario' | 'quiz' | 'guide' | 'help' | 'notfound' | 'other';

export function pageKind(url: string): PageKind {
  if (url === '/') return 'home';
  if (url === '/404.html') return 'notfound';
  if (/^\/ateliers\/(niveau\/[^/]+\/|theme\/[^/]+\/)?$/.test(url)) return 'catalogue';
  if (/^\/ateliers\/[^/]+\/$/.test(url)) return 'lesson';
  if (/^\/presentations\/[^/]+\/$/.test(url)) return 'deck';
  if (/^\/scenarios\/[^/]+\/$/.test(url)) return 'scenario';
  if (/^\/quiz\/[^/]+\/$/.test(url)) return 'quiz';
  if (/^\/(parents|intervenants)\/[^/]+\/$/.test(url)) return 'guide';
  if (/^\/aide\//.test(url)) return 'help';
  return 'other';
}

/** Every HTML page of the build (each index.html, and 404.html), sorted by URL. */
export function builtPages(): { url: string; file: string; kind: PageKind }[] {
  const files = readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
  return files
    .map((file) => {
      const rel = relative(DIST, file).split(sep).join('/');
      const url = '/' + rel.replace(/(^|\/)index\.html$/, '$1');
      return { url, file, kind: pageKind(url) };
    })
    .sort((a, b) => a.url.localeCompare(b.url));
}

const count = (dir: string, ext: RegExp) => readdirSync(join(ROOT, dir)).filter((f) => ext.test(f)).length;

/**
 * How many pages of each kind the content files call for, counted from
 * workshops/ and slides/, so that a loop over "every lesson" cannot pass on
 * a build that lost some: one page per lesson, deck, scenario, quiz and
 * guide; for each help flow, three readers (young people, parents, adults),
 * each with a page for every country of the picker and one without a country;
 * plus /aide/ and the directory.
 */
export function expectedPageCounts(): Partial<Record<PageKind, number>> {
  return {
    home: 1,
    notfound: 1,
    lesson: count('workshops/fr/ateliers', /\.mdx?$/),
    deck: count('slides/fr', /\.mdx?$/),
    scenario: count('workshops/fr/scenarios', /\.ya?ml$/),
    quiz: count('workshops/fr/quiz', /\.ya?ml$/),
    guide: count('workshops/fr/guides', /\.mdx?$/),
    help: count('workshops/fr/aide', /\.ya?ml$/) * 3 * (PICKER_COUNTRIES.length + 1) + 2,
  };
}

/** The built pages of one kind; fails when the build has a different number than the content calls for. */
export function pagesOf(kind: PageKind): { url: string; file: string; kind: PageKind }[] {
  const pages = builtPages().filter((p) => p.kind === kind);
  const expected = expectedPageCounts()[kind];
  if (pages.length === 0 || (expected !== undefined && pages.length !== expected)) {
    throw new Error(
      `${pages.length} pages « ${kind} » dans ${DIST}, ${expected ?? 'au moins une'} attendue(s) d’après le contenu.`,
    );
  }
  return pages;
}
