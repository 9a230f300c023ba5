/**
 * npm run bench               builds the site and measures it (table + JSON report)
 * npm run bench -- --scale N  builds a temporary copy with N synthetic lessons
 * npm run bench -- --search  only the search, side by side with Pagefind's Default UI,
 *                             on the site already built in dist/
 * Options: --no-lighthouse (skip the four scores), --out FILE (JSON report path).
 * Timings are reported, never asserted; sizes have budgets in the tests.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { builtPages, pageKind, type PageKind } from '../tests/support/built-pages.ts';
import { lighthouseScores } from './bench/lighthouse.ts';
import { median, runBuild, timeDeck, weighPage, type PageWeight } from './bench/measure.ts';
import { compareSearch, type SearchComparison } from './bench/search-compare.ts';
import { scaleBuild } from './bench/scale.ts';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const chromePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const out = option('--out') ?? join(root, 'bench/reports/latest.json');
const machine = {
  cpus: `${cpus().length} × ${cpus()[0]?.model.trim()}`,
  memoryGb: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  date: new Date().toISOString(),
};
const kb = (n: number) => (n / 1024).toFixed(1);
const ms = (n: number) => `${Math.round(n)} ms`;

function table(rows: (string | number)[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows.map((r) => r.map((cell, c) => String(cell).padEnd(widths[c]!)).join('  ')).join('\n');
}

function save(report: unknown) {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(report, null, 2));
  console.log(`\nRapport JSON : ${out}`);
}

const scale = option('--scale');
if (scale) {
  const count = Number(scale);
  console.log(`Construction de ${count} ateliers synthétiques avec leurs présentations…`);
  const result = await scaleBuild(root, count);
  console.log(
    table([
      ['pages', 'total', 'Astro', 'index', 'par page', 'mémoire max', 'index (Mo)'],
      [
        result.pages,
        ms(result.totalMs),
        ms(result.astroMs),
        ms(result.searchIndexMs),
        `${result.msPerPage.toFixed(1)} ms`,
        `${Math.round(result.peakRssMb)} Mo`,
        (result.indexBytes / 2 ** 20).toFixed(1),
      ],
    ]),
  );
  save({ machine, scale: result });
  process.exit(0);
}

/** Queries typed in both UIs: the first one cold, the others warm. */
const SEARCH_QUERIES = [
  'sextorsion',
  'consentement',
  'atelier',
  'photo',
  'groupe',
  'chantage',
  'témoins',
  'parents',
  'jeu',
  'aide',
];

async function searchSection(browser: Browser, origin: string): Promise<SearchComparison> {
  console.log(
    '\nRecherche, du premier caractère tapé au premier résultat affiché (même index, même navigateur)…',
  );
  const result = await compareSearch(browser, origin, SEARCH_QUERIES);
  const { coldMs, warmMs, coldKb } = result.summary;
  const ratio = (r: number) => `× ${r.toFixed(2)}`;
  console.log(
    table([
      ['mesure', 'Parlons-en', 'Pagefind Default UI', 'rapport'],
      [
        'première recherche, à froid (médiane de 5)',
        ms(coldMs.ours),
        ms(coldMs.defaultUi),
        ratio(coldMs.ratio),
      ],
      ['recherches suivantes (médiane de 9)', ms(warmMs.ours), ms(warmMs.defaultUi), ratio(warmMs.ratio)],
      [
        'téléchargé pour la première recherche (gz)',
        `${coldKb.ours.toFixed(1)} Ko`,
        `${coldKb.defaultUi.toFixed(1)} Ko`,
        ratio(coldKb.ratio),
      ],
    ]),
  );
  console.log(
    `Moteur seul (API JS de Pagefind, recherche + premier fragment), à chaud : ${ms(result.summary.engineWarmMs)}`,
  );
  console.log(
    `À froid, chaque essai : Parlons-en ${result.ours.coldMs.map(ms).join(', ')} ; Default UI ${result.defaultUi.coldMs.map(ms).join(', ')}`,
  );
  return result;
}

async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

if (args.includes('--search')) {
  const port = 4392;
  const server = spawn(process.execPath, [join(root, 'scripts/serve-dist.mjs'), String(port)], {
    stdio: 'ignore',
  });
  await new Promise((r) => setTimeout(r, 500));
  const browser = await launch();
  try {
    save({ machine, search: await searchSection(browser, `http://localhost:${port}`) });
  } finally {
    await browser.close();
    server.kill();
  }
  process.exit(0);
}

console.log('Construction du site…');
const build = await runBuild(root);
console.log(
  table([
    ['pages', 'total', 'Astro', 'typographie', 'index de recherche', 'mémoire max'],
    [
      build.pages,
      ms(build.totalMs),
      ms(build.astroMs),
      ms(build.typographyMs),
      ms(build.searchIndexMs),
      `${Math.round(build.peakRssMb)} Mo`,
    ],
  ]),
);

const port = 4391;
const server = spawn(process.execPath, [join(root, 'scripts/serve-dist.mjs'), String(port)], {
  stdio: 'ignore',
});
await new Promise((r) => setTimeout(r, 500));
const origin = `http://localhost:${port}`;
const browser = await launch();

try {
  console.log('\nPoids des pages avant toute interaction (Ko ; gzip entre parenthèses)…');
  const weights: (PageWeight & { kind: PageKind })[] = [];
  for (const { url, kind } of builtPages())
    weights.push({ ...(await weighPage(browser, origin, url)), kind });
  const kinds: PageKind[] = ['home', 'catalogue', 'lesson', 'scenario', 'quiz', 'guide', 'help', 'deck'];
  const byKind = kinds.map((kind) => {
    const list = weights.filter((w) => w.kind === kind);
    const stat = (pick: (w: PageWeight) => number) => ({
      median: median(list.map(pick)),
      max: Math.max(...list.map(pick)),
    });
    return {
      kind,
      pages: list.length,
      html: { raw: stat((w) => w.html.raw), gz: stat((w) => w.html.gz) },
      css: { raw: stat((w) => w.css.raw), gz: stat((w) => w.css.gz) },
      js: { raw: stat((w) => w.js.raw), gz: stat((w) => w.js.gz) },
      totalGz: stat((w) => w.html.gz + w.css.gz + w.js.gz + w.other.gz),
    };
  });
  const cell = (s: { median: number; max: number }, g: { median: number; max: number }) =>
    `${kb(s.median)} (${kb(g.median)}) / ${kb(s.max)} (${kb(g.max)})`;
  console.log(
    table([
      ['type', 'pages', 'HTML médiane / max', 'CSS médiane / max', 'JS médiane / max', 'total gz médiane'],
      ...byKind.map((k) => [
        k.kind,
        k.pages,
        cell(k.html.raw, k.html.gz),
        cell(k.css.raw, k.css.gz),
        cell(k.js.raw, k.js.gz),
        kb(k.totalGz.median),
      ]),
    ]),
  );
  const external = weights.flatMap((w) => w.external.map((e) => `${w.url} → ${e}`));
  console.log(`Requêtes vers un autre site : ${external.length}`);

  const search = await searchSection(browser, origin);

  const deckUrl = builtPages().find((p) => p.kind === 'deck')!.url;
  const deckStart = await timeDeck(browser, origin, deckUrl);
  const deckWeight = weights.find((w) => w.url === deckUrl)!;
  console.log(
    `\nPrésentation ${deckUrl} : première diapositive prête en ${ms(deckStart)} ; JS ${kb(deckWeight.js.gz)} Ko gz, CSS ${kb(deckWeight.css.gz)} Ko gz`,
  );

  let scores: Awaited<ReturnType<typeof lighthouseScores>> = [];
  if (!args.includes('--no-lighthouse')) {
    console.log('\nLighthouse (mobile)…');
    const sample = kinds.map((k) => builtPages().find((p) => pageKind(p.url) === k)!.url);
    scores = await lighthouseScores(origin, sample, chromePath);
    console.log(
      table([
        ['page', 'performance', 'accessibilité', 'bonnes pratiques', 'SEO'],
        ...scores.map((s) => [s.url, s.performance, s.accessibility, s.bestPractices, s.seo]),
      ]),
    );
  }

  save({
    machine,
    build,
    pages: byKind,
    externalRequests: external,
    search,
    deck: { url: deckUrl, firstSlideMs: deckStart, jsGz: deckWeight.js.gz, cssGz: deckWeight.css.gz },
    lighthouse: scores,
  });
} finally {
  await browser.close();
  server.kill();
}
