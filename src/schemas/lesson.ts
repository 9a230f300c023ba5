import { z } from 'astro/zod';
import { CURRICULUM_IDS } from '../lib/curriculum.ts';
import {
  slugSchema,
  sourcesSchema,
  textSchema,
  tierSchema,
  topicsSchema,
  searchTermsSchema,
} from './common.ts';

/** One timed step of the lesson, in the order it is run. */
export const lessonStepSchema = z.object({
  /** Short name of the step, e.g. "Accueil et règles". */
  title: textSchema,
  /** How long it takes; all steps add up to `duration`. */
  minutes: z.number().int().positive({ error: 'Durée en minutes (entier > 0).' }),
  /** What the facilitator does and says, in plain words. */
  facilitator: textSchema,
  /** What the pupils do meanwhile. */
  pupils: textSchema,
  /** Id of the slide in this lesson's deck that goes with the step (`<Slide id="…">`). */
  slide: slugSchema.optional(),
  /** Slug of a scenario (workshops/<langue>/scenarios/<slug>.yaml) run in this step. */
  scenario: slugSchema.optional(),
  /** Slug of a quiz (workshops/<langue>/quiz/<slug>.yaml) run in this step. */
  quiz: slugSchema.optional(),
});

/** A question for the class discussion and the points to bring out. */
export const discussionSchema = z.object({
  question: textSchema,
  /** Points the facilitator hopes to hear, or adds if nobody says them. */
  expected: z.array(textSchema).min(1, { error: 'Donner au moins un point attendu.' }),
});

export const lessonSchema = z.object({
  /** Title shown on the catalogue and the lesson page. */
  title: textSchema,
  /** One or two sentences for the catalogue card and search results. */
  summary: textSchema,
  /** Age tier: exactly one of 5-8, 9-12, 12-15, 15-18, adultes. */
  tier: tierSchema,
  /** Total length in minutes; the steps must add up to it. */
  duration: z.number().int().min(10).max(180, { error: 'Durée entre 10 et 180 minutes.' }),
  topics: topicsSchema,
  /** Order inside the curriculum map (1 to 15), used to sort the catalogue. */
  number: z.number().int().positive(),
  /** "À la fin de l'atelier, les élèves sauront…": one item per objective. */
  objectives: z.array(textSchema).min(1, { error: 'Au moins un objectif.' }),
  /** Curriculum frameworks the lesson serves. */
  curriculum: z
    .array(
      z.enum(CURRICULUM_IDS, { error: `Référentiel inconnu. Choisir parmi : ${CURRICULUM_IDS.join(', ')}.` }),
    )
    .min(1, { error: 'Indiquer au moins un lien au programme (curriculum).' }),
  /** What the facilitator prepares: materials to have ready. */
  materials: z.array(textSchema).min(1),
  /** Before the session: reading, informing the reference person, letter to parents… */
  preparation: z.array(textSchema).min(1),
  /** Ground rules agreed with the class at the start. */
  groundRules: z.array(textSchema).min(1),
  /** The timed steps, in order. */
  steps: z.array(lessonStepSchema).min(2, { error: 'Au moins deux étapes.' }),
  /** Questions for discussion with the points expected. */
  discussion: z.array(discussionSchema).min(1),
  differentiation: z.object({
    /** How to adapt for the youngest of the tier or a class that needs more time. */
    younger: textSchema,
    /** How to go further with older or more confident pupils. */
    older: textSchema,
    /** Adaptations for pupils with special needs. */
    specialNeeds: textSchema,
  }),
  /** A 25-minute version where it makes sense: what to keep. */
  shortVariant: z.object({ minutes: z.number().int().positive(), plan: textSchema }).optional(),
  safeguarding: z.object({
    /** Signs of distress to watch for during this lesson. */
    signs: z.array(textSchema).min(1),
    /** What is particular to this topic when a pupil discloses (the general protocol is shown too). */
    disclosure: textSchema,
  }),
  /** Ids of help services (workshops/data/resources.yaml) to show the pupils. */
  help: z.array(slugSchema).min(1, { error: 'Citer au moins un service d’aide (help).' }),
  /** The take-home note for parents, in "vous". */
  parentNote: textSchema,
  sources: sourcesSchema,
  /** Words people type for this page (see searchTermsSchema). */
  searchTerms: searchTermsSchema,
});
export type Lesson = z.infer<typeof lessonSchema>;
export type LessonStep = z.infer<typeof lessonStepSchema>;
