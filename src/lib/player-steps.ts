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

export type QuizStep = { do: 'reveal' } | { do: 'hide' } | { do: 'show'; index: number } | { do: 'leave' };

export interface QuizPlace {
  /** Index of the question shown; equal to `total` on the closing "to remember" step. */
  index: number;
  total: number;
  revealed: boolean;
}

export function quizStep(place: QuizPlace, direction: 1 | -1): QuizStep {
  const { index, total, revealed } = place;
  if (direction === 1) {
    if (index >= total) return { do: 'leave' };
    return revealed ? { do: 'show', index: index + 1 } : { do: 'reveal' };
  }
  if (revealed) return { do: 'hide' };
  return index > 0 ? { do: 'show', index: index - 1 } : { do: 'leave' };
}
