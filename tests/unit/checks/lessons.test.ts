import { describe, expect, it } from 'vitest';
import { checkLessonNumbers, checkLessons } from '../../../src/lib/checks/lessons.ts';
import { contentSet, lesson } from '../../support/factory.ts';

const FILE = 'workshops/fr/ateliers/atelier.mdx';

describe('lesson numbers', () => {
  it('lets two locales use the same programme number', () => {
    const lessons = [
      { id: 'fr/ateliers/a.mdx', data: lesson() },
      { id: 'be/ateliers/a.mdx', data: lesson() },
    ];
    expect(checkLessonNumbers(lessons)).toEqual([]);
  });
  it('names the first lesson of a locale that has the number already', () => {
    const lessons = [
      { id: 'fr/ateliers/a.mdx', data: lesson() },
      { id: 'fr/ateliers/b.mdx', data: lesson({ number: 9 }) },
      { id: 'fr/ateliers/c.mdx', data: lesson() },
    ];
    expect(checkLessonNumbers(lessons)).toEqual([
      {
        file: 'workshops/fr/ateliers/c.mdx',
        field: 'number',
        message: 'Le numéro 8 est déjà celui de workshops/fr/ateliers/a.mdx.',
        fix: 'Donner à chaque atelier le numéro de sa ligne dans le programme.',
      },
    ]);
  });
});

describe('a lesson and its deck', () => {
  it('does not take a deck of another locale or of another lesson as the lesson’s deck', () => {
    const set = contentSet();
    set.decks = [
      { id: 'be/atelier.mdx', data: { title: 'A', lesson: 'atelier' }, body: '' },
      { id: 'fr/autre.mdx', data: { title: 'B', lesson: 'autre' }, body: '' },
    ];
    expect(checkLessons(set)).toEqual([
      {
        file: FILE,
        field: 'présentation',
        message: 'Cet atelier n’a pas de présentation.',
        fix: 'Créer slides/fr/atelier.mdx avec lesson: atelier dans son en-tête.',
      },
    ]);
  });
  it('lists only the slide ids of the deck when a step names another one, or says there is none', () => {
    const set = contentSet();
    set.decks[0]!.body = '<Slide title="Sans id">\nx\n</Slide>\n<Slide id="b" />';
    set.lessons[0]!.data.steps[0]!.slide = 'a';
    const fix = (s: typeof set) => checkLessons(s).map((p) => p.fix);
    expect(fix(set)).toEqual(['Utiliser l’id d’un <Slide id="…"> de la présentation (b).']);
    set.decks[0]!.body = '<Slide title="Sans id" />';
    expect(fix(set)).toEqual(['Utiliser l’id d’un <Slide id="…"> de la présentation (aucun id).']);
  });
});

describe('lesson steps', () => {
  it('names a scenario and a quiz that do not exist', () => {
    const set = contentSet();
    set.lessons[0]!.data.steps[1]!.scenario = 'perdu';
    set.lessons[0]!.data.steps[2]!.quiz = 'egare';
    expect(checkLessons(set)).toEqual([
      {
        file: FILE,
        field: 'steps[1].scenario',
        message: 'Le scénario « perdu » n’existe pas.',
        fix: 'Créer workshops/fr/scenarios/perdu.yaml ou corriger le nom.',
      },
      {
        file: FILE,
        field: 'steps[2].quiz',
        message: 'Le quiz « egare » n’existe pas.',
        fix: 'Créer workshops/fr/quiz/egare.yaml ou corriger le nom.',
      },
    ]);
  });
  it('asks for a scenario step and a quiz step', () => {
    const set = contentSet();
    set.lessons[0]!.data.steps = [{ title: 'Tout', minutes: 50, facilitator: 'Dire', pupils: 'Écouter' }];
    expect(checkLessons(set)).toEqual([
      {
        file: FILE,
        field: 'steps[].scenario',
        message: 'Aucune étape ne propose de scénario « Et si… ».',
        fix: 'Ajouter scenario: <nom> à l’étape où la classe joue le scénario.',
      },
      {
        file: FILE,
        field: 'steps[].quiz',
        message: 'Aucune étape ne propose de quiz.',
        fix: 'Ajouter quiz: <nom> à l’étape où la classe fait le quiz.',
      },
    ]);
  });
});
