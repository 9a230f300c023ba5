import { z } from 'astro/zod';
import { slugSchema, textSchema, searchTermsSchema } from './common.ts';

/**
 * A slide deck (MDX under slides/<langue>/). The body is made of `<Slide>`
 * components, each with its `<Notes>`, and ends with `<HelpSlide />`.
 */
export const deckSchema = z.object({
  /** Title of the first slide and of the page. */
  title: textSchema,
  /** Slug of the lesson this deck follows (workshops/<langue>/ateliers/<slug>.mdx). */
  lesson: slugSchema,
  /** Words people type for this page (see searchTermsSchema). */
  searchTerms: searchTermsSchema,
});
export type Deck = z.infer<typeof deckSchema>;
