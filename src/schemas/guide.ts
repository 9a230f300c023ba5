import { z } from 'astro/zod';
import { slugSchema, sourcesSchema, textSchema, topicsSchema, searchTermsSchema } from './common.ts';

export const GUIDE_AUDIENCES = ['parents', 'intervenants'] as const;

/** A text to read at home or before a session (MDX under workshops/<langue>/guides/). */
export const guideSchema = z.object({
  title: textSchema,
  summary: textSchema,
  /** parents (shown under /parents/) or intervenants (facilitators). */
  audience: z.enum(GUIDE_AUDIENCES),
  topics: topicsSchema,
  /** A document to print and fill in (letter, sheet): on paper, only its own text. */
  template: z.boolean().default(false),
  /** Sort order in its list. */
  order: z.number().int().default(100),
  /** Slug of the help flow (workshops/<langue>/aide/) that fits: its parents' version ends the guide. */
  flow: slugSchema.optional(),
  /**
   * A crisis page (e.g. the parents' first hours): opens with the "Besoin d'aide maintenant"
   * box, the emergency numbers and the lines that answer day and night, on the first screen.
   */
  urgent: z.boolean().optional(),
  /** Ids of help services shown at the end of the guide. */
  help: z.array(slugSchema).min(1),
  sources: sourcesSchema,
  /** Words people type for this page (see searchTermsSchema). */
  searchTerms: searchTermsSchema,
});
export type Guide = z.infer<typeof guideSchema>;
