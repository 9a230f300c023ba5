import { z } from 'astro/zod';
import { checkedDateSchema, slugSchema, sourceSchema, textSchema } from './common.ts';

/**
 * A legal provision in plain words. An article number is published only when
 * `confirmed` is true; otherwise pages say what the law forbids, without a number.
 */
export const lawSchema = z.object({
  id: slugSchema,
  country: z.enum(['BE', 'FR']),
  /** What it forbids, in plain words. */
  plain: textSchema,
  /** e.g. "art. 226-2-1 du Code pénal". */
  article: z.string().optional(),
  /** Maximum penalty in plain words, when confirmed. */
  penalty: z.string().optional(),
  /** True only when the article number and penalty are confirmed by `source`. */
  confirmed: z.boolean(),
  source: z.url(),
  checked: checkedDateSchema,
  /** What is still to verify (shown to facilitators, never as fact). */
  caveat: z.string().optional(),
});
export type Law = z.infer<typeof lawSchema>;

/** A figure quoted on the site, with who published it. */
export const figureSchema = z.object({
  id: slugSchema,
  /** The sentence to show, e.g. "En 2022, Child Focus a ouvert 151 dossiers…". */
  text: textSchema,
  /** Who published it, shown next to it. */
  publisher: textSchema,
  /** A public page, or the seed document that reports it. */
  source: sourceSchema,
  checked: checkedDateSchema,
});
export type Figure = z.infer<typeof figureSchema>;
