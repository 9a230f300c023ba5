import { z } from 'astro/zod';
import { TIER_IDS } from '../lib/tiers.ts';
import { TOPIC_IDS } from '../lib/topics.ts';
import { SEED_IDS } from '../lib/seeds.ts';

/** A short identifier written by hand: lower-case letters, digits and hyphens. */
export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error:
    'Identifiant invalide : minuscules sans accents, chiffres et tirets seulement (ex. « le-message-de-max »).',
});

export const tierSchema = z.enum(TIER_IDS, {
  error: `Niveau inconnu. Choisir un de : ${TIER_IDS.join(', ')}.`,
});

export const topicsSchema = z
  .array(
    z.enum(TOPIC_IDS, {
      error: `Thème inconnu. Thèmes possibles : ${TOPIC_IDS.join(', ')}.`,
    }),
  )
  .min(1, { error: 'Indiquer au moins un thème (topics).' });

/** Non-empty text; writers get told which field is empty. */
export const textSchema = z
  .string({ error: 'Texte attendu.' })
  .trim()
  .min(1, { error: 'Ce champ ne peut pas être vide.' });

/** Where a fact comes from: one of the project's seed documents, or a public page. */
export const sourceSchema = z.union(
  [
    z.object({
      /** One of the seed documents in ../shared/seeds (000 to 004). */
      seed: z.enum(SEED_IDS),
      /** What was taken from it, e.g. "la règle des 10 minutes". */
      about: z.string().optional(),
    }),
    z.object({
      /** Title of the public page or document. */
      title: textSchema,
      /** Its address. */
      url: z.url({ error: 'Adresse (url) invalide : commencer par https://' }),
      /** What was taken from it. */
      about: z.string().optional(),
    }),
  ],
  {
    error: 'Source invalide : écrire { seed: "001" } ou { title: "…", url: "https://…" }.',
  },
);
export type Source = z.infer<typeof sourceSchema>;

export const sourcesSchema = z.array(sourceSchema).min(1, { error: 'Citer au moins une source (sources).' });

/** A date written as AAAA-MM-JJ in YAML, kept as a Date. */
export const checkedDateSchema = z.coerce.date({
  error: 'Date de vérification invalide : écrire AAAA-MM-JJ.',
});

/**
 * The words people type to find a page, when the page itself says them
 * differently: synonyms, spellings, English words, app names, a parent's
 * words ("deepfake", "revenge porn", "WhatsApp", "ma fille"). Indexed with
 * the weight of a heading, never shown. A few per page, only relevant ones.
 */
export const searchTermsSchema = z
  .array(
    z
      .string({ error: 'Un mot ou une courte expression entre guillemets.' })
      .trim()
      .min(2, { error: 'Terme trop court (au moins 2 lettres).' })
      .max(40, { error: 'Terme trop long : 40 caractères au plus, un mot ou une expression courte.' }),
  )
  .max(30, { error: 'Au plus 30 termes : gardez ceux que les gens tapent vraiment pour cette page.' })
  .optional();
