import { parse } from 'yaml';
import { entrySlug } from './entries.ts';
import { urls } from './urls.ts';

/**
 * The words people type (front matter `searchTerms`) go into the search
 * index of the page they belong to. Content files are read as text here, at
 * the end of the build, so that no page template has to carry them.
 */

/** Where a content file lives, relative to the project root, by collection. */
export type ContentKind = 'lesson' | 'deck' | 'scenario' | 'quiz' | 'guide' | 'helpflow';

export interface TermsSource {
  kind: ContentKind;
  /** Path under workshops/ or slides/, e.g. `fr/ateliers/deepnudes.mdx`. */
  id: string;
  /** The front matter (MDX) or the whole file (YAML), parsed. */
  data: Record<string, unknown>;
}

/** The front matter of an MDX file, or the whole of a YAML file. */
export function readFrontMatter(text: string, file: string): Record<string, unknown> {
  // Stryker disable next-line StringLiteral: MDX without front matter: '' parses to null, the mutant's text to a plain string, both read as {}
  const source = /\.mdx?$/i.test(file) ? (/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '') : text;
  const data: unknown = parse(source);
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
}

/** The kind of a content file from its place: workshops/fr/ateliers/x.mdx → lesson. */
export function kindOfFile(path: string): ContentKind | undefined {
  if (/^slides\/[^/]+\/[^/]+\.mdx?$/.test(path)) return 'deck';
  const folder = /^workshops\/[^/]+\/([^/]+)\//.exec(path)?.[1];
  const kinds: Record<string, ContentKind> = {
    ateliers: 'lesson',
    scenarios: 'scenario',
    quiz: 'quiz',
    guides: 'guide',
    aide: 'helpflow',
  };
  return folder ? kinds[folder] : undefined;
}

const HELP_FLOW_VERSIONS = ['', 'adultes/', 'parents/'];

/** The pages a content file becomes (a help flow is three pages, one per reader). */
export function pagesOf(source: TermsSource): string[] {
  const { kind, id, data } = source;
  switch (kind) {
    case 'lesson':
      return [urls.lesson(id)];
    case 'deck':
      return [urls.deck(id)];
    case 'scenario':
      return [urls.scenario(id)];
    case 'quiz':
      return [urls.quiz(id)];
    case 'guide':
      return [urls.guide(id, data['audience'] === 'intervenants' ? 'intervenants' : 'parents')];
    case 'helpflow':
      return HELP_FLOW_VERSIONS.map((v) => `/aide/${entrySlug(id)}/${v}`);
  }
}

export interface PageTerms {
  terms: string[];
  /** The content file they come from, to name in an error. */
  file: string;
}

/** url → the words people type for it. A file with no searchTerms adds nothing. */
export function searchTermsByUrl(sources: readonly TermsSource[]): Map<string, PageTerms> {
  const byUrl = new Map<string, PageTerms>();
  for (const source of sources) {
    const terms = source.data['searchTerms'];
    if (!Array.isArray(terms) || terms.length === 0) continue;
    const words = terms.filter((t): t is string => typeof t === 'string');
    const file = `${source.kind === 'deck' ? 'slides' : 'workshops'}/${source.id}`;
    for (const url of pagesOf(source))
      byUrl.set(url, { terms: [...(byUrl.get(url)?.terms ?? []), ...words], file });
  }
  return byUrl;
}
