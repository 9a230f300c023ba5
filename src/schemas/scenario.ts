import { z } from 'astro/zod';
import {
  slugSchema,
  sourcesSchema,
  textSchema,
  tierSchema,
  topicsSchema,
  searchTermsSchema,
} from './common.ts';

export const OUTCOMES = ['protective', 'risky', 'mixed'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** A fictional person in the story. */
export const characterSchema = z.object({
  id: slugSchema,
  /** A first name, always fictional. */
  name: textSchema,
  /** In chat view, `me` is the reader's side of the conversation (bubbles on the right). */
  side: z.enum(['me', 'them']).default('them'),
});

/** A chat message shown as a bubble in chat view, and as a quoted line otherwise. */
export const messageSchema = z.object({
  /** Id of a character. */
  from: slugSchema,
  text: textSchema,
  /** Set when the line is a victim-blaming phrase said by a character, which the debrief corrects. */
  quoted: z.boolean().optional(),
});

export const choiceSchema = z.object({
  /** What the reader chooses to do or reply. */
  label: textSchema,
  /** Id of the node or ending it leads to. */
  to: slugSchema,
});

/** A moment of the story where the reader chooses. */
export const nodeSchema = z.object({
  /** The situation, in a few sentences. */
  text: textSchema,
  messages: z.array(messageSchema).optional(),
  choices: z.array(choiceSchema).min(1, { error: 'Un moment sans choix doit être une fin (endings).' }),
  /** For the facilitator only: never shown on the projected screen. */
  notes: z.string().optional(),
});

/** Where a path ends, with what it teaches. */
export const endingSchema = z.object({
  /** protective (it goes well), risky (it goes badly) or mixed. */
  outcome: z.enum(OUTCOMES, { error: 'outcome : protective, risky ou mixed.' }),
  /** A short title, e.g. "Inès en parle". */
  title: textSchema,
  /** What happens next. */
  text: textSchema,
  messages: z.array(messageSchema).optional(),
  /** Why: what the choice changed, and who is responsible. Never blames the victim. */
  debrief: textSchema,
  /** Questions to discuss after this ending. */
  questions: z.array(textSchema).min(1, { error: 'Au moins une question de discussion.' }),
  /** For the facilitator only. */
  notes: z.string().optional(),
});

export const scenarioSchema = z.object({
  /** "Et si…" title. */
  title: textSchema,
  summary: textSchema,
  tier: tierSchema,
  topics: topicsSchema,
  /** story: text and choices; chat: the story happens in a messaging app. */
  view: z.enum(['story', 'chat']).default('story'),
  /** Name of the app shown at the top of the chat view (fictional or generic). */
  app: z.string().optional(),
  characters: z.array(characterSchema).default([]),
  /** Id of the first node. */
  start: slugSchema,
  /** General notes for the facilitator running the scenario with a class. */
  facilitatorNotes: z.string().optional(),
  nodes: z.record(slugSchema, nodeSchema),
  endings: z.record(slugSchema, endingSchema),
  /** Ids of help services shown at every ending (workshops/data/resources.yaml). */
  help: z.array(slugSchema).min(1),
  sources: sourcesSchema,
  /** Words people type for this page (see searchTermsSchema). */
  searchTerms: searchTermsSchema,
});
export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioNode = z.infer<typeof nodeSchema>;
export type ScenarioEnding = z.infer<typeof endingSchema>;
export type ChatMessage = z.infer<typeof messageSchema>;
