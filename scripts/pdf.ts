/**
 * npm run pdf: writes every deck as PDF into the built site, with a notes
 * version (reveal.js ?print-pdf, printed by Chromium):
 *   dist/presentations/<slug>/<slug>.pdf and <slug>-notes.pdf
 * Lesson pages link to them. Needs a built site (npm run build) and Chromium
 * (CHROMIUM_PATH, default /usr/bin/chromium); without Chromium it says so and
 * stops with an error, so a missing PDF is never silent.
 */
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { DIST, builtPages } from '../tests/support/built-pages.ts';

const chromePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
if (!existsSync(chromePath)) {
  console.error(
    `Chromium introuvable à ${chromePath} : les PDF des présentations ne peuvent pas être créés.\n` +
      'Installez-le (apt-get install chromium) ou indiquez son chemin dans CHROMIUM_PATH.',
  );
  process.exit(1);
}
if (!existsSync(join(DIST, 'index.html'))) {
  console.error('Le site n’est pas construit : lancez d’abord npm run build.');
  process.exit(1);
}

const port = 4397;
const server = spawn(process.execPath, [join(import.meta.dirname, 'serve-dist.mjs'), String(port)], {
  stdio: 'ignore',
});
await new Promise((r) => setTimeout(r, 400));
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
      await page.goto(`http://localhost:${port}${url}${query}`);
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
console.log(`${count} PDF écrits en ${Math.round(performance.now() - started)} ms.`);
