/**
 * Phone numbers in running text come from resources.yaml: a front-matter or
 * YAML field writes {{tel:id}}, an MDX body or a slide <Tel id="…" />. What a
 * reader sees is the bare number in the sentence, never the token, and in MDX
 * text a link that calls it.
 */
import { readFileSync } from 'node:fs';
import { builtPages } from '../support/built-pages.ts';
import { phonesById } from '../support/lessons-on-disk.ts';
import { test, expect } from './fixtures';

const phones = phonesById();
const phone = (id: string) => phones.get(id)!;

test('no built page shows a {{tel:…}} token', () => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(100);
  const withToken = pages.filter((p) => readFileSync(p.file, 'utf8').includes('{{tel:')).map((p) => p.url);
  expect(withToken).toEqual([]);
});

test('a lesson field reads the numbers from the data, in the sentence', async ({ page }) => {
  await page.goto('/ateliers/mes-photos-mon-corps/');
  await expect(page.locator('main')).toContainText(
    `appelez le ${phone('urgence-be')} (ou le ${phone('police-fr')} en France, le ${phone('police-be')} en Belgique)`,
  );
});

test('a scenario choice reads the number from the data', async ({ page }) => {
  await page.goto('/scenarios/une-fausse-image-de-moi/');
  await expect(page.locator('main')).toContainText(
    `(Child Focus en Belgique, le ${phone('e-enfance-3018')} en France)`,
  );
  await expect(page.locator('main')).not.toContainText('{{tel:');
});

test('<Tel> in a guide is the number as a tap-to-call link, inside the sentence', async ({ page }) => {
  await page.goto('/intervenants/proteger-et-recueillir-une-confidence/');
  const link = page.locator('main .prose a.tel-inline', { hasText: phone('allo-119') });
  await expect(link).toHaveCount(1);
  await expect(link).toHaveAttribute('href', `tel:${phone('allo-119')}`);
  await expect(page.locator('main')).toContainText(`et le ${phone('allo-119')} transmet`);
});

test('<Tel> on a slide shows the number', async ({ page }) => {
  await page.goto('/presentations/deepnudes/');
  const link = page.locator('a.tel-inline', { hasText: phone('e-enfance-3018') }).first();
  await expect(link).toHaveAttribute('href', `tel:${phone('e-enfance-3018')}`);
});

test('a number that takes text messages only is never offered as a call', () => {
  const smsOnly = ['114'];
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(100);
  const calling = pages
    .filter((p) => smsOnly.some((n) => readFileSync(p.file, 'utf8').includes(`href="tel:${n}"`)))
    .map((p) => p.url);
  expect(calling).toEqual([]);
  // The directory does offer it, as a text message.
  const directory = pages.find((p) => p.url === '/aide/ressources/')!;
  expect(readFileSync(directory.file, 'utf8')).toContain('href="sms:114"');
});
