/**
 * A problem found in the content, reported to the person who wrote it:
 * which file, which field, what is wrong and how to fix it.
 */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
  fix: string;
}

export function formatProblems(problems: readonly ContentProblem[]): string {
  const lines = problems.map((p) => `• ${p.file} › ${p.field} : ${p.message}\n    → ${p.fix}`);
  const count = problems.length === 1 ? '1 problème' : `${problems.length} problèmes`;
  return `Contenu à corriger (${count}) :\n${lines.join('\n')}`;
}

/** Thrown by the build so it stops with every problem listed at once. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }
}
