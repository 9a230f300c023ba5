import type { AstroIntegration } from 'astro';
import { appendFile, readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { splitElisions } from '../lib/search-text.ts';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** `ateliers/x/index.html` → `/ateliers/x/`. */
export function pageUrl(file: string, root: string): string {
  const rel = relative(root, file).split(sep).join('/');
  return '/' + rel.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '');
}

/**
 * Builds the Pagefind index after Astro has written the site. Pagefind
 * returns its errors instead of throwing: any error fails the build.
 * Each page is given to the indexer with French elisions split (see
 * src/lib/search-text.ts); the published HTML is left untouched.
 */
export default function searchIndex(): AstroIntegration {
  return {
    name: 'parlons-en:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors: createErrors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind : ${createErrors.join('; ')}`);
        const problems: string[] = [];
        let pages = 0;
        // Pagefind indexes in its own process: keep a few files in flight at once.
        const files = (await htmlFiles(root)).filter((f) => !pageUrl(f, root).startsWith('/pagefind/'));
        const add = async (file: string) => {
          const url = pageUrl(file, root);
          const content = splitElisions(await readFile(file, 'utf8'));
          const { errors } = await index.addHTMLFile({ url, content });
          problems.push(...errors.map((e) => `${url} : ${e}`));
          pages += 1;
        };
        for (let i = 0; i < files.length; i += 16) await Promise.all(files.slice(i, i + 16).map(add));
        const { errors: writeErrors } = await index.writeFiles({ outputPath: join(root, 'pagefind') });
        problems.push(...writeErrors);
        await pagefind.close();
        if (problems.length > 0) {
          throw new Error(`L’index de recherche n’a pas pu être construit :\n${problems.join('\n')}`);
        }
        const ms = Math.round(performance.now() - started);
        logger.info(`${pages} pages indexées en ${ms} ms`);
        // The benchmark (npm run bench) reads this to split build time.
        const timings = process.env['PARLONS_EN_TIMINGS'];
        if (timings) await appendFile(timings, JSON.stringify({ step: 'search-index', ms, pages }) + '\n');
      },
    },
  };
}
