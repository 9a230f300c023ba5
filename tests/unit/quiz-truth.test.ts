import { describe, expect, it } from 'vitest';
import fr from '../../src/i18n/fr.json' with { type: 'json' };
import {
  isAnswerRight,
  normalizeQuestion,
  optionText,
  rightAnswerText,
  tallyQuiz,
} from '../../src/lib/quiz.ts';
import type { Question } from '../../src/schemas/quiz.ts';

// The real dictionary, so the answer key reads as printed: "Vrai", "Ça dépend"…
const t = (key: string) => (fr as Record<string, string>)[key] ?? `?${key}`;

const truefalse = (answer: boolean): Question => ({
  id: 'tf',
  kind: 'truefalse',
  prompt: 'On peut dire non.',
  answer,
  feedback: { true: 'Vrai !', false: 'Faux !' },
  explanation: 'x',
});
const consent = (answer: 'oui' | 'non' | 'depend'): Question => ({
  id: 'c',
  kind: 'consent',
  prompt: 'Elle dit oui.',
  answer,
  reason: 'Parce que.',
  feedback: { oui: 'f-oui', non: 'f-non', depend: 'f-depend' },
  explanation: 'x',
});
const choice = (kind: 'single' | 'multiple', correct: boolean[]): Question => ({
  id: 'm',
  kind,
  prompt: 'Lesquels ?',
  options: correct.map((c, i) => ({ text: `Option ${i}`, correct: c, feedback: `f${i}` })),
  explanation: 'x',
});

describe('which option is right, for every kind of question', () => {
  it.each([
    [true, 'Vrai', ['vrai']],
    [false, 'Faux', ['faux']],
  ] as const)('true/false with answer %s: "%s" is right', (answer, text, values) => {
    const q = normalizeQuestion(truefalse(answer));
    expect(q.options.filter((o) => o.correct).map((o) => o.value)).toEqual(values);
    expect(rightAnswerText(q, t)).toBe(text);
    expect(isAnswerRight(q, values)).toBe(true);
    expect(isAnswerRight(q, [answer ? 'faux' : 'vrai'])).toBe(false);
    expect(q.options.map((o) => o.feedback)).toEqual(['Vrai !', 'Faux !']);
  });

  it.each([
    ['oui', 'Oui'],
    ['non', 'Non'],
    ['depend', 'Ça dépend'],
  ] as const)('consent with answer %s: "%s" is right, and only it', (answer, text) => {
    const q = normalizeQuestion(consent(answer));
    expect(q.options.map((o) => [o.value, o.correct])).toEqual(
      (['oui', 'non', 'depend'] as const).map((v) => [v, v === answer]),
    );
    expect(rightAnswerText(q, t)).toBe(text);
    expect(isAnswerRight(q, [answer])).toBe(true);
    expect(isAnswerRight(q, ['oui', 'non', 'depend'].filter((v) => v !== answer).slice(0, 1))).toBe(false);
    expect(q.options.map((o) => o.feedback)).toEqual(['f-oui', 'f-non', 'f-depend']);
    expect(q.reason).toBe('Parce que.');
  });

  it('multiple choice: every right option, in order, joined for the key', () => {
    const q = normalizeQuestion(choice('multiple', [true, false, true]));
    expect(q.multiple).toBe(true);
    expect(rightAnswerText(q, t)).toBe('Option 0 ; Option 2');
    expect(isAnswerRight(q, ['2', '0'])).toBe(true);
    expect(isAnswerRight(q, ['0'])).toBe(false);
    expect(isAnswerRight(q, ['0', '1', '2'])).toBe(false);
    expect(isAnswerRight(q, ['0', '1'])).toBe(false);
  });

  it('single choice: the writer’s text of the one right option', () => {
    const q = normalizeQuestion(choice('single', [false, true]));
    expect(q.multiple).toBe(false);
    expect(rightAnswerText(q, t)).toBe('Option 1');
    expect(isAnswerRight(q, ['1'])).toBe(true);
    expect(isAnswerRight(q, [])).toBe(false);
  });
});

describe('optionText', () => {
  it('translates fixed labels and keeps the writer’s text', () => {
    expect(optionText({ value: 'vrai', label: { key: 'quiz.true' }, correct: true, feedback: '' }, t)).toBe(
      'Vrai',
    );
    expect(optionText({ value: '0', label: { text: 'Parler' }, correct: true, feedback: '' }, t)).toBe(
      'Parler',
    );
  });
});

describe('tallyQuiz', () => {
  it('counts only answered questions, and those that match', () => {
    const qs = [
      normalizeQuestion(truefalse(true)),
      normalizeQuestion(consent('depend')),
      normalizeQuestion({ ...truefalse(false), id: 'tf2' }),
    ];
    const answers = new Map<string, string[]>([
      ['tf', ['vrai']],
      ['c', []],
    ]);
    expect(tallyQuiz(qs, answers)).toEqual({ answered: 1, matching: 1, total: 3 });
    answers.set('c', ['oui']);
    expect(tallyQuiz(qs, answers)).toEqual({ answered: 2, matching: 1, total: 3 });
  });
});
