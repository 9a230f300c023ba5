import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-checks.ts';
import { formatProblems } from '../../src/lib/problems.ts';
import { readContent } from '../support/read-content.ts';

// The real content of the site, checked exactly as the build checks it.
describe('the published content', () => {
  const { set, schemaProblems } = readContent();

  it('matches the schemas', () => {
    expect(schemaProblems.map((p) => `${p.file}\n  ${p.issues.join('\n  ')}`).join('\n')).toBe('');
  });

  it('passes the cross-checks (references, timings, decks, scenario graphs, quizzes)', () => {
    const problems = checkContent(set);
    expect(problems.length === 0 ? '' : formatProblems(problems)).toBe('');
  });

  it('has one lesson per tier at least', () => {
    const tiers = new Set(set.lessons.map((l) => l.data.tier));
    for (const tier of ['5-8', '9-12', '12-15', '15-18']) expect(tiers).toContain(tier);
  });
});
