/**
 * npm run bench               builds the site and measures it (table + JSON report)
 * npm run bench -- --scale N  builds a temporary copy with N synthetic lessons
 * Options: --no-lighthouse (skip the four scores), --out FILE (JSON report path).
 * Timings are reported, never asserted; sizes have budgets in the tests.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { builtPages, pageKind, type PageKind } from '../tests/support/built-pages.ts';
import { lighthouseScores } from './bench/lighthouse.ts';
import { median, runBuild, timeDeck, timeSearch, weighPage, type PageWeight } from './bench/measure.ts';
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
const browser = await chromium.launch({
  executablePath: chromePath,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});

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

  console.log('\nRecherche (du premier caractère tapé aux résultats affichés)…');
  const queries = [
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
  const search = await timeSearch(browser, origin, queries);
  console.log(
    table([
      ['requête', 'temps', 'résultats'],
      [`${search.cold.query} (à froid)`, ms(search.cold.ms), search.cold.results],
      ...search.warm.map((s) => [s.query, ms(s.ms), s.results]),
    ]),
  );
  console.log(
    `À chaud, médiane : ${ms(median(search.warm.map((s) => s.ms)))} ; téléchargé (compressé) pour la première recherche : ${kb(search.coldBytes)} Ko, pour les dix : ${kb(search.bytes)} Ko`,
  );

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
    search: { ...search, warmMedianMs: median(search.warm.map((s) => s.ms)) },
    deck: { url: deckUrl, firstSlideMs: deckStart, jsGz: deckWeight.js.gz, cssGz: deckWeight.css.gz },
    lighthouse: scores,
  });
} finally {
  await browser.close();
  server.kill();
}
