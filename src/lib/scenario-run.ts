/**
 * The state of a scenario being played: where the reader is, the path taken,
 * and the class's votes. Pure functions, so the browser players and the tests
 * share one logic; nothing here touches the DOM or stores anything.
 */
export interface RunState {
  /** Node ids from the start to the current one. */
  path: string[];
  /** Votes per choice index, for the current node (class mode). */
  votes: number[];
}

export function startRun(start: string): RunState {
  return { path: [start], votes: [] };
}

export function current(state: RunState): string {
  return state.path[state.path.length - 1]!;
}

export function choose(state: RunState, to: string): RunState {
  return { path: [...state.path, to], votes: [] };
}

/** One step back; at the start, nothing changes. */
export function back(state: RunState): RunState {
  return state.path.length > 1 ? { path: state.path.slice(0, -1), votes: [] } : state;
}

export function restart(state: RunState): RunState {
  return startRun(state.path[0]!);
}

export function vote(state: RunState, choice: number, delta = 1): RunState {
  const votes = [...state.votes];
  votes[choice] = Math.max(0, (votes[choice] ?? 0) + delta);
  return { ...state, votes };
}

/** The choice with the most votes; the first one on a tie; undefined with no vote. */
export function mostVoted(votes: readonly number[]): number | undefined {
  let best: number | undefined;
  votes.forEach((count, i) => {
    if (count > 0 && (best === undefined || count > votes[best]!)) best = i;
  });
  return best;
}
