import { describe, expect, it } from 'vitest';
import { CHECKERS, checkContent } from '../../../src/lib/content-checks.ts';
import { contentSet } from '../../support/factory.ts';

describe('the fixture', () => {
  it('holds every kind of content', () => {
    const set = contentSet();
    for (const key of ['lessons', 'decks', 'scenarios', 'quizzes', 'guides', 'helpflows'] as const) {
      expect(set[key]?.length, key).toBeGreaterThan(0);
    }
  });
  it('passes every checker', () => {
    expect(CHECKERS.length).toBe(13);
    for (const check of CHECKERS) expect(check(contentSet()), check.name).toEqual([]);
    expect(checkContent(contentSet())).toEqual([]);
  });
});
