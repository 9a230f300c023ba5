/**
 * Gates over every built page, each page loaded once for all the checks that
 * share it (this loop is most of the suite's time):
 * - accessibility (axe, WCAG 2.2 AA);
 * - page-weight budgets, on sizes only, measured as a reader's browser loads
 *   the page before any interaction (timings are reported by `npm run bench`,
 *   never asserted; search, players in closed <details> and PDFs are not
 *   counted), no font downloaded, nothing from another origin;
 * - no console error, no failed request (the fixture, on every test);
 * - content readable with JavaScript off, in one JavaScript-off page per
 *   worker.
 * The number of pages of each kind is compared with the content files, so
 * the loop cannot quietly shrink.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page as CorePage } from 'playwright-core';
import type { Page } from '@playwright/test';
import { watchWeight } from '../../scripts/bench/measure.ts';
import { builtPages, expectedPageCounts, type PageKind } from '../support/built-pages.ts';
import { test as guarded, expect } from './fixtures';

const pages = builtPages();
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const KB = 1024;
const BUDGET = {
  content: { jsGz: 12 * KB, cssGz: 12 * KB },
  /** A lesson page in all before interaction: HTML + CSS + JS (issue 16). */
  lesson: { totalGz: 35 * KB },
  deck: { jsGz: 80 * KB },
};

/** One JavaScript-off page per worker, reused by every test of that worker. */
const test = guarded.extend<object, { noJs: Page }>({
  noJs: [
    async ({ browser }, use) => {
      const context = await browser.newContext({ javaScriptEnabled: false, locale: 'fr-BE' });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
});

test('the build has every page the content calls for', () => {
  const built = new Map<PageKind, number>();
  for (const { kind } of pages) built.set(kind, (built.get(kind) ?? 0) + 1);
  const expected = expectedPageCounts();
  expect(Object.keys(expected).length).toBeGreaterThanOrEqual(8);
  for (const [kind, count] of Object.entries(expected)) {
    expect(count, `${kind} : fichiers de contenu`).toBeGreaterThan(0);
    expect(built.get(kind as PageKind) ?? 0, `pages « ${kind} »`).toBe(count);
  }
  expect(built.get('catalogue') ?? 0).toBeGreaterThan(2);
});

async function readableWithoutJs(page: Page, origin: string, url: string, kind: PageKind) {
  const response = await page.goto(origin + url);
  expect(response?.status(), `${url} sans JavaScript`).toBeLessThan(400);
  const text = (await page.locator('main').innerText()).trim();
  expect(text.length, 'visible text in <main> without JavaScript').toBeGreaterThan(150);
  if (kind === 'scenario') {
    await expect(page.locator('[data-ending]').first()).toBeVisible();
    await expect(page.locator('.choices a').first()).toBeVisible();
  }
  if (kind === 'quiz') await expect(page.locator('.question details.answer').first()).toBeVisible();
  if (kind === 'deck') await expect(page.locator('.slides > section').last()).toBeVisible();
  if (['lesson', 'scenario', 'quiz', 'guide'].includes(kind)) {
    await expect(page.locator('[data-resource]').first(), 'help resources on the page').toBeVisible();
  }
}

for (const { url, kind } of pages) {
  test(`accessible, within budget, self-contained and readable without JavaScript: ${url}`, async ({
    page,
    noJs,
    baseURL,
  }) => {
    // Three checks in one visit: more than one check's 30 s on a shared, loaded machine.
    test.setTimeout(90_000);
    const origin = new URL(baseURL!).origin;
    const watcher = watchWeight(page as unknown as CorePage, origin, url);
    await page.goto(url);
    if (kind === 'deck') {
      await page.waitForFunction(() =>
        (window as unknown as { deck?: { isReady(): boolean } }).deck?.isReady(),
      );
    }
    await page.waitForLoadState('networkidle');

    const weight = await watcher.done();
    expect(weight.errors, 'responses whose size could not be read').toEqual([]);
    expect(weight.html.raw, 'the page itself was measured').toBeGreaterThan(0);
    expect(weight.external, 'requests to another origin').toEqual([]);
    expect(weight.fonts, 'fonts downloaded (system fonts only)').toEqual([]);
    if (kind === 'deck') {
      expect(weight.js.gz, 'deck JS (gzip)').toBeLessThanOrEqual(BUDGET.deck.jsGz);
    } else {
      expect(weight.js.gz, 'JS before interaction (gzip)').toBeLessThanOrEqual(BUDGET.content.jsGz);
      expect(weight.css.gz, 'CSS (gzip)').toBeLessThanOrEqual(BUDGET.content.cssGz);
    }
    if (kind === 'lesson') {
      const total = weight.html.gz + weight.css.gz + weight.js.gz;
      expect(total, 'lesson page HTML + CSS + JS (gzip)').toBeLessThanOrEqual(BUDGET.lesson.totalGz);
    }

    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    const violations = results.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
    );
    expect(violations, violations.join('\n')).toEqual([]);

    // Search needs JavaScript and says so (its <noscript> is checked in search.spec.ts).
    if (url !== '/recherche/') await readableWithoutJs(noJs, origin, url, kind);
    // The content licence and the attribution with this page's address (issue 17).
    const licence = page.locator('[data-licence]');
    await expect(licence, 'ligne de licence').toHaveCount(1);
    await expect(licence).toContainText(`D’après Parlons-en, `);
    await expect(licence).toContainText(`${kind === 'notfound' ? '/' : url}, CC BY-SA 4.0`);
  });
}
