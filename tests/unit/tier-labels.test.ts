import { describe, expect, it } from 'vitest';
import fr from '../../src/i18n/fr.json';
import { translate } from '../../src/i18n/index.ts';
import { consentAskKey, outcomeLabelKey } from '../../src/lib/tier-labels.ts';
import { TIER_IDS } from '../../src/lib/tiers.ts';
import { OUTCOMES } from '../../src/schemas/scenario.ts';

describe('labels read by pupils', () => {
  it('exist for every tier and outcome', () => {
    for (const tier of TIER_IDS) {
      expect(fr).toHaveProperty([consentAskKey(tier)]);
      for (const outcome of OUTCOMES) expect(fr).toHaveProperty([outcomeLabelKey(outcome, tier)]);
    }
  });
  it('never call an ending, and so a pupil’s choice, dangerous', () => {
    for (const tier of TIER_IDS)
      for (const outcome of OUTCOMES)
        expect(translate('fr', outcomeLabelKey(outcome, tier))).not.toMatch(/danger|mauvais|faute/i);
  });
  it('ask 5-8 year olds whether it is “d’accord”, not about “consentement”', () => {
    expect(translate('fr', consentAskKey('5-8'))).toBe('Est-ce que c’est d’accord ?');
    expect(translate('fr', consentAskKey('9-12'))).not.toMatch(/consentement/);
    expect(translate('fr', consentAskKey('15-18'))).toBe('Est-ce du consentement ?');
  });
  it('give the youngest a risky ending to replay together', () => {
    expect(translate('fr', outcomeLabelKey('risky', '5-8'))).toBe('Une fin à rejouer ensemble');
    expect(translate('fr', outcomeLabelKey('risky', '12-15'))).toBe('Une fin où il manque de l’aide');
  });
});
