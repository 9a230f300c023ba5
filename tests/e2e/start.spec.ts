/**
 * The README's first command on a machine without Chromium: `npm start`
 * builds, indexes and serves the site, says once that the decks' PDFs were
 * not made and how to make them, and lesson pages never link to a missing
 * PDF. It builds into a temporary folder, so the site the other browser tests
 * read is left alone.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

test('npm start without Chromium serves the home page and /aide/, with no PDF link', async ({ browser }) => {
  test.setTimeout(240_000);
  const port = await freePort();
  const dist = mkdtempSync(join(tmpdir(), 'parlons-en-start-'));
  const child = spawn('npm', ['start', '--', '--port', String(port)], {
    env: { ...process.env, CHROMIUM_PATH: '/nulle-part/chromium', PARLONS_EN_DIST: dist, CI: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const origin = `http://localhost:${port}`;
  try {
    await expect
      .poll(
        async () => {
          expect(child.exitCode, output.slice(-3000)).toBeNull();
          return fetch(`${origin}/`).then(
            (r) => r.status,
            () => 0,
          );
        },
        { timeout: 200_000, intervals: [1000] },
      )
      .toBe(200);

    const home = await (await fetch(`${origin}/`)).text();
    expect(home).toContain('Parlons-en');
    const help = await fetch(`${origin}/aide/`);
    expect(help.status).toBe(200);
    expect(await help.text()).toContain('J’ai besoin d’aide');

    // Said once, plainly, with the way to make them.
    expect(output.match(/Les PDF des présentations n’ont pas été créés/g)).toHaveLength(1);
    expect(output).toContain('apt-get install chromium');
    expect(output).toContain('CHROMIUM_PATH');

    // Lesson pages offer printing from the deck instead of a missing PDF.
    const lesson = await (await fetch(`${origin}/ateliers/sextorsion-ne-paie-pas-parle/`)).text();
    expect(lesson).toContain('href="/presentations/sextorsion-ne-paie-pas-parle/?print-pdf"');
    expect(lesson).not.toMatch(/href="[^"]+\.pdf"/);
    expect((await fetch(`${origin}/presentations/sextorsion-ne-paie-pas-parle/?print-pdf`)).status).toBe(200);

    // "Préparer hors ligne" skips the PDFs and says why, without blaming the connection.
    const context = await browser.newContext({ baseURL: origin });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
    await page.goto('/ateliers/sextorsion-ne-paie-pas-parle/');
    await page.evaluate(() => navigator.serviceWorker.ready);
    const panel = page.locator('[data-offline]');
    await panel.getByRole('button', { name: 'Préparer hors ligne' }).click();
    await expect(panel.getByRole('status')).toHaveText(/^Tout est prêt, sauf les PDF/, { timeout: 30_000 });
    await expect(panel.getByRole('status')).not.toContainText('connexion');
    await expect(panel.locator('li[data-ready="absent"]')).toHaveCount(2);
    await expect(panel.locator('li[data-ready="false"]')).toHaveCount(0);
    expect(errors).toEqual([]);
    await context.close();
  } finally {
    if (child.exitCode === null) process.kill(-child.pid!, 'SIGTERM');
    rmSync(dist, { recursive: true, force: true });
  }
});
