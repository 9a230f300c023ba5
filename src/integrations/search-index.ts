import type { AstroIntegration } from 'astro';
import { appendFile, readFile, readdir, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { prepareForIndex } from '../lib/search-text.ts';
import { kindOfFile, readFrontMatter, searchTermsByUrl, type TermsSource } from '../lib/search-terms.ts';

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

/** Every content file's front matter, for its searchTerms. */
async function termSources(projectRoot: string): Promise<TermsSource[]> {
  const sources: TermsSource[] = [];
  for (const base of ['workshops', 'slides']) {
    const entries = await readdir(join(projectRoot, base), { withFileTypes: true, recursive: true });
    for (const e of entries) {
      if (!e.isFile() || !/\.(mdx?|ya?ml)$/.test(e.name)) continue;
      const path = relative(projectRoot, join(e.parentPath, e.name)).split(sep).join('/');
      const kind = kindOfFile(path);
      if (!kind) continue;
      const id = path.slice(base.length + 1);
      sources.push({
        kind,
        id,
        data: readFrontMatter(await readFile(join(projectRoot, path), 'utf8'), path),
      });
    }
  }
  return sources;
}

/** The JS API gives a result's id before its fragment: this file maps ids to addresses for ranking. */
export const PAGES_FILE = 'pages.json';

async function writePageMap(bundle: string): Promise<void> {
  const dir = join(bundle, 'fragment');
  const map: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) {
    const raw = gunzipSync(await readFile(join(dir, name)));
    // Pagefind prefixes its decompressed files with a 12-byte signature.
    const { url } = JSON.parse(raw.subarray(12).toString('utf8')) as { url: string };
    map[name.replace(/\.pf_fragment$/, '')] = url;
  }
  await writeFile(join(bundle, PAGES_FILE), JSON.stringify(map));
}

/**
 * Builds the Pagefind index after Astro has written the site. Pagefind
 * returns its errors instead of throwing: any error fails the build.
 * Each page is given to the indexer as prepared by src/lib/search-text.ts
 * (elisions split, words kept apart, the front matter's searchTerms added
 * with weight); the published HTML is left untouched.
 */
export default function searchIndex(): AstroIntegration {
  let projectRoot = process.cwd();
  return {
    name: 'parlons-en:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        projectRoot = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const terms = searchTermsByUrl(await termSources(projectRoot));
        const started = performance.now();
        const { index, errors: createErrors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind : ${createErrors.join('; ')}`);
        const problems: string[] = [];
        let pages = 0;
        // Pagefind indexes in its own process: keep a few files in flight at once.
        const files = (await htmlFiles(root)).filter((f) => !pageUrl(f, root).startsWith('/pagefind/'));
        const add = async (file: string) => {
          const url = pageUrl(file, root);
          const content = prepareForIndex(await readFile(file, 'utf8'), terms.get(url)?.terms);
          const { errors } = await index.addHTMLFile({ url, content });
          problems.push(...errors.map((e) => `${url} : ${e}`));
          pages += 1;
        };
        for (let i = 0; i < files.length; i += 16) await Promise.all(files.slice(i, i + 16).map(add));
        const built = new Set(files.map((f) => pageUrl(f, root)));
        for (const [url, { file }] of terms) {
          if (!built.has(url))
            problems.push(`${file} › searchTerms : aucune page ${url} n’a été construite pour ce fichier.`);
        }
        const { errors: writeErrors } = await index.writeFiles({ outputPath: join(root, 'pagefind') });
        problems.push(...writeErrors);
        await pagefind.close();
        if (problems.length === 0) await writePageMap(join(root, 'pagefind'));
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
