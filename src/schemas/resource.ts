import { z } from 'astro/zod';
import { COUNTRY_IDS } from '../lib/countries.ts';
import { checkedDateSchema, slugSchema, textSchema } from './common.ts';

export const AUDIENCES = ['moins-18', 'adultes', 'parents', 'ecoles'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const RESOURCE_KINDS = ['ecoute', 'signalement', 'police', 'retrait', 'information'] as const;

/**
 * A help line or reporting channel. Every phone number on the site comes
 * from here (workshops/data/resources.yaml), with its source and check date.
 */
export const resourceSchema = z
  .object({
    id: slugSchema,
    country: z.enum(COUNTRY_IDS),
    name: textSchema,
    /** A shorter name for tight places (the first-screen numbers), e.g. "IEFH". */
    short: z.string().optional(),
    kind: z.enum(RESOURCE_KINDS),
    /** As dialled and shown, e.g. "116 000". */
    phone: z
      .string()
      .regex(/^\+?[0-9 ]+$/, { error: 'Numéro : chiffres et espaces seulement, ex. "116 000".' })
      .optional(),
    /** True when the number takes text messages only (114): links open the SMS app. */
    smsOnly: z.boolean().optional(),
    email: z.email().optional(),
    url: z.url().optional(),
    /** Chat or online form, when separate from the main site. */
    chat: z.url().optional(),
    audiences: z.array(z.enum(AUDIENCES)).min(1),
    /** Opening hours as confirmed by the source; leave out when not confirmed. */
    hours: z.string().optional(),
    /** e.g. "Gratuit" ; leave out when not confirmed. */
    cost: z.string().optional(),
    anonymous: z.boolean().optional(),
    /** What it is for, in one or two sentences. */
    purpose: textSchema,
    /** What happens when you call or write, to take away the fear of the unknown. */
    whatHappens: z.string().optional(),
    /** Where the facts above were found. */
    source: z.url({ error: 'source : adresse de la page qui confirme ce service.' }),
    /** When the facts were last checked against the source. */
    checked: checkedDateSchema,
    /**
     * True only for an emergency number (112, 101, 17…): shown in the emergency band,
     * never as the way to file a complaint (that is a separate `plainte-*` entry).
     */
    emergency: z.boolean().optional(),
  })
  .refine((r) => r.phone || r.url || r.email, {
    error: 'Donner au moins un moyen de contact : phone, url ou email.',
  })
  .refine((r) => !r.emergency || (r.phone && EMERGENCY_WORDING.test(r.purpose)), {
    path: ['purpose'],
    error:
      "Numéro d'urgence (emergency: true) : un numéro de téléphone, et un purpose qui commence par « En cas de danger immédiat ». Pour porter plainte, créer une entrée séparée (plainte-…).",
  })
  .refine((r) => r.emergency || !COMPLAINT_BY_PHONE.test(r.purpose) || !r.phone, {
    path: ['purpose'],
    error:
      'Un numéro de téléphone présenté comme le moyen de porter plainte : une plainte se dépose au commissariat ou en ligne. Décrire le service sans « porter plainte par téléphone ».',
  });

/** How an emergency number's purpose begins, so readers never take it for a complaint line. */
export const EMERGENCY_WORDING = /^En cas de danger immédiat\b/;
const COMPLAINT_BY_PHONE = /prendre rendez-vous pour porter plainte|ou pour porter plainte/i;
export type Resource = z.infer<typeof resourceSchema>;
