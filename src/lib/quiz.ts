import type { ContentProblem } from './problems.ts';
import type { Question, Quiz } from '../schemas/quiz.ts';

/** An answer option as every quiz view shows it, whatever the question kind. */
export interface NormalizedOption {
  /** Stable value used in forms and votes: "0", "1"… or "vrai", "oui"… */
  value: string;
  /** Dictionary key for fixed labels (Vrai, Oui…) or the writer's text. */
  label: { key: string } | { text: string };
  correct: boolean;
  feedback: string;
}

export interface NormalizedQuestion {
  id: string;
  kind: Question['kind'];
  prompt: string;
  explanation: string;
  /** Single choice: one answer is right. Multiple: tick every right one. */
  multiple: boolean;
  options: NormalizedOption[];
  /** For consent questions: the reason in one sentence. */
  reason?: string;
}

/** Turns any question kind into one shape: a list of options with their feedback. */
export function normalizeQuestion(q: Question): NormalizedQuestion {
  const common = { id: q.id, kind: q.kind, prompt: q.prompt, explanation: q.explanation };
  switch (q.kind) {
    case 'single':
    case 'multiple':
      return {
        ...common,
        multiple: q.kind === 'multiple',
        options: q.options.map((o, i) => ({
          value: String(i),
          label: { text: o.text },
          correct: o.correct,
          feedback: o.feedback,
        })),
      };
    case 'truefalse':
      return {
        ...common,
        multiple: false,
        options: [
          { value: 'vrai', label: { key: 'quiz.true' }, correct: q.answer, feedback: q.feedback.true },
          { value: 'faux', label: { key: 'quiz.false' }, correct: !q.answer, feedback: q.feedback.false },
        ],
      };
    case 'consent':
      return {
        ...common,
        multiple: false,
        reason: q.reason,
        options: (['oui', 'non', 'depend'] as const).map((value) => ({
          value,
          label: { key: `quiz.consent.${value}` },
          correct: q.answer === value,
          feedback: q.feedback[value],
        })),
      };
  }
}

/** The words of an option: the writer's text, or a fixed label (Vrai, Oui…) from the dictionary. */
export function optionText(option: NormalizedOption, translate: (key: string) => string): string {
  return 'key' in option.label ? translate(option.label.key) : option.label.text;
}

/** The right answer(s), in words, for keys and "voir la réponse". */
export function rightAnswerText(question: NormalizedQuestion, translate: (key: string) => string): string {
  return question.options
    .filter((o) => o.correct)
    .map((o) => optionText(o, translate))
    .join(' ; ');
}

/** True when the chosen values are exactly the right ones. */
export function isAnswerRight(question: NormalizedQuestion, chosen: readonly string[]): boolean {
  const right = question.options.filter((o) => o.correct).map((o) => o.value);
  return right.length === chosen.length && right.every((v) => chosen.includes(v));
}

export interface QuizTally {
  answered: number;
  matching: number;
  total: number;
}

/** Counts answered questions and those that matched the explanation, for the end summary. */
export function tallyQuiz(
  questions: readonly NormalizedQuestion[],
  answers: ReadonlyMap<string, readonly string[]>,
): QuizTally {
  let answered = 0;
  let matching = 0;
  for (const q of questions) {
    const chosen = answers.get(q.id);
    if (!chosen || chosen.length === 0) continue;
    answered += 1;
    if (isAnswerRight(q, chosen)) matching += 1;
  }
  return { answered, matching, total: questions.length };
}

/** Checks what the schema cannot: unique ids, a right answer, exactly one for single choice. */
export function checkQuiz(quiz: Pick<Quiz, 'questions'>, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Set<string>();
  quiz.questions.forEach((q, i) => {
    const field = `questions[${i}] (${q.id})`;
    if (seen.has(q.id)) {
      problems.push({
        file,
        field: `${field}.id`,
        message: `L’identifiant « ${q.id} » est utilisé deux fois.`,
        fix: 'Donner à chaque question un id différent.',
      });
    }
    seen.add(q.id);
    if (q.kind === 'single' || q.kind === 'multiple') {
      const right = q.options.filter((o) => o.correct).length;
      if (right === 0) {
        problems.push({
          file,
          field: `${field}.options`,
          message: 'Aucune réponse n’est marquée juste.',
          fix: 'Ajouter correct: true à la (ou aux) bonne(s) réponse(s).',
        });
      } else if (q.kind === 'single' && right > 1) {
        problems.push({
          file,
          field: `${field}.options`,
          message: `${right} réponses sont marquées justes pour une question à choix unique.`,
          fix: 'Garder une seule réponse juste, ou écrire kind: multiple.',
        });
      }
      const texts = q.options.map((o) => o.text.trim().toLowerCase());
      if (new Set(texts).size !== texts.length) {
        problems.push({
          file,
          field: `${field}.options`,
          message: 'Deux réponses ont le même texte.',
          fix: 'Reformuler pour que chaque réponse soit différente.',
        });
      }
    }
  });
  return problems;
}
