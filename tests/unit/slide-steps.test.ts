import { expect, it } from 'vitest';
import { stepsBySlide } from '../../src/lib/slide-steps';

it('gives every slide the lesson step it falls in, from the step’s own slide to the next one', () => {
  const steps = [
    { title: 'Accueil', minutes: 5, slide: 'regles' },
    { title: 'Sans diapositive', minutes: 3 },
    { title: 'Scénario', minutes: 15, slide: 'scenario' },
  ];
  expect(stepsBySlide(['titre', 'regles', 'definition', 'scenario', 'aide'], steps)).toEqual({
    regles: { title: 'Accueil', minutes: 5, number: 1 },
    definition: { title: 'Accueil', minutes: 5, number: 1 },
    scenario: { title: 'Scénario', minutes: 15, number: 3 },
    aide: { title: 'Scénario', minutes: 15, number: 3 },
  });
});

it('keeps the first step that names a slide, and gives no step to the slides before the first one', () => {
  const steps = [
    { title: 'Un', minutes: 5 },
    { title: 'Deux', minutes: 10, slide: 'b' },
    { title: 'Trois', minutes: 15, slide: 'b' },
  ];
  const result = stepsBySlide(['a', 'b', 'c'], steps);
  expect(Object.keys(result)).toEqual(['b', 'c']);
  expect(result['b']).toEqual({ title: 'Deux', minutes: 10, number: 2 });
  expect(result['c']).toEqual({ title: 'Deux', minutes: 10, number: 2 });
});
