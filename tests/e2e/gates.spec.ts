/**
 * Gates over every built page: accessibility (axe, WCAG 2.2 AA), no request
 * to another origin, no console error, no missing asset (the fixture checks
 * those on every test), and content readable with JavaScript off.
 */
import AxeBuilder from '@axe-core/playwright';
import { builtPages } from '../support/built-pages.ts';
import { test, expect } from './fixtures';

const pages = builtPages();
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('the build has every kind of page', () => {
  const kinds = new Set(pages.map((p) => p.kind));
  for (const kind of ['home', 'catalogue', 'lesson', 'deck', 'scenario', 'quiz', 'guide', 'help']) {
    expect(kinds, kind).toContain(kind);
  }
});

for (const { url, kind } of pages) {
  test(`accessible and self-contained: ${url}`, async ({ page }) => {
    await page.goto(url);
    if (kind === 'deck') {
      await page.waitForFunction(() =>
        (window as unknown as { deck?: { isReady(): boolean } }).deck?.isReady(),
      );
    }
    await page.waitForLoadState('networkidle');
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    const violations = results.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
    );
    expect(violations, violations.join('\n')).toEqual([]);
    // The content licence and the attribution with this page's address (issue 17).
    const licence = page.locator('[data-licence]');
    await expect(licence, 'ligne de licence').toHaveCount(1);
    await expect(licence).toContainText(`D’après Parlons-en, `);
    await expect(licence).toContainText(`${url}, CC BY-SA 4.0`);
  });
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  for (const { url, kind } of pages) {
    if (url === '/recherche/') continue; // search needs JavaScript and says so
    test(`content is readable: ${url}`, async ({ page }) => {
      await page.goto(url);
      const main = page.locator('main');
      const text = (await main.innerText()).trim();
      expect(text.length, 'visible text in <main>').toBeGreaterThan(150);
      if (kind === 'scenario') {
        await expect(page.locator('[data-ending]').first()).toBeVisible();
        await expect(page.locator('.choices a').first()).toBeVisible();
      }
      if (kind === 'quiz') await expect(page.locator('.question details.answer').first()).toBeVisible();
      if (kind === 'deck') await expect(page.locator('.slides > section').last()).toBeVisible();
      if (['lesson', 'scenario', 'quiz', 'guide'].includes(kind)) {
        await expect(page.locator('[data-resource]').first(), 'help resources on the page').toBeVisible();
      }
    });
  }
});
