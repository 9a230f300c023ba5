// Tests for branches the audit found untested (tests-audit.md §3 and M1, M8).
import { describe, expect, it, vi } from 'vitest';
import { gateContent, staleFactsOf } from '../../src/lib/checks/facts.ts';
import { checkContent } from '../../src/lib/content-checks.ts';
import { guessCountry } from '../../src/lib/countries.ts';
import { outlineDeck } from '../../src/lib/deck-body.ts';
import { ContentError, formatProblems } from '../../src/lib/problems.ts';
import { checkScenarioGraph, pathsToEndings } from '../../src/lib/scenario-graph.ts';
import { contentSet, scenario } from '../support/factory.ts';

const FILE = 'workshops/fr/scenarios/x.yaml';

describe('the build gate', () => {
  it('throws every problem at once as a ContentError', () => {
    const set = contentSet();
    set.lessons[0]!.data.help = ['x', 'y'];
    const warn = vi.fn();
    expect(() => gateContent(set, checkContent, new Date('2026-11-23'), warn)).toThrow(ContentError);
    try {
      gateContent(set, checkContent, new Date('2026-11-23'), warn);
    } catch (error) {
      expect((error as ContentError).problems.map((p) => p.field)).toEqual(['help[0]', 'help[1]']);
      expect((error as Error).message).toMatch(/^Contenu à corriger \(2 problèmes\) :\n• /);
    }
    expect(warn).not.toHaveBeenCalled();
  });
  it('warns about a fact 13 months old, not about one 12 months old, and does not stop', () => {
    const set = contentSet();
    const warn = vi.fn();
    gateContent(set, checkContent, new Date('2027-11-23'), warn);
    expect(warn).not.toHaveBeenCalled();
    expect(staleFactsOf(set, new Date('2027-11-23'))).toEqual([]);
    gateContent(set, checkContent, new Date('2027-12-23'), warn);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toContain('vérifié il y a 13 mois');
    expect(staleFactsOf(set, new Date('2027-12-23')).map((s) => s.id)).toContain('fr-chantage');
  });
  it('names the data file of a stale fact', () => {
    const set = contentSet();
    set.laws[0]!.filePath = 'workshops/data/laws.yaml';
    const stale = staleFactsOf(set, new Date('2028-01-01'));
    expect(stale.find((s) => s.id === 'fr-chantage')!.file).toBe('workshops/data/laws.yaml');
    expect(stale.find((s) => s.id === 'child-focus')!.file).toBe('workshops/data');
  });
});

describe('formatProblems', () => {
  it('counts one problem and several problems', () => {
    const p = { file: 'f', field: 'x', message: 'm', fix: 'r' };
    expect(formatProblems([p])).toBe('Contenu à corriger (1 problème) :\n• f › x : m\n    → r');
    expect(formatProblems([p, p]).split('\n')[0]).toBe('Contenu à corriger (2 problèmes) :');
  });
});

describe('guessCountry', () => {
  it.each([
    [['fr-BE'], 'BE'],
    [['fr-fr'], 'FR'],
    [['de-CH', 'fr-FR'], 'CH'],
    [['fr-LU'], 'LU'],
    [['fr-CA'], 'CA-QC'],
    [['fr', 'en-US', 'fr-BE'], 'BE'],
    [['fr'], undefined],
    [[], undefined],
  ])('%j → %s', (languages, country) => expect(guessCountry(languages)).toBe(country));
});

describe('outlineDeck, help slide', () => {
  it('reads a help slide written with a closing tag and what follows it', () => {
    const o = outlineDeck('<Slide id="a"><Notes>x</Notes></Slide>\n<HelpSlide>\n</HelpSlide>\nReste');
    expect(o.slides.map((s) => [s.number, s.id])).toEqual([
      [2, 'a'],
      [3, 'aide'],
    ]);
    expect(o.endsWithHelp).toBe(true);
    expect(o.strayText).toEqual(['Reste']);
  });
  it('is not last when a slide follows it', () => {
    expect(outlineDeck('<HelpSlide />\n<Slide id="b" />').endsWithHelp).toBe(false);
  });
  it('keeps each slide’s inner text and quiz embed', () => {
    const o = outlineDeck('<Slide id="a" title="T">\nBonjour <QuizEmbed slug="q" />\n</Slide>');
    expect(o.slides[0]).toMatchObject({
      title: 'T',
      quiz: 'q',
      inner: '\nBonjour <QuizEmbed slug="q" />\n',
      line: 1,
    });
  });
});

describe('scenario graph, the branches the audit found untested', () => {
  it('lists exactly the choice to nowhere and the ending it cut off', () => {
    const s = scenario();
    s.nodes['suite']!.choices[0]!.to = 'fin-inconnue';
    expect(checkScenarioGraph(s, FILE).map((p) => p.field)).toEqual([
      'nodes.suite.choices[0].to',
      'endings.fin-risque',
    ]);
  });
  it('reports a scenario that starts with an ending', () => {
    const problems = checkScenarioGraph(scenario({ start: 'fin-ok' }), FILE);
    expect(problems[0]).toEqual({
      file: FILE,
      field: 'start',
      message: 'Le scénario commence par une fin.',
      fix: 'Faire commencer le scénario par un moment avec des choix (nodes).',
    });
  });
  it('reports an undeclared speaker in an ending', () => {
    const s = scenario();
    s.endings['fin-ok']!.messages = [
      { from: 'sam', text: 'ok' },
      { from: 'inconnu', text: 'x' },
    ];
    expect(checkScenarioGraph(s, FILE)).toEqual([
      {
        file: FILE,
        field: 'endings.fin-ok.messages[1].from',
        message: 'Le personnage « inconnu » n’est pas déclaré.',
        fix: 'Ajouter { id: inconnu, name: … } sous characters, ou corriger l’identifiant.',
      },
    ]);
  });
  it('gives the shortest path to each ending, not a longer one', () => {
    expect(pathsToEndings(scenario())).toEqual(
      new Map([
        ['fin-ok', ['debut', 'fin-ok']],
        ['fin-risque', ['debut', 'suite', 'fin-risque']],
      ]),
    );
  });
});

describe('outlineDeck, each slide exactly', () => {
  it('gives nothing and no help slide for an empty body', () => {
    expect(outlineDeck('')).toEqual({ slides: [], endsWithHelp: false, strayText: [] });
  });
  it('gives the whole outline of a slide, a self-closing slide and the help slide', () => {
    const body =
      '<Slide id="a" title="T">\nTexte\n<Notes>\n\n- note\n</Notes>\n</Slide>\n<Slide id="b" />\n<HelpSlide />';
    expect(outlineDeck(body)).toEqual({
      slides: [
        {
          number: 2,
          id: 'a',
          title: 'T',
          hasNotes: true,
          line: 1,
          scenario: undefined,
          quiz: undefined,
          inner: '\nTexte\n<Notes>\n\n- note\n</Notes>\n',
        },
        {
          number: 3,
          id: 'b',
          title: undefined,
          hasNotes: false,
          line: 8,
          scenario: undefined,
          quiz: undefined,
          inner: '',
        },
        { number: 4, id: 'aide', hasNotes: true, line: 9, inner: '' },
      ],
      endsWithHelp: true,
      strayText: [],
    });
  });
  it('reads a slide or a help slide left open up to the end of the body', () => {
    expect(outlineDeck('<Slide id="a">\nTexte\nsuite')).toMatchObject({
      slides: [{ id: 'a', inner: '\nTexte\nsuite' }],
      strayText: [],
    });
    expect(outlineDeck('<HelpSlide>\nReste du texte')).toMatchObject({
      slides: [{ id: 'aide', inner: '' }],
      endsWithHelp: true,
      strayText: [],
    });
  });
  it('sees notes with attributes, on one line or several, and not empty ones', () => {
    const notes = (n: string) => outlineDeck(`<Slide id="a">${n}</Slide>`).slides[0]!.hasNotes;
    expect(notes('<Notes class="x">dire ceci</Notes>')).toBe(true);
    expect(notes('<Notes>\n\n  - un point\n  - un autre\n</Notes>')).toBe(true);
    expect(notes('<Notes>a</Notes>')).toBe(true);
    expect(notes('<Notes>\n  \n</Notes>')).toBe(false);
    expect(notes('<Notes />')).toBe(false);
  });
  it('reads the slug of an embed after other attributes', () => {
    const [s] = outlineDeck(
      '<Slide id="a">\n<ScenarioEmbed mode="classe" slug="le-groupe" />\n<QuizEmbed mode="x" slug="quiz-1" />\n</Slide>',
    ).slides;
    expect([s!.scenario, s!.quiz]).toEqual(['le-groupe', 'quiz-1']);
  });
  it('keeps stray text that only mentions import, drops import and export lines', () => {
    expect(
      outlineDeck('import X from "y";\nexport const a = 1;\n<Slide id="a" />\nDu texte import ici').strayText,
    ).toEqual(['Du texte import ici']);
  });
});

describe('the problem list, word for word', () => {
  it('lists each problem on its lines, one after the other', () => {
    const p = (n: number) => ({ file: `f${n}.yaml`, field: 'x', message: `M${n}.`, fix: `F${n}.` });
    expect(formatProblems([p(1), p(2)])).toBe(
      'Contenu à corriger (2 problèmes) :\n• f1.yaml › x : M1.\n    → F1.\n• f2.yaml › x : M2.\n    → F2.',
    );
    const error = new ContentError([p(1)]);
    expect(error.name).toBe('ContentError');
    expect(error.message).toBe('Contenu à corriger (1 problème) :\n• f1.yaml › x : M1.\n    → F1.');
  });
});
