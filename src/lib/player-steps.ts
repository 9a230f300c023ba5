/**
 * What the deck's "next" and "previous" keys (arrows, PageDown/PageUp,
 * Space, a clicker) do on a slide that holds a scenario or a quiz. An
 * interactive slide shows one step at a time so it fits the screen; the keys
 * walk those steps first and leave the slide only from the first or last one.
 * Keys never change a vote. Pure functions: the players apply the result.
 */

/**
 * Steps of a scenario moment: its situation (the text), its messages (the
 * chat, a step of its own when the moment has text too), then its choices.
 * Steps of an ending: what happens, why (debrief), the questions to discuss,
 * then where to find help.
 */
export type ScenarioPhase =
  'situation' | 'messages' | 'choices' | 'ending' | 'debrief' | 'questions' | 'help';

export function phasesOf(node: { ending: boolean; text: boolean; messages: boolean }): ScenarioPhase[] {
  if (node.ending) return ['ending', 'debrief', 'questions', 'help'];
  const phases: ScenarioPhase[] = [];
  if (node.text || !node.messages) phases.push('situation');
  if (node.messages) phases.push('messages');
  phases.push('choices');
  return phases;
}

export type ScenarioStep =
  | { do: 'phase'; phase: ScenarioPhase }
  /** Go to the most voted choice. */
  | { do: 'reveal' }
  /** Back to the previous moment, on its choices. */
  | { do: 'back' }
  /** Nothing left on this slide in that direction: the deck moves. */
  | { do: 'leave' };

export interface ScenarioPlace {
  /** The current node's steps (phasesOf) and the one shown. */
  phases: readonly ScenarioPhase[];
  phase: ScenarioPhase;
  /** At least one vote was counted on the current moment. */
  hasVotes: boolean;
  /** The current moment is the first of the path. */
  atStart: boolean;
}

export function scenarioStep(place: ScenarioPlace, direction: 1 | -1): ScenarioStep {
  const { phases, phase, hasVotes, atStart } = place;
  const at = Math.max(0, phases.indexOf(phase));
  const to = phases[at + direction];
  if (to) return { do: 'phase', phase: to };
  if (direction === -1) return atStart ? { do: 'leave' } : { do: 'back' };
  // Without votes there is nothing to reveal: a clicker must still be able to leave.
  return phase === 'choices' && hasVotes ? { do: 'reveal' } : { do: 'leave' };
}

/**
 * Steps of a quiz question in a deck: the question and its options, the
 * answer revealed, then its explanation (each alone, so each fits the screen).
 */
export type QuizStage = 'question' | 'answer' | 'explanation';

export type QuizStep =
  /** Same question, another stage. */
  | { do: 'stage'; stage: QuizStage }
  /** Another question (index `total` is the "to remember" step), at that stage. */
  | { do: 'show'; index: number; stage: QuizStage; page: number }
  /** Another page of the "to remember" step. */
  | { do: 'page'; page: number }
  | { do: 'leave' };

export interface QuizPlace {
  /** Index of the question shown; equal to `total` on the closing "to remember" step. */
  index: number;
  total: number;
  stage: QuizStage;
  /** Page of the "to remember" step shown, and how many it has (at least 1). */
  page: number;
  pages: number;
}

const STAGES: readonly QuizStage[] = ['question', 'answer', 'explanation'];

export function quizStep(place: QuizPlace, direction: 1 | -1): QuizStep {
  const { index, total, stage, page, pages } = place;
  if (index >= total) {
    const to = page + direction;
    if (to >= 0 && to < pages) return { do: 'page', page: to };
    if (direction === 1 || total === 0) return { do: 'leave' };
    return { do: 'show', index: total - 1, stage: 'explanation', page: 0 };
  }
  const to = STAGES[STAGES.indexOf(stage) + direction];
  if (to) return { do: 'stage', stage: to };
  if (direction === 1) return { do: 'show', index: index + 1, stage: 'question', page: 0 };
  return index > 0 ? { do: 'show', index: index - 1, stage: 'explanation', page: 0 } : { do: 'leave' };
}

/** Most words on one page of the "to remember" step, so it fits a slide in large type. */
export const REMEMBER_PAGE_WORDS = 40;

/**
 * The "to remember" points split into pages of whole points, in order, each
 * page under `budget` words when it can be (a longer point has a page alone).
 * Returns, for each page, the indexes of its points.
 */
export function rememberPages(points: readonly string[], budget = REMEMBER_PAGE_WORDS): number[][] {
  const words = (t: string) => (t.match(/\S+/g) ?? []).length;
  const pages: number[][] = [];
  let used = Infinity;
  points.forEach((point, i) => {
    const n = words(point);
    if (used + n > budget) {
      pages.push([]);
      used = 0;
    }
    pages[pages.length - 1]!.push(i);
    used += n;
  });
  return pages.length ? pages : [[]];
}
