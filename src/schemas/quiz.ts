import { z } from 'astro/zod';
import {
  slugSchema,
  sourcesSchema,
  textSchema,
  tierSchema,
  topicsSchema,
  searchTermsSchema,
} from './common.ts';

/** An option of a single- or multiple-choice question. */
export const optionSchema = z.object({
  text: textSchema,
  /** True for a right answer. */
  correct: z.boolean().default(false),
  /** Shown when the option is chosen: why it is right or not. */
  feedback: textSchema,
});

const base = {
  /** Unique within the quiz. */
  id: slugSchema,
  /** The question as asked. */
  prompt: textSchema,
  /** Shown after the answer, whatever was chosen. */
  explanation: textSchema,
};

export const CONSENT_ANSWERS = ['oui', 'non', 'depend'] as const;
export type ConsentAnswer = (typeof CONSENT_ANSWERS)[number];

export const questionSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ ...base, kind: z.literal('single'), options: z.array(optionSchema).min(2) }),
    z.object({ ...base, kind: z.literal('multiple'), options: z.array(optionSchema).min(2) }),
    z.object({
      ...base,
      kind: z.literal('truefalse'),
      /** The right answer: true (Vrai) or false (Faux). */
      answer: z.boolean(),
      feedback: z.object({ true: textSchema, false: textSchema }),
    }),
    z.object({
      ...base,
      kind: z.literal('consent'),
      /** "Est-ce du consentement ?": oui, non or depend (ça dépend). */
      answer: z.enum(CONSENT_ANSWERS),
      /** The reason, in one sentence: which condition is or is not met. */
      reason: textSchema,
      feedback: z.object({ oui: textSchema, non: textSchema, depend: textSchema }),
    }),
  ],
  { error: 'kind : single, multiple, truefalse ou consent.' },
);
export type Question = z.infer<typeof questionSchema>;

export const quizSchema = z.object({
  title: textSchema,
  summary: textSchema,
  tier: tierSchema,
  topics: topicsSchema,
  /** A sentence read before the first question. */
  intro: textSchema,
  questions: z.array(questionSchema).min(3, { error: 'Au moins trois questions.' }),
  /** What to remember, shown at the end: never a grade. */
  remember: z.array(textSchema).min(1),
  help: z.array(slugSchema).min(1),
  sources: sourcesSchema,
  /** Words people type for this page (see searchTermsSchema). */
  searchTerms: searchTermsSchema,
});
export type Quiz = z.infer<typeof quizSchema>;
