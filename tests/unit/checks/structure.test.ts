import { describe, expect, it } from 'vitest';
import { checkDeckBody, checkDecks } from '../../../src/lib/checks/decks.ts';
import { checkHelpFlows } from '../../../src/lib/checks/help-flows.ts';
import { checkQuizzes, checkScenarios } from '../../../src/lib/checks/games.ts';
import { checkLessonMinutes, checkLessons } from '../../../src/lib/checks/lessons.ts';
import { checkSlugs } from '../../../src/lib/checks/slugs.ts';
import { contentSet, DECK_BODY, lesson } from '../../support/factory.ts';

const FILE = 'slides/fr/atelier.mdx';
const slide = (id: string, notes = true) =>
  `<Slide id="${id}" title="T">\n\nTexte\n\n${notes ? '<Notes>\n\n- x\n\n</Notes>\n' : ''}</Slide>\n`;

describe('deck structure', () => {
  it('accepts slides with notes ending with the help slide', () => {
    expect(checkDeckBody(DECK_BODY, FILE)).toEqual([]);
  });
  it('reports a help slide present but not last', () => {
    expect(checkDeckBody(`${slide('a')}<HelpSlide />\n${slide('b')}`, FILE)).toEqual([
      {
        file: FILE,
        field: 'dernière diapositive',
        message: 'La présentation ne se termine pas par la diapositive d’aide.',
        fix: 'Terminer le fichier par <HelpSlide />.',
      },
    ]);
  });
  it('reports two slides with one id, on the second', () => {
    expect(checkDeckBody(`${slide('a')}\n${slide('a')}<HelpSlide />`, FILE)).toEqual([
      {
        file: FILE,
        field: 'diapositive 3 (ligne 12)',
        message: 'L’id « a » est utilisé par deux diapositives.',
        fix: 'Donner un id différent à chaque diapositive.',
      },
    ]);
  });
  it('reports a slide without notes', () => {
    expect(checkDeckBody(`${slide('a', false)}<HelpSlide />`, FILE)).toEqual([
      {
        file: FILE,
        field: 'diapositive 2 (ligne 1)',
        message: 'Cette diapositive n’a pas de notes pour l’intervenant.',
        fix: 'Ajouter <Notes> … </Notes> dans la diapositive, en quelques puces.',
      },
    ]);
  });
  it('reports text outside any slide, but not imports', () => {
    expect(checkDeckBody(`import X from 'y';\n${slide('a')}Perdu ici\n<HelpSlide />`, FILE)).toEqual([
      {
        file: FILE,
        field: 'contenu',
        message: 'Du texte est en dehors de toute diapositive : « Perdu ici… ».',
        fix: 'Le placer entre <Slide …> et </Slide>, ou le supprimer.',
      },
    ]);
  });
  it('reports an empty deck once', () => {
    expect(checkDeckBody('', FILE)).toEqual([
      {
        file: FILE,
        field: 'contenu',
        message: 'La présentation ne contient aucune diapositive.',
        fix: 'Écrire les diapositives entre <Slide title="…"> et </Slide>.',
      },
    ]);
  });
  it('reports a deck whose lesson does not exist', () => {
    const set = contentSet();
    set.decks[0]!.data.lesson = 'autre';
    expect(checkDecks(set)).toEqual([
      {
        file: FILE,
        field: 'lesson',
        message: 'L’atelier « autre » n’existe pas.',
        fix: 'Écrire le nom d’un fichier de workshops/fr/ateliers/ (sans .mdx).',
      },
    ]);
  });
});

describe('lessons', () => {
  it('reports minutes that do not add up, in both directions', () => {
    expect(checkLessonMinutes(lesson({ duration: 45 }), 'a.mdx')).toEqual([
      {
        file: 'a.mdx',
        field: 'steps[].minutes',
        message: 'Les étapes durent 50 minutes au total, mais duration vaut 45.',
        fix: 'Ajuster les minutes des étapes ou écrire duration: 50.',
      },
    ]);
    expect(checkLessonMinutes(lesson({ duration: 55 }), 'a.mdx')).toHaveLength(1);
    expect(checkLessonMinutes(lesson(), 'a.mdx')).toEqual([]);
  });
  it('reports two decks for one lesson', () => {
    const set = contentSet();
    set.decks.push({ ...set.decks[0]!, id: 'fr/bis.mdx', filePath: 'slides/fr/bis.mdx' });
    expect(checkLessons(set)).toEqual([
      {
        file: 'workshops/fr/ateliers/atelier.mdx',
        field: 'présentation',
        message:
          'Plusieurs présentations pointent vers cet atelier : slides/fr/atelier.mdx, slides/fr/bis.mdx.',
        fix: 'Garder une seule présentation par atelier.',
      },
    ]);
  });
  it('reports a step slide missing from the deck, listing the ids', () => {
    const set = contentSet();
    set.lessons[0]!.data.steps[0]!.slide = 'absente';
    expect(checkLessons(set)).toEqual([
      {
        file: 'workshops/fr/ateliers/atelier.mdx',
        field: 'steps[0].slide',
        message: 'La diapositive « absente » n’existe pas dans slides/fr/atelier.mdx.',
        fix: 'Utiliser l’id d’un <Slide id="…"> de la présentation (accueil, aide).',
      },
    ]);
  });
  it('reports a duplicate lesson number on the second file', () => {
    const set = contentSet();
    set.lessons.push({
      ...set.lessons[0]!,
      id: 'fr/ateliers/bis.mdx',
      filePath: 'workshops/fr/ateliers/bis.mdx',
    });
    expect(checkLessons(set).filter((p) => p.field === 'number')).toEqual([
      {
        file: 'workshops/fr/ateliers/bis.mdx',
        field: 'number',
        message: 'Le numéro 8 est déjà celui de workshops/fr/ateliers/atelier.mdx.',
        fix: 'Donner à chaque atelier le numéro de sa ligne dans le programme.',
      },
    ]);
  });
});

describe('slugs', () => {
  const kinds = ['lessons', 'decks', 'scenarios', 'quizzes', 'guides', 'helpflows'] as const;
  for (const kind of kinds) {
    it(`reports two ${kind} with one slug in different folders`, () => {
      const set = contentSet();
      const list = set[kind]! as { id: string; filePath?: string }[];
      const first = list[0]!;
      const id = first.id.replace(/([^/]+)$/, 'autre/$1');
      const filePath = first.filePath!.replace(/([^/]+)$/, 'autre/$1');
      list.push({ ...first, id, filePath });
      expect(checkSlugs(set)).toEqual([
        {
          file: filePath,
          field: 'nom du fichier',
          message: `L’identifiant « ${first.id
            .split('/')
            .pop()!
            .replace(/\.\w+$/, '')} » est déjà pris par ${first.filePath}.`,
          fix: 'Renommer l’un des deux fichiers : le nom du fichier devient l’adresse de la page.',
        },
      ]);
    });
  }
  it('allows one slug in two locales', () => {
    const set = contentSet();
    set.scenarios.push({
      ...set.scenarios[0]!,
      id: 'nl/scenarios/histoire.yaml',
      filePath: 'workshops/nl/scenarios/histoire.yaml',
    });
    expect(checkSlugs(set)).toEqual([]);
  });
});

describe('scenarios and quizzes', () => {
  it('reports an unreachable ending', () => {
    const set = contentSet();
    const nodes = set.scenarios[0]!.data.nodes;
    nodes['suite']!.choices = [
      { label: 'Bloquer', to: 'fin-ok' },
      { label: 'Parler', to: 'fin-ok' },
    ];
    const problems = checkScenarios(set);
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['workshops/fr/scenarios/histoire.yaml', 'endings.fin-risque'],
    ]);
  });
  it('reports a multiple-choice question with no right answer', () => {
    const set = contentSet();
    set.quizzes[0]!.data.questions[0] = {
      id: 'un',
      kind: 'multiple',
      prompt: 'Lesquels ?',
      options: [
        { text: 'A', correct: false, feedback: 'x' },
        { text: 'B', correct: false, feedback: 'y' },
      ],
      explanation: 'z',
    };
    expect(checkQuizzes(set)).toEqual([
      {
        file: 'workshops/fr/quiz/questions.yaml',
        field: 'questions[0] (un).options',
        message: 'Aucune réponse n’est marquée juste.',
        fix: 'Ajouter correct: true à la (ou aux) bonne(s) réponse(s).',
      },
    ]);
  });
});

describe('deck structure, edges', () => {
  it('does not take two slides without id for a repeated id', () => {
    const body =
      '<Slide>\nA\n<Notes>n</Notes>\n</Slide>\n<Slide>\nB\n<Notes>n</Notes>\n</Slide>\n<HelpSlide />';
    expect(checkDeckBody(body, 'd.mdx')).toEqual([]);
  });
  it('quotes the first 60 characters of stray text', () => {
    const stray = 'x'.repeat(59) + 'yz';
    expect(checkDeckBody(`${stray}\n<HelpSlide />`, 'd.mdx')).toEqual([
      {
        file: 'd.mdx',
        field: 'contenu',
        message: `Du texte est en dehors de toute diapositive : « ${'x'.repeat(59)}y… ».`,
        fix: 'Le placer entre <Slide …> et </Slide>, ou le supprimer.',
      },
    ]);
  });
  it('checks a deck without body like an empty one', () => {
    const set = contentSet();
    delete set.decks[0]!.body;
    const empty = contentSet();
    empty.decks[0]!.body = '';
    expect(checkDecks(set)).toEqual(checkDecks(empty));
    expect(checkDecks(set).map((p) => p.message)).toEqual([
      'La présentation ne contient aucune diapositive.',
    ]);
  });
});

describe('help flows, emergency numbers', () => {
  it('asks for emergency numbers only when there are help flows', () => {
    const set = contentSet();
    set.resources = set.resources.filter((r) => !r.data.emergency);
    expect(checkHelpFlows(set).length).toBeGreaterThan(0);
    set.helpflows = [];
    expect(checkHelpFlows(set)).toEqual([]);
    delete set.helpflows;
    expect(checkHelpFlows(set)).toEqual([]);
  });
});
