/**
 * A source must be the page that confirms a fact (a number, its hours, who it
 * serves, an article's text), never a site's home page: a home page confirms
 * nothing and changes without notice.
 */

/** Path segments that only pick a language or a country, e.g. "/fr/", "/fr-be". */
const LANGUAGE_SEGMENT = /^[a-z]{2}(?:[-_][a-z]{2})?$/i;

/**
 * True when `url` is a home page: no path beyond "/" (or only a language
 * segment such as "/fr/"), no query, no fragment. An address that is not a
 * valid URL is not a home page (the schema reports it).
 */
export function isHomePage(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.search !== '' || parsed.hash !== '') return false;
  const segments = parsed.pathname.split('/').filter((s) => s !== '');
  return segments.length === 0 || (segments.length === 1 && LANGUAGE_SEGMENT.test(segments[0]!));
}
