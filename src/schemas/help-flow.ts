import { z } from 'astro/zod';
import { slugSchema, sourcesSchema, textSchema, searchTermsSchema } from './common.ts';

/** Who a help flow speaks to: a young person ("tu"), an adult victim, or a parent ("vous"). */
export const FLOW_AUDIENCES = ['moins-18', 'adultes', 'parents'] as const;
export type FlowAudience = (typeof FLOW_AUDIENCES)[number];

const stepSchema = z.object({
  /** What to do, as an instruction: "Ne paie pas." */
  do: textSchema,
  /** Why, in one or two sentences. */
  why: z.string().optional(),
});

const versionSchema = z.object({
  /** The situation in the reader's words: "Des photos intimes de moi circulent". */
  title: textSchema,
  /** Said first: it is not their fault, they are not alone. */
  reassurance: textSchema,
  /** First steps, in order. */
  steps: z.array(stepSchema).min(3, { error: 'Au moins trois premiers gestes.' }),
  /** Ids of services (workshops/data/resources.yaml); each page shows those of the reader's country. */
  services: z.array(slugSchema).min(2),
});

/**
 * A help flow ("J'ai besoin d'aide"): one situation, written three times, for
 * a young person under 18, an adult, and a parent whose child is concerned.
 */
export const helpFlowSchema = z.object({
  /** Order on /aide/. */
  order: z.number().int(),
  /** Short label for the list on /aide/. */
  label: textSchema,
  /**
   * A crisis (sextortion): every version opens with the "Besoin d'aide maintenant" box,
   * the lines that answer day and night, on the first screen of a phone.
   */
  urgent: z.boolean().optional(),
  'moins-18': versionSchema,
  adultes: versionSchema,
  parents: versionSchema,
  sources: sourcesSchema,
  /** Words people type for this page (see searchTermsSchema). */
  searchTerms: searchTermsSchema,
});
export type HelpFlow = z.infer<typeof helpFlowSchema>;
export type HelpFlowVersion = z.infer<typeof versionSchema>;
