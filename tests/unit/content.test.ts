import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-checks.ts';
import { formatProblems } from '../../src/lib/problems.ts';
import { readContent, ROOT } from '../support/read-content.ts';

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

  it('loads every content file, so no collection can vanish from the checks', () => {
    const files = (dir: string, ext: RegExp) =>
      readdirSync(join(ROOT, dir), { recursive: true }).filter((f) => ext.test(String(f))).length;
    const counts = {
      lessons: files('workshops/fr/ateliers', /\.mdx$/),
      decks: files('slides/fr', /\.mdx$/),
      scenarios: files('workshops/fr/scenarios', /\.ya?ml$/),
      quizzes: files('workshops/fr/quiz', /\.ya?ml$/),
      guides: files('workshops/fr/guides', /\.mdx$/),
      helpflows: files('workshops/fr/aide', /\.ya?ml$/),
    };
    for (const [key, count] of Object.entries(counts)) {
      expect(count, key).toBeGreaterThan(0);
      expect(set[key as keyof typeof counts]?.length, key).toBe(count);
    }
  });

  it('has one lesson per tier at least', () => {
    const tiers = new Set(set.lessons.map((l) => l.data.tier));
    for (const tier of ['5-8', '9-12', '12-15', '15-18']) expect(tiers).toContain(tier);
  });
});
