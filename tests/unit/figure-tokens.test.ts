import { describe, expect, it } from 'vitest';
import { checkFigureTokens, findFigureTokens, resolveFigureTokens } from '../../src/lib/figure-tokens.ts';
import { readContent } from '../support/read-content.ts';

const figures = [{ id: 'cf-2025', text: 'En 2025, 350 dossiers.', publisher: 'Child Focus' }];

describe('figure tokens in quiz and scenario text', () => {
  it('finds each token with the field it is in', () => {
    const data = { questions: [{ feedback: { true: 'Oui. {{figure:cf-2025}}' } }], title: 'x' };
    expect(findFigureTokens(data)).toEqual([{ field: 'questions[0].feedback.true', id: 'cf-2025' }]);
  });

  it('replaces a token with the figure sentence and its publisher', () => {
    const data = { a: ['Vrai. {{figure:cf-2025}} Parles-en.'], n: 3 };
    expect(resolveFigureTokens(data, figures)).toEqual({
      a: ['Vrai. En 2025, 350 dossiers. (Child Focus) Parles-en.'],
      n: 3,
    });
  });

  it('reports an unknown id with file and field', () => {
    const problems = checkFigureTokens(
      [{ file: 'workshops/fr/quiz/q.yaml', data: { questions: [{ explanation: '{{figure:inconnu}}' }] } }],
      figures,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'workshops/fr/quiz/q.yaml',
      field: 'questions[0].explanation',
    });
    expect(problems[0]!.message).toContain('inconnu');
  });

  // Reading the whole content takes a few seconds on a busy machine: once, with room to spare.
  let content: ReturnType<typeof readContent> | undefined;
  const published = () => (content ??= readContent());

  it('finds no unknown figure in the published quizzes and scenarios', { timeout: 30_000 }, () => {
    const { set } = published();
    const entries = [...set.quizzes, ...set.scenarios].map((e) => ({
      file: e.filePath ?? e.id,
      data: e.data,
    }));
    expect(
      checkFigureTokens(
        entries,
        set.figures.map((f) => f.data),
      ),
    ).toEqual([]);
  });

  it(
    'leaves no figure typed by hand in the quizzes (a percentage comes from figures.yaml)',
    { timeout: 30_000 },
    () => {
      const { set } = published();
      const typed = set.quizzes.flatMap(({ data: { sources: _sources, ...text }, filePath, id }) =>
        /\d+\s?%/.test(JSON.stringify(text)) ? [filePath ?? id] : [],
      );
      expect(typed).toEqual([]);
    },
  );
});

describe('figure tokens, what is walked', () => {
  it('skips nulls, numbers and values that are not data', () => {
    const notData = Object.assign(() => undefined, { text: '{{figure:x}}' });
    expect(findFigureTokens({ a: null, b: 3, c: true, f: notData, d: new Date(0) })).toEqual([]);
    expect(findFigureTokens({ a: null, b: ['{{ figure:y }}'] })).toEqual([{ field: 'b[0]', id: 'y' }]);
  });
  it('names the known figures in the fix of an unknown one', () => {
    const figures = [
      { id: 'un', text: 'Un.', publisher: 'P' },
      { id: 'deux', text: 'Deux.', publisher: 'P' },
    ];
    expect(checkFigureTokens([{ file: 'q.yaml', data: { t: '{{figure:trois}}' } }], figures)).toEqual([
      {
        file: 'q.yaml',
        field: 't',
        message: "Le chiffre « trois » n'existe pas dans workshops/data/figures.yaml.",
        fix: 'Écrire {{figure:<id>}} avec un id de figures.yaml (un, deux), ou y ajouter le chiffre avec sa source.',
      },
    ]);
  });
});
