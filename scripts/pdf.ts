/**
 * npm run pdf: writes every deck as PDF into the built site, with a notes
 * version (reveal.js ?print-pdf, printed by Chromium):
 *   dist/presentations/<slug>/<slug>.pdf and <slug>-notes.pdf
 * then points the lesson pages' links at them (src/lib/pdf-links.ts; until
 * then they open the deck's print view). Needs a built site (npm run build)
 * and Chromium (CHROMIUM_PATH, default /usr/bin/chromium). Without Chromium it
 * says so and fails, so a missing PDF is never silent; with --if-chromium
 * (npm start) it says so once and lets the site be served without PDFs.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { linkPdfs } from '../src/lib/pdf-links.ts';
import { DIST, builtPages } from '../tests/support/built-pages.ts';

const chromePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const optional = process.argv.includes('--if-chromium');
if (!existsSync(join(DIST, 'index.html'))) {
  console.error('Le site n’est pas construit : lancez d’abord npm run build.');
  process.exit(1);
}
if (!existsSync(chromePath)) {
  console[optional ? 'warn' : 'error'](
    `Les PDF des présentations n’ont pas été créés : Chromium est introuvable à ${chromePath}.\n` +
      (optional
        ? 'Le site fonctionne sans eux : chaque atelier propose d’imprimer sa présentation depuis le navigateur.\n'
        : '') +
      'Pour les créer : installez Chromium (apt-get install chromium) ou indiquez son chemin dans CHROMIUM_PATH, puis lancez npm run pdf (ou relancez npm start).',
  );
  process.exit(optional ? 0 : 1);
}

// The site, on a free port; its first line says which.
const server = spawn(process.execPath, [join(import.meta.dirname, 'serve-dist.mjs'), '0'], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const origin = await new Promise<string>((resolve, reject) => {
  server.stdout.setEncoding('utf8');
  server.stdout.on('data', (line: string) => {
    const url = /http:\/\/localhost:\d+/.exec(line)?.[0];
    if (url) resolve(url);
  });
  server.on('exit', (code) => reject(new Error(`Le serveur du site s’est arrêté (code ${code}).`)));
});
const browser = await chromium.launch({
  executablePath: chromePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
const started = performance.now();
let count = 0;
try {
  const page = await browser.newPage();
  for (const { url } of builtPages().filter((p) => p.kind === 'deck')) {
    const slug = url.split('/').filter(Boolean).pop()!;
    for (const [suffix, query] of [
      ['', '?print-pdf'],
      // A handout: each page holds a slide and, below it, its notes (see deck-print.ts).
      ['-notes', '?print-pdf&showNotes=true'],
    ] as const) {
      await page.goto(`${origin}${url}${query}`);
      await page.waitForSelector('html[data-pdf-ready]', { state: 'attached' });
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      writeFileSync(join(DIST, url, `${slug}${suffix}.pdf`), pdf);
      count += 1;
    }
  }
} finally {
  await browser.close();
  server.kill();
}

// Lesson pages and the officers' page were built before the PDFs existed: point their links at them now.
let linked = 0;
for (const { file } of builtPages().filter((p) => p.kind === 'lesson' || p.url === '/intervenants/')) {
  const result = linkPdfs(readFileSync(file, 'utf8'), (url) => existsSync(join(DIST, url)));
  if (result.missing.length > 0) {
    console.error(`PDF absents pour ${file} : ${result.missing.join(', ')}`);
    process.exitCode = 1;
  }
  writeFileSync(file, result.html);
  linked += result.linked.length;
}
console.log(
  `${count} PDF écrits en ${Math.round(performance.now() - started)} ms ; ${linked} liens des ateliers pointent vers eux.`,
);
