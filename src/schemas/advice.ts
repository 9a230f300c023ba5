import { z } from 'astro/zod';
import { isHomePage } from '../lib/source-page.ts';
import { checkedDateSchema, slugSchema, sourcesSchema, textSchema } from './common.ts';

const byVoice = <T extends z.ZodType>(schema: T) => z.object({ tu: schema, vous: schema });

/**
 * Advice written once and repeated everywhere it applies (workshops/data/advice.yaml),
 * in the two voices the site uses: "tu" for young people, "vous" for adults.
 */
export const adviceSchema = z.object({
  id: slugSchema,
  title: byVoice(textSchema),
  /** Each point a step a child can follow literally. */
  points: byVoice(z.array(textSchema).min(1)),
  sources: sourcesSchema.superRefine((sources, ctx) => {
    sources.forEach((source, i) => {
      if ('url' in source && isHomePage(source.url))
        ctx.addIssue({
          code: 'custom',
          path: [i, 'url'],
          message: `La source est une page d'accueil (${source.url}) : donner la page précise qui confirme ce conseil.`,
        });
    });
  }),
  checked: checkedDateSchema,
});
export type Advice = z.infer<typeof adviceSchema>;
