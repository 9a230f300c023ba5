import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/content-checks.ts';
import { checkReferences } from '../../../src/lib/checks/references.ts';
import { pickByIds } from '../../../src/lib/entries.ts';
import { contentSet } from '../../support/factory.ts';

type Set = ReturnType<typeof contentSet>;
const unknownHelp = {
  message: 'Le service d’aide « inconnu » n’existe pas.',
  fix: 'Utiliser un id de workshops/data/resources.yaml, ou y ajouter le service avec sa source.',
};

describe('unknown help ids, in every collection that lists them', () => {
  const cases: [string, (s: Set) => void, string, string][] = [
    [
      'lesson',
      (s) => (s.lessons[0]!.data.help = ['child-focus', 'inconnu']),
      'workshops/fr/ateliers/atelier.mdx',
      'help[1]',
    ],
    [
      'scenario',
      (s) => (s.scenarios[0]!.data.help = ['inconnu']),
      'workshops/fr/scenarios/histoire.yaml',
      'help[0]',
    ],
    ['quiz', (s) => (s.quizzes[0]!.data.help = ['inconnu']), 'workshops/fr/quiz/questions.yaml', 'help[0]'],
    ['guide', (s) => (s.guides[0]!.data.help = ['inconnu']), 'workshops/fr/guides/guide.mdx', 'help[0]'],
    [
      'help flow',
      (s) => s.helpflows![0]!.data.parents.services.splice(1, 0, 'inconnu'),
      'workshops/fr/aide/chantage.yaml',
      'parents.services[1]',
    ],
  ];
  for (const [kind, mutate, file, field] of cases) {
    it(`fails on a ${kind}`, () => {
      const set = contentSet();
      mutate(set);
      expect(checkReferences(set)).toEqual([{ file, field, ...unknownHelp }]);
      expect(checkContent(set)).toEqual([{ file, field, ...unknownHelp }]);
    });
  }
});

describe('MDX references', () => {
  const bodies: [string, (s: Set, body: string) => void, string][] = [
    ['lesson', (s, b) => (s.lessons[0]!.body = b), 'workshops/fr/ateliers/atelier.mdx'],
    ['guide', (s, b) => (s.guides[0]!.body = b), 'workshops/fr/guides/guide.mdx'],
  ];
  for (const [kind, put, file] of bodies) {
    it(`names the component, the line and the data file in a ${kind}`, () => {
      const set = contentSet();
      put(
        set,
        'Texte\n<HelpLine id="nulle-part" />\n<LawRef id="loi-x" /> <FigureRef id="chiffre-x" />\n<ScenarioEmbed slug="perdu" />\n<QuizEmbed slug="perdu" />\n<LawRef />',
      );
      expect(checkReferences(set)).toEqual([
        {
          file,
          field: '<HelpLine> ligne 2',
          message: '« nulle-part » n’existe pas dans resources.',
          fix: 'Écrire un id de workshops/data/resources.yaml.',
        },
        {
          file,
          field: '<LawRef> ligne 3',
          message: '« loi-x » n’existe pas dans laws.',
          fix: 'Écrire un id de workshops/data/laws.yaml.',
        },
        {
          file,
          field: '<FigureRef> ligne 3',
          message: '« chiffre-x » n’existe pas dans figures.',
          fix: 'Écrire un id de workshops/data/figures.yaml.',
        },
        {
          file,
          field: '<ScenarioEmbed> ligne 4',
          message: '« perdu » n’existe pas dans scenarios.',
          fix: 'Écrire le nom d’un fichier de workshops/fr/scenarios/ (sans .yaml).',
        },
        {
          file,
          field: '<QuizEmbed> ligne 5',
          message: '« perdu » n’existe pas dans quizzes.',
          fix: 'Écrire le nom d’un fichier de workshops/fr/quiz/ (sans .yaml).',
        },
        {
          file,
          field: '<LawRef> ligne 6',
          message: 'L’attribut id manque.',
          fix: 'Écrire un id de workshops/data/laws.yaml.',
        },
      ]);
    });
  }
  it('checks deck bodies too, and accepts known ids', () => {
    const set = contentSet();
    set.decks[0]!.body = set.decks[0]!.body!.replace(
      'Bienvenue',
      'Bienvenue <FigureRef id="un-sur-cinq" /> <LawRef id="fr-chantage" /> <ScenarioEmbed slug="histoire" /> <QuizEmbed slug="questions" /> <QuizEmbed />',
    );
    expect(checkReferences(set)).toEqual([
      {
        file: 'slides/fr/atelier.mdx',
        field: '<QuizEmbed> ligne 4',
        message: 'L’attribut slug manque.',
        fix: 'Écrire le nom d’un fichier de workshops/fr/quiz/ (sans .yaml).',
      },
    ]);
  });
  it('reports a guide whose help flow does not exist', () => {
    const set = contentSet();
    set.guides[0]!.data.flow = 'nulle-part';
    expect(checkReferences(set)).toEqual([
      {
        file: 'workshops/fr/guides/guide.mdx',
        field: 'flow',
        message: 'La situation d’aide « nulle-part » n’existe pas.',
        fix: 'Écrire le nom d’un fichier de workshops/fr/aide/ (sans .yaml).',
      },
    ]);
  });
});

describe('pickByIds (what pages use to list services)', () => {
  const items = [{ id: 'a' }, { id: 'b' }];
  it('keeps the order of the ids', () => {
    expect(pickByIds(items, ['b', 'a'], (i) => i.id)).toEqual([{ id: 'b' }, { id: 'a' }]);
  });
  it('throws on an unknown id instead of dropping it', () => {
    expect(() => pickByIds(items, ['a', 'x'], (i) => i.id)).toThrow('« x » n’existe pas');
  });
});

describe('guides and help flows, edges', () => {
  it('asks nothing of a guide that names no help flow', () => {
    const set = contentSet();
    delete set.guides[0]!.data.flow;
    expect(checkReferences(set)).toEqual([]);
  });
  it('works on a set without help flows', () => {
    const set = contentSet();
    delete set.helpflows;
    expect(checkReferences(set)).toEqual([]);
  });
});
