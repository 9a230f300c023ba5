import { entryFile } from '../entries.ts';
import type { ContentProblem } from '../problems.ts';
import { checkQuiz } from '../quiz.ts';
import { checkScenarioGraph } from '../scenario-graph.ts';
import { BASES, type ContentSet } from './context.ts';

/** Every scenario's graph: a start, no choice to nowhere, every ending reachable. */
export function checkScenarios(set: ContentSet): ContentProblem[] {
  return set.scenarios.flatMap((s) => checkScenarioGraph(s.data, entryFile(s, BASES.scenarios)));
}

/** Every quiz: unique question ids, a right answer, one only for single choice. */
export function checkQuizzes(set: ContentSet): ContentProblem[] {
  return set.quizzes.flatMap((q) => checkQuiz(q.data, entryFile(q, BASES.quizzes)));
}
