import { describe, expect, it } from 'vitest';
import { classUse } from '../../src/lib/class-use';

const steps = [
  { minutes: 5, slide: 'accueil' },
  { minutes: 15, slide: 'et-si', scenario: 'ajoute-au-groupe' },
  { minutes: 10, quiz: 'deepnudes' },
  { minutes: 8, slide: 'encore', scenario: 'ajoute-au-groupe' },
];

describe('classUse', () => {
  it('gives the minutes and slide of the first step that runs the scenario', () => {
    expect(classUse(steps, 'scenario', 'ajoute-au-groupe')).toEqual({ minutes: 15, slide: 'et-si' });
  });
  it('gives no slide when the step has none', () => {
    expect(classUse(steps, 'quiz', 'deepnudes')).toEqual({ minutes: 10, slide: undefined });
  });
  it('does not confuse a scenario with a quiz of the same slug', () => {
    expect(classUse(steps, 'quiz', 'ajoute-au-groupe')).toBeUndefined();
  });
  it('is undefined when no step runs it', () => {
    expect(classUse(steps, 'scenario', 'autre')).toBeUndefined();
  });
});
