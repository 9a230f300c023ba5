/**
 * The minute-by-minute plan of a lesson, as a teacher reads it at a glance or
 * on the printed session sheet: when each step starts and ends, and the words
 * to say (the facilitator text's « quoted » lines).
 */

export interface TimedStep<S> {
  step: S;
  /** Minutes from the start of the session. */
  start: number;
  end: number;
}

/** Adds start and end minutes to steps that only carry their length. */
export function timeline<S extends { minutes: number }>(steps: readonly S[]): TimedStep<S>[] {
  let clock = 0;
  return steps.map((step) => {
    const start = clock;
    clock += step.minutes;
    return { step, start, end: clock };
  });
}

/**
 * What to say in a step: the passages the facilitator text puts between « »,
 * in order. A step with none gives its first sentence, so no step is blank.
 * At most `limit` passages, so a sheet stays short.
 */
export function sayLines(facilitator: string, limit = 3): string[] {
  const text = facilitator.replace(/\s+/g, ' ').trim();
  const quotes = [...text.matchAll(/«\s*([^»]+?)\s*»/g)].map((m) => m[1]!.trim()).filter((q) => q.length > 0);
  if (quotes.length > 0) return quotes.slice(0, limit);
  // The first end of sentence followed by more text; a text with a single sentence is given whole.
  const first = text.match(/.+?[.!?…](?=\s)/)?.[0] ?? text;
  return first ? [first] : [];
}
