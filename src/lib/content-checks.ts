import { checkBlaming } from './checks/blaming.ts';
import type { ContentSet } from './checks/context.ts';
import { checkDecks } from './checks/decks.ts';
import { checkEvidence } from './checks/evidence.ts';
import { checkQuizzes, checkScenarios } from './checks/games.ts';
import { checkHelpFlows } from './checks/help-flows.ts';
import { checkLessons } from './checks/lessons.ts';
import { checkPhones } from './checks/phones.ts';
import { checkReferences } from './checks/references.ts';
import { checkSlideWords } from './checks/slide-words.ts';
import { checkSlugs } from './checks/slugs.ts';
import { checkSources } from './checks/sources.ts';
import { checkSuicideLines } from './checks/suicide.ts';
import type { ContentProblem } from './problems.ts';

export type { ContentSet } from './checks/context.ts';

/** One checker per concern, in the order their problems are listed. */
export const CHECKERS: readonly ((set: ContentSet) => ContentProblem[])[] = [
  checkSlugs,
  checkLessons,
  checkDecks,
  checkScenarios,
  checkQuizzes,
  checkReferences,
  checkHelpFlows,
  checkBlaming,
  checkEvidence,
  checkSuicideLines,
  checkSlideWords,
  checkSources,
  checkPhones,
];

/**
 * Checks what Zod cannot see: references between entries, slugs, timings,
 * deck structure, scenario graphs, help flows and the content rules
 * (blaming, evidence, suicide lines, words per slide) and that every
 * source of a service, law or figure is a precise page, not a home page. Returns every
 * problem, so a writer can fix them all in one pass.
 */
export function checkContent(set: ContentSet): ContentProblem[] {
  return CHECKERS.flatMap((check) => check(set));
}
