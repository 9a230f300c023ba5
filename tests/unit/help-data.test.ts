import { describe, expect, it } from 'vitest';
import { findInternalNote } from '../../src/lib/reader-text.ts';
import { lawSchema } from '../../src/schemas/law.ts';
import { resourceSchema } from '../../src/schemas/resource.ts';

const resource = {
  id: 'police-x',
  country: 'BE',
  name: 'Police',
  kind: 'police',
  phone: '101',
  audiences: ['adultes'],
  source: 'https://www.police.be/5305/questions/declaration/comment-deposer-plainte-0',
  checked: '2026-12-01',
};
const law = {
  id: 'fr-x',
  country: 'FR',
  plain: 'Ce que la loi interdit.',
  confirmed: true,
  source: 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006070719',
  checked: '2026-12-01',
};

describe('reader text', () => {
  it('finds working notes that must not reach readers', () => {
    expect(findInternalNote('Peines à vérifier dans la version en vigueur.')).toBe('à vérifier');
    expect(findInternalNote('Nos données ne contiennent pas encore de règle.')).toBe('Nos données');
    expect(findInternalNote('Règle rapportée par la VRT ; article non confirmé.')).toBe('non confirmé');
    expect(findInternalNote('Les numéros affichés sont ceux de la loi de 2022.')).toBeUndefined();
  });
});

describe('emergency and complaint are separate entries', () => {
  it('accepts an emergency number worded for immediate danger', () => {
    const r = resourceSchema.safeParse({
      ...resource,
      emergency: true,
      purpose: 'En cas de danger immédiat.',
    });
    expect(r.success).toBe(true);
  });
  it('refuses an emergency number that does not say "en cas de danger immédiat"', () => {
    const r = resourceSchema.safeParse({
      ...resource,
      emergency: true,
      purpose: 'Pour signaler une infraction.',
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['purpose']);
  });
  it('refuses a phone number presented as the way to book a complaint', () => {
    const r = resourceSchema.safeParse({
      ...resource,
      purpose: 'Pour signaler une infraction. On peut prendre rendez-vous pour porter plainte.',
    });
    expect(r.success).toBe(false);
  });
});

describe('laws', () => {
  it('refuses a working note in what readers see', () => {
    expect(lawSchema.safeParse({ ...law, note: 'Peines à vérifier.' }).success).toBe(false);
    expect(lawSchema.safeParse({ ...law, note: 'Une phrase pour le lecteur.' }).success).toBe(true);
  });
  it('links the article itself only on Légifrance or Justel', () => {
    const ok = 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006418179';
    expect(lawSchema.safeParse({ ...law, articleUrl: ok }).success).toBe(true);
    expect(lawSchema.safeParse({ ...law, articleUrl: 'https://www.lexbase.fr/x' }).success).toBe(false);
  });
  it('refuses a link pinned to a past version of the text (a date in the address)', () => {
    const section =
      'https://www.legifrance.gouv.fr/codes/section_lc/LEGITEXT000006070719/LEGISCTA000006165328/';
    expect(lawSchema.safeParse({ ...law, articleUrl: section }).success).toBe(true);
    for (const pinned of [
      `${section}2014-11-15/`,
      'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006418086/2014-11-15',
      'https://www.legifrance.gouv.fr/affichCodeArticle.do?idArticle=LEGIARTI000006418095&dateTexte=20110525',
    ]) {
      const result = lawSchema.safeParse({ ...law, articleUrl: pinned });
      expect(result.success, pinned).toBe(false);
      expect(result.error?.issues[0]?.message).toContain('version');
    }
  });
});
