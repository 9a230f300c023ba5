/**
 * Reads the content from disk the way the Astro loaders do, validates it
 * with the same schemas, and returns it as a ContentSet. Astro's
 * getCollection() is empty under Vitest, so tests use this instead.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { ZodType } from 'astro/zod';
import type { ContentSet } from '../../src/lib/content-checks.ts';
import { parseIdList } from '../../src/lib/data-file.ts';
import type { EntryLike } from '../../src/lib/entries.ts';
import { deckSchema } from '../../src/schemas/deck.ts';
import { guideSchema } from '../../src/schemas/guide.ts';
import { helpFlowSchema } from '../../src/schemas/help-flow.ts';
import { adviceSchema } from '../../src/schemas/advice.ts';
import { figureSchema, lawSchema } from '../../src/schemas/law.ts';
import { lessonSchema } from '../../src/schemas/lesson.ts';
import { quizSchema } from '../../src/schemas/quiz.ts';
import { resourceSchema } from '../../src/schemas/resource.ts';
import { scenarioSchema } from '../../src/schemas/scenario.ts';

export const ROOT = join(import.meta.dirname, '..', '..');

function walk(dir: string): string[] {
  let out: string[] = [];
  // A missing folder is an error: a whole collection must never vanish from the checks.
  const names = readdirSync(dir);
  for (const name of names) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out = out.concat(walk(path));
    else out.push(path);
  }
  return out.sort();
}

export function splitFrontmatter(text: string): { data: unknown; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!m) return { data: {}, body: text };
  return { data: parse(m[1] ?? '') ?? {}, body: m[2] ?? '' };
}

export interface SchemaProblem {
  file: string;
  issues: string[];
}

function load<T>(
  root: string,
  base: string,
  test: (rel: string) => boolean,
  schema: ZodType<T>,
  errors: SchemaProblem[],
): EntryLike<T>[] {
  const dir = join(root, base);
  const entries: EntryLike<T>[] = [];
  for (const path of walk(dir)) {
    const rel = relative(dir, path).split('\\').join('/');
    if (!test(rel)) continue;
    const text = readFileSync(path, 'utf8');
    const isYaml = /\.ya?ml$/.test(rel);
    let parsed: { data: unknown; body: string | undefined };
    try {
      parsed = isYaml ? { data: parse(text), body: undefined } : splitFrontmatter(text);
    } catch (error) {
      errors.push({ file: `${base}/${rel}`, issues: [`YAML illisible : ${(error as Error).message}`] });
      continue;
    }
    const { data, body } = parsed;
    const result = schema.safeParse(data);
    const filePath = `${base}/${rel}`;
    if (!result.success) {
      errors.push({
        file: filePath,
        issues: result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
      });
      continue;
    }
    entries.push({ id: rel, filePath, data: result.data, body });
  }
  return entries;
}

function loadData<T>(
  root: string,
  name: string,
  schema: ZodType<T>,
  errors: SchemaProblem[],
): EntryLike<T>[] {
  const filePath = `workshops/data/${name}.yaml`;
  const list = parseIdList(readFileSync(join(root, filePath), 'utf8'), filePath);
  const entries: EntryLike<T>[] = [];
  for (const item of list) {
    const result = schema.safeParse(item);
    if (!result.success) {
      errors.push({
        file: `${filePath} (${String(item.id)})`,
        issues: result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
      });
      continue;
    }
    entries.push({ id: String(item.id), filePath, data: result.data });
  }
  return entries;
}

export function readContent(root = ROOT): { set: ContentSet; schemaProblems: SchemaProblem[] } {
  const errors: SchemaProblem[] = [];
  const md = /\.mdx?$/;
  const yml = /\.ya?ml$/;
  const under = (folder: string, ext: RegExp) => (rel: string) =>
    new RegExp(`^[^/]+/${folder}/`).test(rel) && ext.test(rel);
  const set: ContentSet = {
    lessons: load(root, 'workshops', under('ateliers', md), lessonSchema, errors),
    decks: load(root, 'slides', (rel) => /^[^/]+\//.test(rel) && md.test(rel), deckSchema, errors),
    scenarios: load(root, 'workshops', under('scenarios', yml), scenarioSchema, errors),
    quizzes: load(root, 'workshops', under('quiz', yml), quizSchema, errors),
    guides: load(root, 'workshops', under('guides', md), guideSchema, errors),
    helpflows: load(root, 'workshops', under('aide', yml), helpFlowSchema, errors),
    resources: loadData(root, 'resources', resourceSchema, errors),
    laws: loadData(root, 'laws', lawSchema, errors),
    figures: loadData(root, 'figures', figureSchema, errors),
  };
  // Not part of the cross-checks, but validated like the build does (sources, points).
  loadData(root, 'advice', adviceSchema, errors);
  return { set, schemaProblems: errors };
}
