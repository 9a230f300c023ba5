import { describe, expect, it } from 'vitest';
import { checkQuiz, isAnswerRight, normalizeQuestion, tallyQuiz } from '../../src/lib/quiz.ts';
import type { Question } from '../../src/schemas/quiz.ts';
import { quiz } from '../support/factory.ts';

const FILE = 'workshops/fr/quiz/q.yaml';

describe('normalizeQuestion', () => {
  it('gives true/false questions two fixed options', () => {
    const q = normalizeQuestion(quiz().questions[1]!);
    expect(q.options.map((o) => [o.value, o.correct])).toEqual([
      ['vrai', false],
      ['faux', true],
    ]);
    expect(q.options[0]!.label).toEqual({ key: 'quiz.true' });
  });

  it('gives consent questions oui / non / ça dépend with the reason', () => {
    const q = normalizeQuestion(quiz().questions[2]!);
    expect(q.options.map((o) => o.value)).toEqual(['oui', 'non', 'depend']);
    expect(q.options.find((o) => o.correct)!.value).toBe('non');
    expect(q.reason).toBe('Pas de pression.');
  });

  it('keeps the writer’s options for choice questions', () => {
    const q = normalizeQuestion(quiz().questions[0]!);
    expect(q.multiple).toBe(false);
    expect(q.options.map((o) => o.label)).toEqual([{ text: 'Parler' }, { text: 'Payer' }]);
  });
});

describe('scoring', () => {
  const multiple: Question = {
    id: 'm',
    kind: 'multiple',
    prompt: 'Tout ce qui aide',
    options: [
      { text: 'A', correct: true, feedback: '.' },
      { text: 'B', correct: true, feedback: '.' },
      { text: 'C', correct: false, feedback: '.' },
    ],
    explanation: '.',
  };
  const q = normalizeQuestion(multiple);

  it('needs every right option and no wrong one for a multiple-choice question', () => {
    expect(isAnswerRight(q, ['0', '1'])).toBe(true);
    expect(isAnswerRight(q, ['1', '0'])).toBe(true);
    expect(isAnswerRight(q, ['0'])).toBe(false);
    expect(isAnswerRight(q, ['0', '1', '2'])).toBe(false);
    expect(isAnswerRight(q, [])).toBe(false);
  });

  it('tallies answered and matching questions, skipping unanswered ones', () => {
    const questions = [...quiz().questions.map(normalizeQuestion), q];
    const answers = new Map<string, string[]>([
      ['un', ['0']],
      ['deux', ['vrai']],
      ['m', ['0', '1']],
    ]);
    expect(tallyQuiz(questions, answers)).toEqual({ answered: 3, matching: 2, total: 4 });
  });
});

describe('checkQuiz', () => {
  it('accepts a sound quiz', () => {
    expect(checkQuiz(quiz(), FILE)).toEqual([]);
  });

  it('reports a question without a right answer, naming it', () => {
    const bad = quiz();
    const first = bad.questions[0]!;
    if (first.kind !== 'single') throw new Error('fixture');
    first.options.forEach((o) => (o.correct = false));
    const [p] = checkQuiz(bad, FILE);
    expect(p).toMatchObject({ file: FILE, field: 'questions[0] (un).options' });
    expect(p!.fix).toContain('correct: true');
  });

  it('reports two right answers on a single-choice question', () => {
    const bad = quiz();
    const first = bad.questions[0]!;
    if (first.kind !== 'single') throw new Error('fixture');
    first.options.forEach((o) => (o.correct = true));
    expect(checkQuiz(bad, FILE)[0]!.fix).toContain('kind: multiple');
  });

  it('reports duplicate ids and duplicate option texts', () => {
    const bad = quiz();
    bad.questions[1]!.id = 'un';
    const first = bad.questions[0]!;
    if (first.kind !== 'single') throw new Error('fixture');
    first.options[1]!.text = 'parler ';
    expect(checkQuiz(bad, FILE).map((p) => p.field)).toEqual([
      'questions[0] (un).options',
      'questions[1] (un).id',
    ]);
  });
});

describe('quiz problems, word for word', () => {
  const single = (texts: string[], right: number[]) => ({
    id: 'q',
    kind: 'single' as const,
    prompt: 'Question ?',
    options: texts.map((text, i) => ({ text, correct: right.includes(i), feedback: 'Retour.' })),
    explanation: 'Parce que.',
  });

  it('shows true/false and consent questions as single choices', () => {
    const [, tf, consent] = quiz().questions.map(normalizeQuestion);
    expect([tf!.multiple, consent!.multiple]).toEqual([false, false]);
  });

  it('names a repeated id', () => {
    const q = single(['Oui', 'Non'], [0]);
    expect(checkQuiz({ questions: [q, q] }, FILE)).toEqual([
      {
        file: FILE,
        field: 'questions[1] (q).id',
        message: 'L’identifiant « q » est utilisé deux fois.',
        fix: 'Donner à chaque question un id différent.',
      },
    ]);
  });

  it('counts the right answers of a single-choice question, and lets a multiple one have several', () => {
    expect(checkQuiz({ questions: [single(['A', 'B', 'C'], [0, 2])] }, FILE)).toEqual([
      {
        file: FILE,
        field: 'questions[0] (q).options',
        message: '2 réponses sont marquées justes pour une question à choix unique.',
        fix: 'Garder une seule réponse juste, ou écrire kind: multiple.',
      },
    ]);
    const multiple = { ...single(['A', 'B', 'C'], [0, 2]), kind: 'multiple' as const };
    expect(checkQuiz({ questions: [multiple] }, FILE)).toEqual([]);
  });

  it('finds two options with the same text whatever the case, and not two different words', () => {
    expect(checkQuiz({ questions: [single(['Parler', ' PARLER'], [0])] }, FILE)).toEqual([
      {
        file: FILE,
        field: 'questions[0] (q).options',
        message: 'Deux réponses ont le même texte.',
        fix: 'Reformuler pour que chaque réponse soit différente.',
      },
    ]);
    // "ß" and "ss" are two spellings in German, but two different texts for a reader.
    expect(checkQuiz({ questions: [single(['Straße', 'STRASSE'], [0])] }, FILE)).toEqual([]);
  });
});
