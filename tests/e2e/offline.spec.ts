import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse } from 'yaml';
import { siteHandler } from '../../scripts/serve-dist.mjs';
import { OFFLINE_HELP_IDS } from '../../src/lib/offline.ts';
import { builtPages } from '../support/built-pages.ts';
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

const resources = parse(readFileSync('workshops/data/resources.yaml', 'utf8')) as {
  id: string;
  phone?: string;
  emergency?: boolean;
  smsOnly?: boolean;
}[];
/** The emergency numbers and listed help lines the offline page must link: tel:, or sms: for a text-only one (114). */
const offlineNumbers = resources
  .filter((r) => r.phone && (r.emergency || OFFLINE_HELP_IDS.includes(r.id)))
  .map((r) => `${r.smsOnly ? 'sms' : 'tel'}:${r.phone!.replaceAll(' ', '')}`);

/** Waits until the service worker controls the page, so the next requests go through it. */
async function controlled(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

async function prepare(page: Page, lesson: string) {
  await page.goto(lesson);
  await controlled(page);
  const panel = page.locator('[data-offline]');
  await expect(panel).toBeVisible();
  await panel.getByRole('button', { name: 'Préparer hors ligne' }).click();
  await expect(panel.getByRole('status')).toHaveText(/^Tout est prêt/, { timeout: 30_000 });
  return panel;
}

async function expectOfflinePage(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vous êtes hors ligne');
  await expect(page.getByText('Page introuvable')).toHaveCount(0);
  expect(offlineNumbers.length).toBeGreaterThanOrEqual(6);
  const main = page.getByRole('main');
  for (const href of offlineNumbers) {
    await expect(main.locator(`a[href="${href}"]`).first(), href).toBeVisible();
  }
}

test('prepare a lesson, go offline, reload it, present its deck and search', async ({ page, context }) => {
  const panel = await prepare(page, '/ateliers/ami-en-ligne-trop-gentil/');
  // npm test makes the PDFs before the browser tests: every item is saved.
  await expect(panel.getByRole('status')).toHaveText(/^Tout est prêt : vous pouvez animer/);
  await expect(panel.locator('li[data-ready="false"], li[data-ready="absent"]')).toHaveCount(0);
  const ready = await panel.locator('li[data-ready="true"]').count();
  expect(ready).toBeGreaterThanOrEqual(7);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('en ligne');
  await expect(panel.locator('li[data-ready="true"]')).toHaveCount(ready);

  await page.getByRole('link', { name: 'Présenter' }).click();
  await page.waitForFunction(() => (window as unknown as { deck?: { isReady(): boolean } }).deck?.isReady());
  await page.keyboard.press('ArrowRight');
  await expect
    .poll(() =>
      page.evaluate(
        () => (window as unknown as { deck: { getIndices(): { h: number } } }).deck.getIndices().h,
      ),
    )
    .toBe(1);

  // A scenario of the lesson plays offline too, with its player.
  await page.goto('/scenarios/le-nouveau-coequipier/');
  await expect(page.locator('[data-scenario-player]')).toHaveClass(/is-playing/);

  // Search works offline once a lesson is prepared.
  await page.goto('/recherche/?q=sextorsion');
  await expect(page.getByRole('status')).toContainText(/\d+ résultats? pour/);
  await expect(
    page.locator('[data-search-results] a[href="/ateliers/sextorsion-ne-paie-pas-parle/"]'),
  ).toHaveCount(1);
  await context.setOffline(false);
});

test('every help page, the directory and the parent guides are saved on the first visit', async ({
  page,
}) => {
  const expected = builtPages()
    .map((p) => p.url)
    .filter((url) => /^\/(aide|parents)\//.test(url));
  // 5 help flows × 3 versions, /aide/, the directory, /parents/ and its guides.
  expect(expected.length).toBeGreaterThanOrEqual(20);
  expect(expected).toContain('/aide/ressources/');
  await page.goto('/');
  await controlled(page);
  const saved = await page.evaluate(async () => {
    const keys: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) keys.push(new URL(request.url).pathname);
    }
    return keys;
  });
  for (const url of [...expected, '/hors-ligne/']) expect(saved, url).toContain(url);
});

test('offline, a page that is not saved shows the offline page with the help numbers', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await controlled(page);
  // A help page this device has no copy of (e.g. one published after its first visit).
  const removed = await page.evaluate(async () => {
    let found = false;
    for (const name of await caches.keys())
      found = (await (await caches.open(name)).delete('/aide/chantage/')) || found;
    return found;
  });
  expect(removed, 'the help page was saved before').toBe(true);
  await context.setOffline(true);
  await page.goto('/aide/chantage/');
  await expectOfflinePage(page);
  // A lesson that was never prepared: the same, never "Page introuvable".
  await page.goto('/ateliers/sextorsion-ne-paie-pas-parle/');
  await expectOfflinePage(page);
  await context.setOffline(false);
});

test('the site shell and the help pages open offline after a first visit', async ({ page, context }) => {
  await page.goto('/');
  await controlled(page);
  await context.setOffline(true);
  await page.goto('/aide/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('J’ai besoin d’aide');
  await page.goto('/aide/chantage/parents/');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Vous êtes hors ligne');
  await expect(page.locator('main a[href^="tel:"]').first()).toBeVisible();
  await page.goto('/parents/signaux-d-alerte/');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Vous êtes hors ligne');
  await context.setOffline(false);
});

test.describe('on a network that never answers', () => {
  let server: Server;
  let hang = false;
  let origin = '';
  test.beforeAll(async () => {
    const serve = siteHandler();
    // Like a school's Wi-Fi at its worst: connections open, no answer ever comes.
    server = createServer((req, res) => (hang ? undefined : serve(req, res)));
    await new Promise<void>((resolve) => server.listen(0, resolve));
    origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  });
  test.afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  test('a prepared lesson and its deck open within 5 seconds', async ({ browser }) => {
    const context = await browser.newContext({ baseURL: origin });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await prepare(page, '/ateliers/ami-en-ligne-trop-gentil/');

    hang = true;
    for (const url of ['/ateliers/ami-en-ligne-trop-gentil/', '/presentations/ami-en-ligne-trop-gentil/']) {
      const started = Date.now();
      await page.goto(url, { timeout: 5000 });
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible({ timeout: 1000 });
      expect(Date.now() - started, url).toBeLessThan(5000);
    }
    await page.waitForFunction(
      () => (window as unknown as { deck?: { isReady(): boolean } }).deck?.isReady(),
      {
        timeout: 2000,
      },
    );
    hang = false;
    expect(errors).toEqual([]);
    await context.close();
  });
});
