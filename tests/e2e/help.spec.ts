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

const data = parse(readFileSync('workshops/data/resources.yaml', 'utf8')) as {
  id: string;
  country: string;
  phone?: string;
  emergency?: boolean;
  smsOnly?: boolean;
}[];
const tel = (p: string) => `tel:${p.replace(/[^0-9+]/g, '')}`;

test.describe('on the first screen of a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('/aide/ shows each country’s line for young people and its emergency numbers above the situations', async ({
    page,
  }) => {
    await page.goto('/aide/');
    const box = page.locator('[data-first-numbers]');
    const firstSituation = await page.locator('.flow-link').first().boundingBox();
    const boxBottom = (await box.boundingBox())!;
    expect(boxBottom.y + boxBottom.height).toBeLessThan(firstSituation!.y);
    const youth = {
      BE: 'child-focus',
      FR: 'e-enfance-3018',
      CH: 'pro-juventute-147',
      LU: 'kanner-jugendtelefon',
      'CA-QC': 'tel-jeunes',
    };
    for (const [country, id] of Object.entries(youth)) {
      const row = box.locator(`[data-country="${country}"]`);
      await expect(row.locator(`a[href="${tel(phone(id))}"]`)).toBeInViewport({ ratio: 1 });
      for (const r of data.filter((x) => x.country === country && x.emergency && x.phone && !x.smsOnly))
        await expect(row.locator(`a[href="${tel(r.phone!)}"]`)).toBeInViewport({ ratio: 1 });
    }
  });

  test('the parents’ first-hours guide opens with “Besoin d’aide maintenant” above the fold', async ({
    page,
  }) => {
    await page.goto('/parents/mon-enfant-est-victime-premieres-heures/');
    const box = page.locator('[data-first-numbers="urgent"]');
    await expect(box.getByRole('heading')).toHaveText('Besoin d’aide maintenant');
    for (const id of [
      'child-focus',
      'prevention-suicide-be',
      'allo-119',
      'prevention-suicide-fr',
      'urgence-be',
      'urgence-fr',
    ])
      await expect(box.locator(`a[href="${tel(phone(id))}"]`).first()).toBeInViewport({ ratio: 1 });
  });
});

test.describe('quick exit by keyboard', () => {
  test.use({ allowedOrigins: ['https://fr.wikipedia.org'] });

  for (const path of ['/', '/aide/chantage/', '/parents/']) {
    test(`Escape leaves ${path}, and the button says so`, async ({ page }) => {
      await page.route('https://fr.wikipedia.org/**', (route) =>
        route.fulfill({ contentType: 'text/html', body: '<title>neutre</title>' }),
      );
      await page.goto(path);
      const exit = page.getByRole('link', { name: 'Quitter vite' });
      await expect(exit).toBeInViewport();
      await expect(page.locator('.quick-exit-wrap')).toContainText('Échap');
      await page.mouse.wheel(0, 3000);
      await expect(exit).toBeInViewport();
      await page.keyboard.press('Escape');
      await expect(page).toHaveTitle('neutre');
    });
  }

  test('Escape does nothing while the reader types in the search field', async ({ page }) => {
    await page.route('https://fr.wikipedia.org/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>neutre</title>' }),
    );
    await page.goto('/aide/');
    const field = page.getByRole('searchbox').first();
    await field.fill('chantage');
    await field.press('Escape');
    await page.waitForTimeout(300);
    await expect(page).toHaveURL(/\/aide\/$/);
    await page.locator('h1').click();
    await page.keyboard.press('Escape');
    await expect(page).toHaveTitle('neutre');
  });
});
