/**
 * Which lesson step each slide belongs to, for the speaker view: a step names
 * the slide it starts on (`slide:` in the lesson); the slides after it, up to
 * the next step's slide, belong to it too. Slides before the first step have none.
 */
export interface StepInfo {
  title: string;
  minutes: number;
  /** 1-based position of the step in the lesson. */
  number: number;
}

export function stepsBySlide(
  slideIds: readonly string[],
  steps: readonly { title: string; minutes: number; slide?: string | undefined }[],
): Record<string, StepInfo> {
  const starts = new Map<string, StepInfo>();
  steps.forEach((s, i) => {
    if (s.slide && !starts.has(s.slide))
      starts.set(s.slide, { title: s.title, minutes: s.minutes, number: i + 1 });
  });
  const result: Record<string, StepInfo> = {};
  let currentStep: StepInfo | undefined;
  for (const id of slideIds) {
    currentStep = starts.get(id) ?? currentStep;
    if (currentStep) result[id] = currentStep;
  }
  return result;
}
