import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../support/built-pages.ts';
import { test, expect } from './fixtures';

async function search(page: import('@playwright/test').Page, query: string) {
  await page.goto('/recherche/');
  const box = page.getByRole('main').getByRole('searchbox');
  await box.focus();
  await box.fill(query);
  await expect(page.getByRole('status')).toContainText(/résultat/);
  return page.locator('[data-search-results] li');
}

test('searching "sextorsion" finds the sextortion lesson first among lessons', async ({ page }) => {
  const results = await search(page, 'sextorsion');
  await expect(results.first()).toBeVisible();
  await expect(
    page.locator('[data-search-results] a[href="/ateliers/sextorsion-ne-paie-pas-parle/"]'),
  ).toHaveCount(1);
});

// « ampleur » appears on this lesson only as « l’ampleur », and on no other page:
// without French elision handling (index and query) neither search finds it.
for (const query of ['ampleur', 'l’ampleur', "l'ampleur"]) {
  test(`searching "${query}" finds the page that only says « l’ampleur » (French elision)`, async ({
    page,
  }) => {
    const source = readFileSync(
      join(DIST, 'ateliers/diffusion-non-consentie-loi-et-aide/index.html'),
      'utf8',
    );
    expect(source, 'the page says « l’ampleur »').toMatch(/l’ampleur/);
    expect(source.replace(/l’ampleur/g, ''), 'and never « ampleur » alone').not.toMatch(/ampleur/i);
    await search(page, query);
    await expect(
      page.locator('[data-search-results] a[href="/ateliers/diffusion-non-consentie-loi-et-aide/"]'),
    ).toHaveCount(1);
  });
}

test('search filters by type', async ({ page }) => {
  await search(page, 'consentement');
  await page.getByRole('group', { name: 'Type de page' }).getByLabel('Quiz').check();
  // Wait for the filtered results to replace the first ones.
  await expect
    .poll(async () => {
      const types = await page.locator('.search-result__type').allTextContents();
      return types.length > 0 && types.every((type) => type.startsWith('Quiz'));
    })
    .toBe(true);
});

test('the header search box leads to results', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('banner').getByRole('searchbox').fill('grooming');
  await page.getByRole('banner').getByRole('button', { name: 'Rechercher' }).click();
  await expect(page).toHaveURL(/\/recherche\/\?q=grooming/);
  await expect(page.getByRole('status')).toContainText(/résultat/);
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
});

test('nothing of search loads on a content page until the reader searches', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto('/ateliers/');
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
});
