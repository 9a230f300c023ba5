import { describe, expect, it } from 'vitest';
import { sayLines, timeline } from '../../src/lib/session-plan.ts';

describe('timeline', () => {
  it('gives each step its start and end minute', () => {
    const t = timeline([{ minutes: 5 }, { minutes: 12 }, { minutes: 3 }]);
    expect(t.map(({ start, end }) => [start, end])).toEqual([
      [0, 5],
      [5, 17],
      [17, 20],
    ]);
  });
  it('is empty for no steps', () => {
    expect(timeline([])).toEqual([]);
  });
});

describe('sayLines', () => {
  it('keeps the quoted words, in order, without the guillemets', () => {
    const text = 'Demandez : « Ça vous fait penser à quoi ? » Puis dites :\n« Ça peut se régler. »';
    expect(sayLines(text)).toEqual(['Ça vous fait penser à quoi ?', 'Ça peut se régler.']);
  });
  it('stops at the limit', () => {
    expect(sayLines('« un » « deux » « trois »', 2)).toEqual(['un', 'deux']);
  });
  it('falls back to the first sentence when nothing is quoted', () => {
    expect(sayLines('Formez des groupes de trois. Distribuez les cartes.')).toEqual([
      'Formez des groupes de trois.',
    ]);
  });
  it('gives the whole text when it has no sentence end, and nothing for an empty text', () => {
    expect(sayLines('Formez des groupes')).toEqual(['Formez des groupes']);
    expect(sayLines('  ')).toEqual([]);
  });
});

describe('sayLines, spaces and empty quotes', () => {
  it('reads quotes with or without spaces inside the guillemets', () => {
    expect(sayLines('«oui» et « non » puis «  Dites   bonjour  »')).toEqual(['oui', 'non', 'Dites bonjour']);
  });
  it('skips an empty quote', () => {
    expect(sayLines('«  » puis « oui »')).toEqual(['oui']);
  });
  it('gives the first sentence with its spaces made single', () => {
    expect(sayLines('Formez  des\n\ngroupes. Puis lisez.')).toEqual(['Formez des groupes.']);
    expect(sayLines('Un seul  point.')).toEqual(['Un seul point.']);
  });
});
