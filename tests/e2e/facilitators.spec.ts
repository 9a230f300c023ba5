import { test, expect } from './fixtures';

const PAGES = [
  ['Préparer', '/intervenants/preparer-une-seance/'],
  ['confidence', '/intervenants/proteger-et-recueillir-une-confidence/'],
  ['légal', '/intervenants/cadre-legal/'],
  ['Formats', '/intervenants/formats-de-seance/'],
  ['Lettre', '/intervenants/lettre-aux-parents-avant/'],
  ['incident', '/intervenants/message-aux-parents-apres-un-incident/'],
  ['valuation', '/intervenants/fiches-d-evaluation/'],
] as const;

test('the facilitators’ page leads to every guide and template', async ({ page }) => {
  await page.goto('/intervenants/');
  for (const [, href] of PAGES) await expect(page.locator(`main a[href="${href}"]`)).toHaveCount(1);
});

test('templates print cleanly: no navigation, the text whole', async ({ page }) => {
  for (const [, href] of PAGES.slice(4)) {
    await page.goto(href);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.site-footer')).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('.print-url')).toBeVisible();
    // On paper, a template is only itself: help cards and sources stay on screen.
    await expect(page.locator('[data-resource]').first()).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
  }
});

test('the legal frame shows laws from the data, with their check date', async ({ page }) => {
  await page.goto('/intervenants/cadre-legal/');
  await expect(page.locator('[data-law="fr-diffusion-non-consentie"]')).toContainText('226-2-1');
  // Unconfirmed Belgian numbering is never shown as fact.
  await expect(page.locator('[data-law="be-diffusion-non-consentie"]')).not.toContainText('417/9');
  await expect(page.locator('[data-law="be-diffusion-non-consentie"]')).toContainText('Vérifié le');
});
