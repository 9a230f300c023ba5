import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { test, expect } from './fixtures';

const resources = parse(readFileSync('workshops/data/resources.yaml', 'utf8')) as {
  id: string;
  phone?: string;
}[];
const phone = (id: string) => resources.find((r) => r.id === id)!.phone!;

test('the directory shows the Belgian and French numbers from the data', async ({ page }) => {
  await page.goto('/aide/ressources/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Services d’aide et de signalement, par pays',
  );
  const childFocus = page.locator('[data-resource="child-focus"]');
  await expect(childFocus.getByRole('link', { name: phone('child-focus'), exact: true })).toHaveAttribute(
    'href',
    'tel:116000',
  );
  expect(phone('child-focus')).toBe('116 000');
  const e3018 = page.locator('[data-resource="e-enfance-3018"]');
  await expect(e3018.getByRole('link', { name: phone('e-enfance-3018'), exact: true })).toHaveAttribute(
    'href',
    'tel:3018',
  );
  await expect(childFocus).toContainText('Vérifié le');
});

test('"J’ai besoin d’aide" is in the header of every kind of page', async ({ page }) => {
  for (const path of [
    '/',
    '/ateliers/',
    '/ateliers/mes-photos-mon-corps/',
    '/scenarios/',
    '/quiz/',
    '/parents/',
    '/recherche/',
  ]) {
    await page.goto(path);
    await expect(page.getByRole('banner').getByRole('link', { name: 'J’ai besoin d’aide' })).toHaveAttribute(
      'href',
      '/aide/',
    );
  }
});

test.describe('quick exit', () => {
  test.use({ allowedOrigins: ['https://fr.wikipedia.org'] });

  test('the quick exit leaves the help page and replaces it in the history', async ({ page }) => {
    await page.goto('/');
    await page.goto('/aide/');
    // Do not let the test leave the site: catch the neutral page's request.
    await page.route('https://fr.wikipedia.org/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>neutre</title>' }),
    );
    await page.getByRole('link', { name: 'Quitter vite' }).click();
    await expect(page).toHaveTitle('neutre');
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
  });
});
