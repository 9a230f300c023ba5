import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import type { Page } from '@playwright/test';
import type { HelpFlow } from '../../src/schemas/help-flow.ts';
import { flowPages, servicesFor, type HelpResource } from '../../src/lib/help-services.ts';
import { test, expect } from './fixtures';

// Numbers are read from the data, never copied here: a wrong number on a page fails the walk.
const resources = parse(readFileSync('workshops/data/resources.yaml', 'utf8')) as (HelpResource & {
  name: string;
})[];
const flows = readdirSync('workshops/fr/aide').map((file) => ({
  slug: file.replace(/\.yaml$/, ''),
  data: parse(readFileSync(`workshops/fr/aide/${file}`, 'utf8')) as HelpFlow & { urgent?: boolean },
}));
const tel = (phone: string) => `tel:${phone.replace(/[^0-9+]/g, '')}`;
const FOLD = { width: 390, height: 844 };

/** True when the element is inside the first screen and nothing (such as "Quitter vite") covers it. */
async function onFirstScreen(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((els, height) => {
    const problems: string[] = [];
    for (const el of els) {
      const box = el.getBoundingClientRect();
      const label = `${el.textContent?.trim()} (${el.getAttribute('href')})`;
      if (box.width === 0 || box.bottom > height)
        problems.push(`${label} sous la ligne de flottaison (${box.bottom}px)`);
      else {
        const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        if (top !== el && !el.contains(top)) problems.push(`${label} caché par ${top?.className}`);
      }
    }
    return problems;
  }, FOLD.height);
}

test.use({ viewport: FOLD });

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
  test(`${slug}: every reader, in every country of the picker, gets the steps and the numbers of the data on the first screen`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    for (const { path, reader, country } of flowPages(slug)) {
      await test.step(`${path}`, async () => {
        const version = data[reader];
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(version.title);
        await expect(page.locator('.flow-steps > li')).toHaveCount(version.steps.length);
        if (version.steps.some((s) => /preuve|captur/i.test(`${s.do} ${s.why ?? ''}`)))
          await expect(page.locator('.evidence-rule')).toContainText(/Jamais l.image/);
        else await expect(page.locator('.evidence-rule')).toHaveCount(0);

        const box = page.locator(`[data-first-numbers="${data.urgent ? 'urgent' : 'numbers'}"]`);
        await expect(box).toBeVisible();
        if (data.urgent) await expect(box.getByRole('heading')).toHaveText('Besoin d’aide maintenant');

        const countries = country ? [country] : (['BE', 'FR', 'CH', 'LU', 'CA-QC'] as const);
        for (const c of countries) {
          const row = box.locator(`[data-country="${c}"]`);
          const emergency = resources.filter((r) => r.country === c && r.emergency && r.phone && !r.smsOnly);
          expect(emergency.length, `${c} : numéro d'urgence dans les données`).toBeGreaterThan(0);
          for (const r of emergency) await expect(row.locator(`a[href="${tel(r.phone!)}"]`)).toBeVisible();
          // At least one line for this reader in this country, and its number is the data's.
          const lines = row.locator('[data-line]');
          expect(await lines.count(), `${path} ${c} : une ligne pour ce lecteur`).toBeGreaterThan(0);
          for (const line of await lines.all()) {
            const id = await line.getAttribute('data-line');
            const r = resources.find((x) => x.id === id)!;
            expect(r.country).toBe(c);
            expect(r.audiences).toContain(reader);
            if (!r.phone) {
              await expect(line.locator(`a[href="${r.url}"]`)).toBeVisible();
              continue;
            }
            await expect(line.locator(`a[href="${tel(r.phone!)}"]`)).toHaveText(
              r.phone!.replaceAll(' ', '\u00a0'),
            );
          }
        }
        expect(await onFirstScreen(page, '[data-first-numbers] a')).toEqual([]);

        // Below: every service of the flow for this country and reader, with the data's number.
        for (const c of countries) {
          const expected = servicesFor(resources, version.services, c, reader).filter((r) => r.country === c);
          expect(expected.length, `${path} ${c} : au moins un service pour ce lecteur`).toBeGreaterThan(0);
          const section = page.locator(`#pays-${c}`);
          for (const r of expected) {
            const card = section.locator(`[data-resource="${r.id}"]`);
            await expect(card).toBeVisible();
            if (r.phone)
              await expect(
                card.locator(`a[href="${r.smsOnly ? tel(r.phone).replace('tel:', 'sms:') : tel(r.phone)}"]`),
              ).toBeVisible();
          }
          await expect(section.locator('[data-resource]')).toHaveCount(expected.length);
        }
      });
    }
  });
}

test('a reader goes from /aide/ to their situation, their age and their country by links', async ({
  page,
}) => {
  const flow = flows.find((f) => f.slug === 'chantage')!;
  await page.goto('/aide/');
  await page.getByRole('link', { name: flow.data['moins-18'].title, exact: true }).click();
  await expect(page).toHaveURL('/aide/chantage/');
  await page.getByRole('link', { name: 'J’ai 18 ans ou plus' }).click();
  await expect(page).toHaveURL('/aide/chantage/adultes/');
  await page
    .getByRole('navigation', { name: 'Vous êtes où ?' })
    .getByRole('link', { name: 'Luxembourg' })
    .click();
  await expect(page).toHaveURL('/aide/chantage/adultes/lu/');
  await page.getByRole('link', { name: 'Je suis parent' }).click();
  await expect(page).toHaveURL('/aide/chantage/parents/lu/');
  await expect(
    page.getByRole('heading', { level: 2, name: 'Ce que vous pouvez faire, dans l’ordre' }),
  ).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the flows are links and show everything', async ({ page }) => {
    await page.goto('/aide/');
    await page.getByRole('link', { name: flows[0]!.data['moins-18'].title, exact: true }).click();
    await page.getByRole('link', { name: 'Je suis parent' }).click();
    await page.getByRole('link', { name: 'Québec et Canada' }).click();
    await expect(page.locator('.flow-steps > li').first()).toBeVisible();
    await expect(page.locator('[data-first-numbers] [data-country="CA-QC"]')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Quitter vite' })).toBeVisible();
  });
});

test('a help flow keeps nothing about the reader', async ({ page }) => {
  await page.goto('/aide/chantage/');
  await page.getByRole('link', { name: 'J’ai 18 ans ou plus' }).click();
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  expect(await page.context().cookies()).toEqual([]);
});
