import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import type { HelpFlow } from '../../src/schemas/help-flow.ts';
import { test, expect } from './fixtures';

const resources = parse(readFileSync('workshops/data/resources.yaml', 'utf8')) as {
  id: string;
  country: string;
  phone?: string;
  url?: string;
}[];
const flows = readdirSync('workshops/fr/aide').map((file) => ({
  slug: file.replace(/\.yaml$/, ''),
  data: parse(readFileSync(`workshops/fr/aide/${file}`, 'utf8')) as HelpFlow,
}));

test('there are five help flows, each in three versions', () => {
  expect(flows.map((f) => f.slug).sort()).toEqual([
    'chantage',
    'fausses-images',
    'image-recue',
    'images-intimes-en-ligne',
    'inconnu-demande-photos',
  ]);
});

for (const { slug, data } of flows) {
  for (const [audience, path] of [
    ['moins-18', ''],
    ['adultes', 'adultes/'],
  ] as const) {
    for (const country of ['BE', 'FR'] as const) {
      test(`${slug}: ${audience} in ${country} gets the first steps and the numbers from the data`, async ({
        page,
      }) => {
        await page.goto('/aide/');
        await page.getByRole('link', { name: data['moins-18'].title, exact: true }).click();
        await expect(page).toHaveURL(`/aide/${slug}/`);
        if (audience === 'adultes') {
          await page.getByRole('link', { name: 'J’ai 18 ans ou plus' }).click();
          await expect(page).toHaveURL(`/aide/${slug}/${path}`);
        }
        const version = data[audience];
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(version.title);
        await expect(page.locator('.flow-reassurance')).toContainText(version.reassurance.slice(0, 40));
        await expect(page.locator('.flow-steps > li')).toHaveCount(version.steps.length);
        await page
          .locator('.flow-question')
          .getByRole('link', { name: country === 'BE' ? 'Belgique' : 'France' })
          .click();
        await expect(page).toHaveURL(new RegExp(`#pays-${country}$`));
        const section = page.locator(`#pays-${country}`);
        const expected = version.services
          .map((id) => resources.find((r) => r.id === id)!)
          .filter((r) => r.country === country);
        expect(expected.length).toBeGreaterThan(0);
        for (const r of expected) {
          const card = section.locator(`[data-resource="${r.id}"]`);
          await expect(card).toBeVisible();
          if (r.phone)
            await expect(card.locator(`a[href="tel:${r.phone.replace(/\s/g, '')}"]`)).toBeVisible();
        }
      });
    }
  }
}

test('parents get their own version, in "vous"', async ({ page }) => {
  const flow = flows.find((f) => f.slug === 'chantage')!;
  await page.goto('/aide/');
  await page.getByRole('link', { name: flow.data.parents.title, exact: true }).click();
  await expect(page).toHaveURL('/aide/chantage/parents/');
  await expect(
    page.getByRole('heading', { level: 2, name: 'Ce que vous pouvez faire, dans l’ordre' }),
  ).toBeVisible();
});

test('the right number is two clicks from any page', async ({ page }) => {
  for (const start of ['/', '/ateliers/sextorsion-ne-paie-pas-parle/', '/quiz/on-demande-avant/']) {
    await page.goto(start);
    await page.getByRole('banner').getByRole('link', { name: 'J’ai besoin d’aide' }).click();
    await page
      .getByRole('link', { name: flows.find((f) => f.slug === 'chantage')!.data['moins-18'].title })
      .click();
    await expect(page.locator('[data-resource="child-focus"] a[href="tel:116000"]')).toBeVisible();
    await expect(page.locator('[data-resource="e-enfance-3018"] a[href="tel:3018"]')).toBeVisible();
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the flows are links and show everything', async ({ page }) => {
    await page.goto('/aide/');
    await page.getByRole('link', { name: flows[0]!.data['moins-18'].title, exact: true }).click();
    await page.getByRole('link', { name: 'Je suis parent' }).click();
    await expect(page.locator('.flow-steps > li').first()).toBeVisible();
    await expect(page.getByRole('link', { name: 'Quitter vite' })).toBeVisible();
  });
});

test('a help flow keeps nothing about the reader', async ({ page }) => {
  await page.goto('/aide/chantage/');
  await page.getByRole('link', { name: 'J’ai 18 ans ou plus' }).click();
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  expect(await page.context().cookies()).toEqual([]);
});
