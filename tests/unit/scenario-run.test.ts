import { describe, expect, it } from 'vitest';
import { guessCountry } from '../../src/lib/countries.ts';
import { back, choose, current, mostVoted, restart, startRun, vote } from '../../src/lib/scenario-run.ts';

describe('a scenario run', () => {
  it('keeps the path, goes back one step and restarts', () => {
    let run = startRun('debut');
    run = choose(run, 'suite');
    run = choose(run, 'fin');
    expect(run.path).toEqual(['debut', 'suite', 'fin']);
    expect(current(run)).toBe('fin');
    run = back(run);
    expect(current(run)).toBe('suite');
    expect(back(back(run))).toEqual(startRun('debut'));
    expect(restart(choose(run, 'x'))).toEqual(startRun('debut'));
  });

  it('counts votes, never below zero, and clears them on the next moment', () => {
    let run = vote(vote(vote(startRun('a'), 1), 1), 0);
    expect(run.votes).toEqual([1, 2]);
    run = vote(run, 0, -1);
    run = vote(run, 0, -1);
    expect(run.votes).toEqual([0, 2]);
    expect(choose(run, 'b').votes).toEqual([]);
  });

  it('finds the most voted choice, the first on a tie, none without votes', () => {
    expect(mostVoted([1, 3, 2])).toBe(1);
    expect(mostVoted([2, 2])).toBe(0);
    expect(mostVoted([0, 0])).toBeUndefined();
    expect(mostVoted([])).toBeUndefined();
    expect(mostVoted([0, , 1] as number[])).toBe(2);
  });
});

describe('guessCountry', () => {
  it('reads the region of the first language that has one', () => {
    expect(guessCountry(['fr-BE', 'fr'])).toBe('BE');
    expect(guessCountry(['fr', 'nl-be'])).toBe('BE');
    expect(guessCountry(['fr-FR'])).toBe('FR');
    expect(guessCountry(['fr-CA'])).toBe('CA-QC');
    expect(guessCountry(['fr', 'en'])).toBeUndefined();
    expect(guessCountry(['en-US'])).toBeUndefined();
  });
});
