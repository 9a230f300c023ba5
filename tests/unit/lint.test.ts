import { describe, expect, it } from 'vitest';
import { findBlaming, lintBlaming } from '../../src/lib/blaming.ts';
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
