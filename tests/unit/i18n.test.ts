import { describe, expect, it } from 'vitest';
import fr from '../../src/i18n/fr.json';
import { plural, translate, useTranslations } from '../../src/i18n/index.ts';
import { COUNTRY_IDS } from '../../src/lib/countries.ts';
import { CURRICULUM_IDS } from '../../src/lib/curriculum.ts';
import { SEED_IDS } from '../../src/lib/seeds.ts';
import { TIER_IDS } from '../../src/lib/tiers.ts';
import { TOPIC_IDS } from '../../src/lib/topics.ts';

describe('the French dictionary', () => {
  it('labels every tier with its ages and school years in both systems', () => {
    for (const tier of TIER_IDS) {
      for (const part of ['label', 'be', 'fr'])
        expect(fr, `tier.${tier}.${part}`).toHaveProperty([`tier.${tier}.${part}`]);
    }
  });
  it('labels every topic, curriculum link, country and seed', () => {
    const keys = [
      ...TOPIC_IDS.map((id) => `topic.${id}`),
      ...CURRICULUM_IDS.map((id) => `curriculum.${id}`),
      ...COUNTRY_IDS.map((id) => `country.${id}`),
      ...SEED_IDS.map((id) => `seed.${id}`),
    ];
    for (const key of keys) expect(fr, key).toHaveProperty([key]);
  });
});

describe('translate', () => {
  it('fills placeholders', () => {
    expect(translate('fr', 'lesson.step.slide', { number: 3 })).toBe('Diapositive 3');
  });
  it('throws on a missing key or parameter instead of showing it to readers', () => {
    expect(() => translate('fr', 'nope.key')).toThrow(/manquant/);
    expect(() => translate('fr', 'lesson.step.slide')).toThrow(/Paramètre « number »/);
  });
  it('picks singular or plural', () => {
    const t = useTranslations('fr');
    expect(plural(t, 'unit.minutes', 1)).toBe('1 minute');
    expect(plural(t, 'unit.minutes', 50)).toBe('50 minutes');
  });
  it('falls back to French for an unknown locale', () => {
    expect(useTranslations('xx')('nav.help')).toBe('J’ai besoin d’aide');
  });
});
