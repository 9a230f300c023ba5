/**
 * How a scenario or quiz is used in class: the lesson step that runs it, for its minutes and
 * the slide to project. Pure, so the aside of a scenario or quiz page can be tested.
 */
export interface StepLike {
  minutes: number;
  slide?: string | undefined;
  scenario?: string | undefined;
  quiz?: string | undefined;
}

export interface ClassUse {
  /** Minutes of the first step that runs the activity. */
  minutes: number;
  /** The slide of that step, or undefined when the step has none. */
  slide: string | undefined;
}

/** The first step of a lesson that runs the scenario or quiz `slug`, or undefined. */
export function classUse(
  steps: readonly StepLike[],
  kind: 'scenario' | 'quiz',
  slug: string,
): ClassUse | undefined {
  const step = steps.find((s) => s[kind] === slug);
  return step ? { minutes: step.minutes, slide: step.slide } : undefined;
}
