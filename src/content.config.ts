import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parseIdList } from './lib/data-file.ts';
import { adviceSchema } from './schemas/advice.ts';
import { deckSchema } from './schemas/deck.ts';
import { guideSchema } from './schemas/guide.ts';
import { helpFlowSchema } from './schemas/help-flow.ts';
import { figureSchema, lawSchema } from './schemas/law.ts';
import { lessonSchema } from './schemas/lesson.ts';
import { quizSchema } from './schemas/quiz.ts';
import { resourceSchema } from './schemas/resource.ts';
import { scenarioSchema } from './schemas/scenario.ts';

/**
 * Content lives by locale: workshops/<locale>/{ateliers,scenarios,quiz,guides}/
 * and slides/<locale>/. Ids keep the whole path (see src/lib/entries.ts) so
 * that two files can never silently share a slug.
 */
const byPath = ({ entry }: { entry: string }) => entry;

const data = (name: string) => {
  const path = `./workshops/data/${name}.yaml`;
  return file(path, { parser: (text) => parseIdList(text, path.slice(2)) });
};

export const collections = {
  lessons: defineCollection({
    loader: glob({ base: './workshops', pattern: '*/ateliers/**/*.{md,mdx}', generateId: byPath }),
    schema: lessonSchema,
  }),
  decks: defineCollection({
    loader: glob({ base: './slides', pattern: '*/**/*.{md,mdx}', generateId: byPath }),
    schema: deckSchema,
  }),
  scenarios: defineCollection({
    loader: glob({ base: './workshops', pattern: '*/scenarios/**/*.{yaml,yml}', generateId: byPath }),
    schema: scenarioSchema,
  }),
  quizzes: defineCollection({
    loader: glob({ base: './workshops', pattern: '*/quiz/**/*.{yaml,yml}', generateId: byPath }),
    schema: quizSchema,
  }),
  guides: defineCollection({
    loader: glob({ base: './workshops', pattern: '*/guides/**/*.{md,mdx}', generateId: byPath }),
    schema: guideSchema,
  }),
  helpflows: defineCollection({
    loader: glob({ base: './workshops', pattern: '*/aide/**/*.{yaml,yml}', generateId: byPath }),
    schema: helpFlowSchema,
  }),
  resources: defineCollection({ loader: data('resources'), schema: resourceSchema }),
  laws: defineCollection({ loader: data('laws'), schema: lawSchema }),
  figures: defineCollection({ loader: data('figures'), schema: figureSchema }),
  advice: defineCollection({ loader: data('advice'), schema: adviceSchema }),
};
