import { describe, expect, it } from 'vitest';
import { findBlaming, findPhrases, lintBlaming } from '../../src/lib/blaming.ts';
import { checkContent } from '../../src/lib/content-checks.ts';
import { formatStale, staleFacts } from '../../src/lib/stale-facts.ts';
import { contentSet } from '../support/factory.ts';

describe('findBlaming', () => {
  it('finds victim-blaming phrases', () => {
    expect(findBlaming('Tu n’aurais pas dû envoyer cette photo.')).toEqual(['Tu n’aurais pas dû']);
    expect(findBlaming("C'est de ta faute.")).toHaveLength(1);
    expect(findBlaming('c’est en partie de sa faute')).toHaveLength(1);
    expect(findBlaming('Elle l’a cherché.')).toHaveLength(1);
    expect(findBlaming('Fallait pas lui faire confiance.')).toHaveLength(1);
    expect(findBlaming('Elle avait qu’à pas l’envoyer.')).toHaveLength(1);
    expect(findBlaming('T’aurais dû faire gaffe.')).toHaveLength(1);
    expect(findBlaming('Pourquoi tu as envoyé ça ?')).toHaveLength(1);
  });
  it('leaves the opposite message alone', () => {
    expect(findBlaming('Ce n’est pas de ta faute. Ce n’est jamais de sa faute.')).toEqual([]);
    expect(findBlaming('Tu as bien fait d’en parler.')).toEqual([]);
  });
  it('accepts a phrase quoted to be corrected', () => {
    expect(findBlaming('La phrase « tu n’aurais pas dû » est fausse.')).toEqual([]);
    expect(findBlaming('Il dit “c’est de ta faute”, et c’est faux.')).toEqual([]);
  });
});

describe('lintBlaming', () => {
  it('names the field of an unquoted phrase and the way to quote it', () => {
    const [p] = lintBlaming(
      { endings: { fin: { debrief: 'Il aurait dû se méfier.' } } },
      undefined,
      'f.yaml',
    );
    expect(p).toMatchObject({ file: 'f.yaml', field: 'endings.fin.debrief' });
    expect(p!.fix).toContain('quoted: true');
  });
  it('skips chat messages marked as quoted and false true/false statements', () => {
    const data = {
      nodes: { a: { messages: [{ from: 'x', text: 'C’est de ta faute.', quoted: true }] } },
      questions: [{ kind: 'truefalse', answer: false, prompt: 'C’est de sa faute si on la fait chanter.' }],
    };
    expect(lintBlaming(data, undefined, 'f.yaml')).toEqual([]);
  });
  it('still flags a true/false statement whose answer is true', () => {
    const data = { questions: [{ kind: 'truefalse', answer: true, prompt: 'Elle l’a cherché.' }] };
    expect(lintBlaming(data, undefined, 'f.yaml')).toHaveLength(1);
  });
  it('reports the line of an MDX body', () => {
    const [p] = lintBlaming({}, 'Titre\n\nTu n’aurais pas dû.', 'a.mdx');
    expect(p!.field).toBe('ligne 3 du texte');
  });
  it('runs as part of the content checks', () => {
    const set = contentSet();
    set.scenarios[0]!.data.endings['fin-risque']!.debrief = 'Tant pis pour lui.';
    expect(checkContent(set).map((p) => p.field)).toEqual(['endings.fin-risque.debrief']);
  });
});

describe('staleFacts', () => {
  it('lists facts checked more than 12 months ago, with a message to re-check', () => {
    const facts = [
      { file: 'r.yaml', id: 'old', checked: new Date('2025-10-01') },
      { file: 'r.yaml', id: 'fresh', checked: new Date('2026-06-01') },
    ];
    const stale = staleFacts(facts, new Date('2026-11-23'));
    expect(stale.map((s) => [s.id, s.months])).toEqual([['old', 13]]);
    expect(formatStale(stale)).toContain('r.yaml › old : vérifié il y a 13 mois');
  });
});

describe('findPhrases, where the phrases are', () => {
  const pat = (s: string) => new RegExp(s, 'g');
  it('gives the phrases in text order, whatever pattern found them', () => {
    expect(findBlaming('C’est de ta faute. Tu n’aurais pas dû. Fallait pas.')).toEqual([
      'C’est de ta faute',
      'Tu n’aurais pas dû',
      'Fallait pas',
    ]);
    expect(findPhrases('c b a', [pat('a'), pat('b'), pat('c')])).toEqual(['c', 'b', 'a']);
    expect(findPhrases('b a c d', [pat('d'), pat('a'), pat('c'), pat('b')])).toEqual(['b', 'a', 'c', 'd']);
  });
  it('keeps the longer of two overlapping matches, in the place of the one it overlaps', () => {
    expect(findBlaming('Tu n’aurais pas dû. Elle n’aurait pas dû.')).toEqual([
      'Tu n’aurais pas dû',
      'Elle n’aurait pas dû',
    ]);
    // A later, shorter match inside an earlier one is the same phrase.
    expect(findPhrases('xx abcd yy', [pat('abcd'), pat('bc')])).toEqual(['abcd']);
    // A later match of the same length does not replace the first.
    expect(findPhrases('abcd', [pat('abc'), pat('bcd')])).toEqual(['abc']);
    // The overlapped match is found wherever it is in the list.
    expect(findPhrases('zz abc', [pat('zz'), pat('ab'), pat('abc')])).toEqual(['zz', 'abc']);
    expect(findPhrases('ab zz', [pat('zz'), pat('b'), pat('ab')])).toEqual(['ab', 'zz']);
  });
  it('counts as quoted only what is strictly between the marks, not a match on a mark', () => {
    expect(findPhrases('«x» y', [pat('«x')])).toEqual(['«x']);
    expect(findPhrases('«x» y', [pat('» y')])).toEqual(['» y']);
    expect(findPhrases('«x» y', [pat('x')])).toEqual([]);
  });
  it('keeps phrases that touch without overlapping', () => {
    expect(findPhrases('abcd', [pat('ab'), pat('cd')])).toEqual(['ab', 'cd']);
    expect(findPhrases('abcd', [pat('cd'), pat('ab')])).toEqual(['ab', 'cd']);
  });
});

describe('findBlaming, quotation marks', () => {
  it('accepts a phrase between straight quotes, between two other quotations', () => {
    expect(findBlaming('Il dit "tu n’aurais pas dû", et c’est faux.')).toEqual([]);
    expect(findBlaming('"a" tu n’aurais pas dû "b"')).toEqual(['tu n’aurais pas dû']);
  });
  it('flags a phrase before or after a quotation, or after an unclosed quote', () => {
    expect(findBlaming('Tu n’aurais pas dû. Il dit « bonjour ».')).toEqual(['Tu n’aurais pas dû']);
    expect(findBlaming('Il dit « bonjour ». Tu n’aurais pas dû.')).toEqual(['Tu n’aurais pas dû']);
    expect(findBlaming('« Tu n’aurais pas dû')).toEqual(['Tu n’aurais pas dû']);
    expect(findBlaming('Il dit « bonjour. Tu n’aurais pas dû.')).toEqual(['Tu n’aurais pas dû']);
  });
  it('does not take a closing mark before the opening one as closing it', () => {
    expect(findBlaming('»« tu n’aurais pas dû »')).toEqual([]);
  });
});

describe('lintBlaming, what it walks', () => {
  it('skips nulls and non-data values, and walks what is inside a list', () => {
    const notData = Object.assign(() => undefined, { text: 'Tu n’aurais pas dû.' });
    expect(lintBlaming({ a: null, f: notData, n: 3 }, undefined, 'f.yaml')).toEqual([]);
    expect(lintBlaming({ l: ['ok', 'Tant pis pour toi.'] }, undefined, 'f.yaml')).toEqual([
      {
        file: 'f.yaml',
        field: 'l[1]',
        message: 'Phrase qui fait porter la faute à la victime : « Tant pis pour toi ».',
        fix: 'La reformuler. Si un personnage la dit pour que le débriefing la corrige : la mettre entre « » ou, dans une conversation, ajouter quoted: true au message.',
      },
    ]);
  });
  it('skips only a quoted chat line whose text is a text', () => {
    const data = { m: [{ quoted: true, text: ['Tant pis pour toi.'] }] };
    expect(lintBlaming(data, undefined, 'f.yaml').map((p) => p.field)).toEqual(['m[0].text[0]']);
  });
  it('skips only the prompt of a false true/false statement, not its explanation nor another kind', () => {
    const data = {
      q: [
        { kind: 'truefalse', answer: false, prompt: 'Tant pis pour toi.', explain: 'Tant pis pour lui.' },
        { kind: 'single', answer: false, prompt: 'Tant pis pour elle.' },
      ],
    };
    expect(lintBlaming(data, undefined, 'f.yaml').map((p) => p.field)).toEqual([
      'q[0].explain',
      'q[1].prompt',
    ]);
  });
});
