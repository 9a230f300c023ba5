/**
 * French elision: with a typographic apostrophe, "l’atelier" would be indexed
 * as one word and a search for "atelier" would miss it. Splitting after the
 * elided article lets both the index and the query see "atelier".
 */
const ELISION = /\b([cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’](?=\p{L})/giu;

export function splitElisions(text: string): string {
  return text.replace(ELISION, '$1’ ');
}
