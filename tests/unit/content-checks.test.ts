import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-checks.ts';
import { ContentError, formatProblems } from '../../src/lib/problems.ts';
import { contentSet, DECK_BODY, lesson } from '../support/factory.ts';

const problemsOf = (mutate: (set: ReturnType<typeof contentSet>) => void) => {
  const set = contentSet();
  mutate(set);
  return checkContent(set);
};

describe('checkContent', () => {
  it('accepts a complete, consistent set', () => {
    expect(checkContent(contentSet())).toEqual([]);
  });

  it('names the file, the field and the fix when step minutes do not add up', () => {
    const [p] = problemsOf((s) => (s.lessons[0]!.data = lesson({ duration: 45 })));
    expect(p).toMatchObject({ file: 'workshops/fr/ateliers/atelier.mdx', field: 'steps[].minutes' });
    expect(p!.message).toContain('50 minutes');
    expect(p!.fix).toContain('duration: 50');
  });

  it('reports a scenario, quiz or slide that does not exist', () => {
    const problems = problemsOf((s) => {
      const steps = s.lessons[0]!.data.steps;
      steps[0]!.slide = 'absente';
      steps[1]!.scenario = 'perdu';
      steps[2]!.quiz = 'perdu';
    });
    expect(problems.map((p) => p.field)).toEqual(
      expect.arrayContaining(['steps[0].slide', 'steps[1].scenario', 'steps[2].quiz']),
    );
    expect(problems.find((p) => p.field === 'steps[1].scenario')!.fix).toContain(
      'workshops/fr/scenarios/perdu.yaml',
    );
  });

  it('requires a deck, a scenario step and a quiz step for each lesson', () => {
    const problems = problemsOf((s) => {
      s.decks = [];
      s.lessons[0]!.data.steps = s.lessons[0]!.data.steps.map(({ scenario: _s, quiz: _q, ...step }) => step);
    });
    expect(problems.map((p) => p.field)).toEqual(['présentation', 'steps[].scenario', 'steps[].quiz']);
    expect(problems[0]!.fix).toContain('slides/fr/atelier.mdx');
  });

  it('reports an unknown help service, in lessons and in MDX bodies', () => {
    const problems = problemsOf((s) => {
      s.lessons[0]!.data.help = ['inconnu'];
      s.lessons[0]!.body = 'Appelez <HelpLine id="nulle-part" />';
    });
    expect(problems.map((p) => p.field)).toEqual(['help[0]', '<HelpLine> ligne 1']);
    expect(problems[0]!.fix).toContain('workshops/data/resources.yaml');
  });

  it('reports two files that share a slug', () => {
    const problems = problemsOf((s) => {
      s.scenarios.push({
        ...s.scenarios[0]!,
        id: 'fr/scenarios/autre/histoire.yaml',
        filePath: 'workshops/fr/scenarios/autre/histoire.yaml',
      });
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('déjà pris par workshops/fr/scenarios/histoire.yaml');
  });

  it('reports a deck whose lesson is missing, a slide without notes and a missing help slide', () => {
    const problems = problemsOf((s) => {
      s.decks[0]!.data.lesson = 'autre';
      s.decks[0]!.body = '<Slide title="Sans notes">\n\nTexte\n\n</Slide>\n';
      s.decks.push({
        ...s.decks[0]!,
        id: 'fr/atelier-bis.mdx',
        data: { title: 'x', lesson: 'atelier' },
        body: DECK_BODY,
      });
    });
    const fields = problems.map((p) => `${p.file} › ${p.field}`);
    expect(fields).toContain('slides/fr/atelier.mdx › lesson');
    expect(fields).toContain('slides/fr/atelier.mdx › diapositive 2 (ligne 1)');
    expect(fields).toContain('slides/fr/atelier.mdx › dernière diapositive');
  });

  it('reports two lessons with the same number', () => {
    const problems = problemsOf((s) => {
      s.lessons.push({
        ...s.lessons[0]!,
        id: 'fr/ateliers/bis.mdx',
        filePath: 'workshops/fr/ateliers/bis.mdx',
      });
    });
    expect(problems.find((p) => p.field === 'number')?.message).toContain('Le numéro 8');
  });

  it('formats every problem for the build output', () => {
    const problems = problemsOf((s) => (s.lessons[0]!.data.help = ['x']));
    const error = new ContentError(problems);
    expect(error.message).toBe(formatProblems(problems));
    expect(error.message).toMatch(
      /^Contenu à corriger \(1 problème\) :\n• workshops\/fr\/ateliers\/atelier\.mdx › help\[0\]/,
    );
  });
});

describe('guides', () => {
  it('reports a help flow that does not exist', () => {
    const set = contentSet();
    set.helpflows = [];
    set.guides = [
      {
        id: 'fr/guides/g.mdx',
        filePath: 'workshops/fr/guides/g.mdx',
        data: {
          title: 'G',
          summary: 'S',
          audience: 'parents',
          topics: ['aide'],
          order: 1,
          template: false,
          help: ['child-focus'],
          flow: 'nulle-part',
          sources: [{ seed: '003' }],
        },
        body: '',
      },
    ];
    const [p] = checkContent(set);
    expect(p).toMatchObject({ file: 'workshops/fr/guides/g.mdx', field: 'flow' });
  });
});
