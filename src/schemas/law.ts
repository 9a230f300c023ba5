import { z } from 'astro/zod';
import { checkedDateSchema, slugSchema, sourceSchema, textSchema } from './common.ts';
import { findInternalNote } from '../lib/reader-text.ts';

/** Hosts that publish the text of an article itself (France, Belgium). */
export const ARTICLE_HOSTS = ['www.legifrance.gouv.fr', 'www.ejustice.just.fgov.be'] as const;

/** A Légifrance address that shows the text as it was on a date, not as it is today. */
const PINNED_VERSION = /\/\d{4}-\d{2}-\d{2}\/?$|[?&]dateTexte=/;

/** Text readers see: refuses working notes such as "à vérifier". */
const readerTextSchema = textSchema.superRefine((text, ctx) => {
  const found = findInternalNote(text);
  if (found)
    ctx.addIssue({
      code: 'custom',
      message: `Note de travail visible par le public (« ${found} »). Écrire une phrase claire pour le lecteur, ou retirer la note.`,
    });
});

/**
 * A legal provision in plain words. An article number is published only when
 * `confirmed` is true; otherwise pages say what the law forbids, without a number.
 */
export const lawSchema = z.object({
  id: slugSchema,
  country: z.enum(['BE', 'FR']),
  /** What it forbids, in plain words. */
  plain: readerTextSchema,
  /** e.g. "art. 226-2-1 du Code pénal". */
  article: z.string().optional(),
  /** Maximum penalty in plain words, when confirmed. */
  penalty: z.string().optional(),
  /** True only when the article number and penalty are confirmed by `source`. */
  confirmed: z.boolean(),
  /** The text of the article itself, on Légifrance or Justel; `LawRef` links the article to it. */
  articleUrl: z
    .url()
    .refine((url) => (ARTICLE_HOSTS as readonly string[]).includes(new URL(url).host), {
      error: `articleUrl : l'adresse du texte de l'article lui-même, sur ${ARTICLE_HOSTS.join(' ou ')}.`,
    })
    .refine((url) => !PINNED_VERSION.test(url), {
      error:
        "articleUrl : cette adresse fixe une version datée du texte (date dans l'adresse ou dateTexte) : donner l'adresse sans date, qui montre la version en vigueur.",
    })
    .optional(),
  source: z.url(),
  checked: checkedDateSchema,
  /**
   * A sentence for readers, shown with the law (e.g. which numbering the article follows).
   * Never a working note: "à vérifier", "nos données…" fail the build.
   */
  note: readerTextSchema.optional(),
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
