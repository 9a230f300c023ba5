import type { Deck } from '../../schemas/deck.ts';
import type { Guide } from '../../schemas/guide.ts';
import type { HelpFlow } from '../../schemas/help-flow.ts';
import type { Figure, Law } from '../../schemas/law.ts';
import type { Lesson } from '../../schemas/lesson.ts';
import type { Quiz } from '../../schemas/quiz.ts';
import type { Resource } from '../../schemas/resource.ts';
import type { Scenario } from '../../schemas/scenario.ts';
import { entryFile, type EntryLike } from '../entries.ts';

/** Everything the site is built from, as loaded by Astro or read from disk by the tests. */
export interface ContentSet {
  lessons: EntryLike<Lesson>[];
  decks: EntryLike<Deck>[];
  scenarios: EntryLike<Scenario>[];
  quizzes: EntryLike<Quiz>[];
  guides: EntryLike<Guide>[];
  helpflows?: EntryLike<HelpFlow>[];
  resources: EntryLike<Resource>[];
  laws: EntryLike<Law>[];
  figures: EntryLike<Figure>[];
}

/** The collections written by people (as opposed to the data files). */
export const WRITTEN = ['lessons', 'decks', 'scenarios', 'quizzes', 'guides', 'helpflows'] as const;
export type WrittenKind = (typeof WRITTEN)[number];

/** Folder each collection's ids are relative to. */
export const BASES: Record<WrittenKind, string> = {
  lessons: 'workshops',
  decks: 'slides',
  scenarios: 'workshops',
  quizzes: 'workshops',
  guides: 'workshops',
  helpflows: 'workshops',
};

/** Folder of scenarios and quizzes under workshops/<locale>/. */
export const FOLDERS = {
  scenarios: 'scenarios',
  quizzes: 'quiz',
} as const;

/** One written entry with the file a writer would open. */
export interface WrittenEntry {
  kind: WrittenKind;
  file: string;
  id: string;
  data: unknown;
  body?: string;
}

/** Every written entry of the set, in collection order, with its file. */
export function writtenEntries(set: ContentSet): WrittenEntry[] {
  return WRITTEN.flatMap((kind) =>
    ((set[kind] ?? []) as EntryLike<unknown>[]).map((entry) => ({
      kind,
      file: entryFile(entry, BASES[kind]),
      id: entry.id,
      data: entry.data,
      body: entry.body,
    })),
  );
}

/** Looks up a resource by id. */
export function resourceById(set: ContentSet, id: string): Resource | undefined {
  return set.resources.find((r) => r.data.id === id)?.data;
}
