/** Every page of the built site (dist/), as URL paths, with its kind. */
import { readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** The built site: dist/, or PARLONS_EN_DIST (the start test builds elsewhere). */
export const DIST = resolve(process.env['PARLONS_EN_DIST'] ?? join(import.meta.dirname, '..', '..', 'dist'));

export type PageKind =
  'home' | 'catalogue' | 'lesson' | 'deck' | 'scenario' | 'quiz' | 'guide' | 'help' | 'other';

export function pageKind(url: string): PageKind {
  if (url === '/') return 'home';
  if (/^\/ateliers\/(niveau\/[^/]+\/|theme\/[^/]+\/)?$/.test(url)) return 'catalogue';
  if (/^\/ateliers\/[^/]+\/$/.test(url)) return 'lesson';
  if (/^\/presentations\/[^/]+\/$/.test(url)) return 'deck';
  if (/^\/scenarios\/[^/]+\/$/.test(url)) return 'scenario';
  if (/^\/quiz\/[^/]+\/$/.test(url)) return 'quiz';
  if (/^\/(parents|intervenants)\/[^/]+\/$/.test(url)) return 'guide';
  if (/^\/aide\//.test(url)) return 'help';
  return 'other';
}

export function builtPages(): { url: string; file: string; kind: PageKind }[] {
  const files = readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name === 'index.html')
    .map((e) => join(e.parentPath, e.name));
  return files
    .map((file) => {
      const rel = relative(DIST, file).split(sep).join('/');
      const url = '/' + rel.replace(/index\.html$/, '');
      return { url, file, kind: pageKind(url) };
    })
    .sort((a, b) => a.url.localeCompare(b.url));
}
