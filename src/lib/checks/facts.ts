import { ContentError, type ContentProblem } from '../problems.ts';
import { formatStale, staleFacts, type StaleFact } from '../stale-facts.ts';
import type { ContentSet } from './context.ts';

/** Phone numbers, laws and figures checked more than a year before `today`. */
export function staleFactsOf(set: ContentSet, today: Date): StaleFact[] {
  return staleFacts(
    [...set.resources, ...set.laws, ...set.figures].map((e) => ({
      file: e.filePath ?? 'workshops/data',
      id: e.data.id,
      checked: e.data.checked,
    })),
    today,
  );
}

/**
 * The build's gate: any content problem stops it with the whole list; old
 * facts do not stop it, they are listed so someone re-checks them.
 */
export function gateContent(
  set: ContentSet,
  check: (set: ContentSet) => ContentProblem[],
  today: Date,
  warn: (text: string) => void,
): void {
  const problems = check(set);
  if (problems.length > 0) throw new ContentError(problems);
  const stale = staleFactsOf(set, today);
  if (stale.length > 0) warn(formatStale(stale));
}
