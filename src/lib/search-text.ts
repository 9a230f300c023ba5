/**
 * Text given to the search index, and text shown back from it. The published
 * HTML is never changed: these functions prepare the copy the indexer reads
 * and clean what Pagefind returns before a reader sees it.
 */

/**
 * French elision: with a typographic apostrophe, "l’atelier" would be indexed
 * as one word and a search for "atelier" would miss it. Splitting after the
 * elided article lets both the index and the query see "atelier".
 */
const ELISION = /\b([cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’](?=\p{L})/giu;

export function splitElisions(text: string): string {
  return text.replace(ELISION, '$1’ ');
}

/** Undoes splitElisions in what readers see: "l’ atelier" → "l’atelier", also around <mark>. */
const SPLIT_ELISION = /\b([cdjlmnst]|qu|jusqu|lorsqu|puisqu)’ (?=(?:<mark>)?\p{L})/giu;

export function joinElisions(text: string): string {
  return text.replace(SPLIT_ELISION, '$1’');
}

/**
 * Astro writes `'` as `&#39;`; the elision pattern cannot see it there, so
 * "l&#39;explication" stayed one word in the index. The copy uses the
 * typographic apostrophe, as the French typography step does elsewhere.
 */
function decodeApostrophes(html: string): string {
  return html.replace(/&#0*39;|&apos;/g, '’');
}

/**
 * Astro compresses the HTML: "<span>15 ans</span><span>Sextorsion</span>"
 * has no space between the words, so the index and its excerpts glued them
 * ("15 ansSextorsion"). A space after every closing tag that is directly
 * followed by another tag keeps them apart; text right after a tag
 * ("</a>, puis") is left alone.
 */
function spaceBetweenTags(html: string): string {
  return html.replace(/(<\/[a-z][a-z0-9-]*>|<br\s*\/?>)(?=<)/gi, '$1 ');
}

/**
 * Pagefind indexes the text of a filter element as page content, so the
 * hidden "Quiz · 12 à 15 ans · Sextorsion" labels opened every excerpt.
 * The attribute form (`data-pagefind-filter="type:Quiz"`) gives the same
 * filter with no text.
 */
function filtersAsAttributes(html: string): string {
  return html.replace(
    /<span data-pagefind-filter="([a-z-]+)">([^<]*)<\/span>/g,
    (_, name: string, value: string) => `<span data-pagefind-filter="${name}:${value.trim()}"></span>`,
  );
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Meta field that holds the front matter's searchTerms in the index. */
export const SEARCH_TERMS_META = 'terms';

/**
 * The words people type (front matter `searchTerms`) as a meta field of the
 * page: searchable, weighted by `ranking.metaWeights` in the client, and
 * never part of the page text, so excerpts never show the list. Commas
 * separate Pagefind's meta fields: the terms are joined with " ; ".
 */
function withSearchTerms(html: string, terms: readonly string[]): string {
  if (terms.length === 0) return html;
  const value = terms.map((t) => t.replace(/[,;]/g, ' ')).join(' ; ');
  const block = `<span data-pagefind-meta="${SEARCH_TERMS_META}:${escapeHtml(value)}"></span>`;
  const body = /<[a-z]+\b[^>]*\sdata-pagefind-body(?:="")?[^>]*>/i.exec(html);
  if (!body) return html;
  const at = body.index + body[0].length;
  return html.slice(0, at) + block + html.slice(at);
}

/**
 * Sections of a lesson page that nobody searches for and that every lesson
 * repeats (materials and preparation, ground rules, adaptations, the help
 * list, the note for parents, sources). Left out of the index, they no longer
 * weigh on every fragment and index chunk a search downloads. The plan
 * (objectives, essentials, timed steps, discussion, safeguarding) stays.
 */
export const UNINDEXED_LESSON_SECTIONS = ['avant', 'regles', 'adapter', 'aide', 'parents', 'sources'];

function withoutBoilerplate(html: string): string {
  return html.replace(/<section\b([^>]*)\saria-labelledby="([^"]+)"/g, (whole, attrs: string, id: string) =>
    UNINDEXED_LESSON_SECTIONS.includes(id)
      ? `<section${attrs} aria-labelledby="${id}" data-pagefind-ignore="all"`
      : whole,
  );
}

/** The copy of a built page that the indexer reads. */
export function prepareForIndex(html: string, terms: readonly string[] = []): string {
  const prepared = withoutBoilerplate(filtersAsAttributes(withSearchTerms(decodeApostrophes(html), terms)));
  return splitElisions(spaceBetweenTags(prepared));
}

/**
 * Short French words that Pagefind highlights although they carry no meaning
 * for the reader ("de", "des", "la"…). Their <mark> is removed in excerpts.
 */
const STOP_WORDS = new Set(
  'à au aux ce ces d de des du en et il la le les l m ma me mes mon n ne on ou par pas pour qu que qui s sa se ses son sur t ta te tes ton tu un une vos votre vous y j je'.split(
    ' ',
  ),
);

/** An excerpt as Pagefind returns it (escaped text with <mark>), cleaned for reading. */
export function cleanExcerpt(excerpt: string): string {
  const unmarked = excerpt.replace(/<mark>([^<]*)<\/mark>/g, (whole, word: string) =>
    STOP_WORDS.has(word.toLowerCase().replace(/[’']$/, '')) ? word : whole,
  );
  return joinElisions(unmarked).replace(/\s{2,}/g, ' ');
}
