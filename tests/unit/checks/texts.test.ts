import { describe, expect, it } from 'vitest';
import { bodyUnits, dataUnits, entryUnits, slideName, slideUnits } from '../../../src/lib/checks/texts.ts';

describe('texts of an entry’s data', () => {
  it('gives one unit per string field, with its path, and skips ids, links and nulls', () => {
    expect(
      dataUnits({ id: 'x', title: 'Titre', nothing: null, count: 3, parts: ['a', { text: 'b' }] }),
    ).toEqual([
      { field: 'title', text: 'Titre' },
      { field: 'parts[0]', text: 'a' },
      { field: 'parts[1].text', text: 'b' },
    ]);
  });

  it('walks only plain objects and arrays, not other kinds of values', () => {
    const notData = Object.assign(() => undefined, { text: 'caché' });
    expect(dataUnits({ f: notData, ok: 'vu' })).toEqual([{ field: 'ok', text: 'vu' }]);
  });

  it('skips a chat line marked quoted: true, and only that one', () => {
    expect(
      dataUnits({
        messages: [
          { quoted: true, text: 'dit par un personnage' },
          { quoted: false, text: 'non cité' },
          { text: 'sans marque' },
          { quoted: true, text: ['pas une ligne de chat'] },
        ],
      }),
    ).toEqual([
      { field: 'messages[1].text', text: 'non cité' },
      { field: 'messages[2].text', text: 'sans marque' },
      { field: 'messages[3].text[0]', text: 'pas une ligne de chat' },
    ]);
  });

  it('makes a help step (do + why) one unit, with its list and place', () => {
    const steps = Array.from({ length: 11 }, (_, i) => ({ do: `Étape ${i}` }));
    steps[0] = { do: 'Appelle le 116 000.', why: 'Quelqu’un répond.' } as (typeof steps)[0];
    const units = dataUnits({ steps });
    expect(units[0]).toEqual({
      field: 'steps[0]',
      text: 'Appelle le 116 000. Quelqu’un répond.',
      step: { list: 'steps', index: 0 },
    });
    expect(units[1]).toEqual({ field: 'steps[1]', text: 'Étape 1', step: { list: 'steps', index: 1 } });
    expect(units[10]).toEqual({
      field: 'steps[10]',
      text: 'Étape 10',
      step: { list: 'steps', index: 10 },
    });
  });

  it('gives a step that is not in a list no place', () => {
    expect(dataUnits({ first: { do: 'Respire.' }, a: [{ b: { do: 'Parle.' } }] })).toEqual([
      { field: 'first', text: 'Respire.' },
      { field: 'a[0].b', text: 'Parle.' },
    ]);
  });

  it('marks the text of a wrong option with feedback as corrected, not a right one', () => {
    expect(
      dataUnits({
        options: [
          { text: 'Faux', feedback: 'Non.' },
          { text: 'Vrai', feedback: 'Oui.', correct: true },
          { text: 'Sans retour' },
          { text: ['liste'], feedback: 'Non.' },
        ],
      }),
    ).toEqual([
      { field: 'options[0].text', text: 'Faux', corrected: true },
      { field: 'options[0].feedback', text: 'Non.' },
      { field: 'options[1].text', text: 'Vrai' },
      { field: 'options[1].feedback', text: 'Oui.' },
      { field: 'options[2].text', text: 'Sans retour' },
      { field: 'options[3].text[0]', text: 'liste' },
      { field: 'options[3].feedback', text: 'Non.' },
    ]);
  });

  it('marks the statement of a true/false question answered "faux" as corrected, and only its prompt', () => {
    expect(
      dataUnits([
        { kind: 'truefalse', answer: false, prompt: 'Affirmation fausse', explain: 'Parce que.' },
        { kind: 'truefalse', answer: true, prompt: 'Affirmation vraie' },
        { kind: 'single', answer: false, prompt: 'Question' },
      ]),
    ).toEqual([
      { field: '[0].kind', text: 'truefalse' },
      { field: '[0].prompt', text: 'Affirmation fausse', corrected: true },
      { field: '[0].explain', text: 'Parce que.' },
      { field: '[1].kind', text: 'truefalse' },
      { field: '[1].prompt', text: 'Affirmation vraie' },
      { field: '[2].kind', text: 'single' },
      { field: '[2].prompt', text: 'Question' },
    ]);
  });
});

describe('paragraphs of a body', () => {
  const body = [
    'Intro.', // 1
    'Suite # pas un titre', // 2
    '', // 3
    'Voir # non plus', // 4
    '', // 5
    '#tag', // 6
    '', // 7
    '## Partie', // 8
    '', // 9
    'Un.', // 10
    'Deux.', // 11
    '', // 12
    '  ', // 13
    '', // 14
    'Trois.', // 15
    '# B', // 16
    'Quatre.', // 17
  ].join('\n');

  it('gives each paragraph with its first line and the text of its section', () => {
    const intro = 'Intro.\nSuite # pas un titre\n\nVoir # non plus\n\n#tag\n';
    const partie = '## Partie\n\nUn.\nDeux.\n\n  \n\nTrois.';
    expect(bodyUnits(body)).toEqual([
      { field: 'ligne 1 du texte', text: 'Intro.\nSuite # pas un titre', context: intro },
      { field: 'ligne 4 du texte', text: 'Voir # non plus', context: intro },
      { field: 'ligne 6 du texte', text: '#tag', context: intro },
      { field: 'ligne 10 du texte', text: 'Un.\nDeux.', context: partie },
      { field: 'ligne 15 du texte', text: 'Trois.', context: partie },
      { field: 'ligne 16 du texte', text: '# B\nQuatre.', context: '# B\nQuatre.' },
    ]);
  });

  it('gives nothing for an empty body or a body of headings', () => {
    expect(bodyUnits('')).toEqual([]);
    expect(bodyUnits('## Un\n\n### Deux\n')).toEqual([]);
  });
});

describe('slides as units', () => {
  it('names each slide and gives its title and content as one text', () => {
    expect(slideUnits('<Slide id="a" title="T">\nx\n</Slide>\n<Slide>\ny\n</Slide>')).toEqual([
      { field: 'diapositive 2 (ligne 1)', text: 'T\n\nx\n' },
      { field: 'diapositive 3 (ligne 4)', text: '\n\ny\n' },
    ]);
  });

  it('names a slide in messages by number and line, then id and title when it has them', () => {
    expect(slideName({ number: 2, line: 5 })).toBe('diapositive 2 (ligne 5)');
    expect(slideName({ number: 3, line: 9, id: 'accueil' })).toBe('diapositive 3 (ligne 9) « accueil »');
    expect(slideName({ number: 4, line: 1, title: 'Bonjour' })).toBe('diapositive 4 (ligne 1) Bonjour');
    expect(slideName({ number: 5, line: 2, id: 'a', title: 'T' })).toBe('diapositive 5 (ligne 2) « a » T');
  });
});

describe('every unit of an entry', () => {
  it('reads a deck’s body as slides and another entry’s body as paragraphs', () => {
    const body = '<Slide title="T">\nx\n</Slide>';
    expect(entryUnits({ kind: 'decks', file: 'd.mdx', id: 'd', data: { title: 'D' }, body })).toEqual([
      { field: 'title', text: 'D' },
      { field: 'diapositive 2 (ligne 1)', text: 'T\n\nx\n' },
    ]);
    expect(entryUnits({ kind: 'lessons', file: 'l.mdx', id: 'l', data: { title: 'L' }, body: 'P.' })).toEqual(
      [
        { field: 'title', text: 'L' },
        { field: 'ligne 1 du texte', text: 'P.', context: 'P.' },
      ],
    );
  });

  it('gives only the data of an entry without body', () => {
    expect(entryUnits({ kind: 'decks', file: 'd.mdx', id: 'd', data: { title: 'D' } })).toEqual([
      { field: 'title', text: 'D' },
    ]);
    expect(entryUnits({ kind: 'guides', file: 'g.mdx', id: 'g', data: { title: 'G' } })).toEqual([
      { field: 'title', text: 'G' },
    ]);
  });
});
