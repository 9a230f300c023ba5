/** The lessons as their files say, for browser tests that visit each one. */
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { splitFrontmatter } from './read-content.ts';

export interface LessonOnDisk {
  slug: string;
  tier: string;
  help: string[];
  groundRules: string[];
  steps: { title: string; minutes: number }[];
}

const dir = 'workshops/fr/ateliers';

export function lessonsOnDisk(): LessonOnDisk[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const { data } = splitFrontmatter(readFileSync(`${dir}/${f}`, 'utf8')) as {
        data: Omit<LessonOnDisk, 'slug'>;
      };
      return { ...data, slug: f.replace(/\.mdx$/, '') };
    });
}

/** Phone numbers of the help services, by id. */
export function phonesById(): Map<string, string | undefined> {
  const resources = parse(readFileSync('workshops/data/resources.yaml', 'utf8')) as {
    id: string;
    phone?: string;
  }[];
  return new Map(resources.map((r) => [r.id, r.phone]));
}
