import { test, expect } from './fixtures';

const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

test('a deck prints to PDF with one page per slide, and a notes version', async ({ page }) => {
  for (const slug of ['sextorsion-ne-paie-pas-parle', 'mes-photos-mon-corps']) {
    await page.goto(`/presentations/${slug}/?print-pdf`);
    await page.waitForFunction(() =>
      (window as unknown as { deck?: { isReady(): boolean } }).deck?.isReady(),
    );
    const slides = await page.locator('.pdf-page').count();
    expect(slides).toBeGreaterThan(5);
    expect(pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true })), slug).toBe(slides);
    await page.goto(`/presentations/${slug}/?print-pdf&showNotes=separate-page`);
    await page.waitForFunction(() =>
      (window as unknown as { deck?: { isReady(): boolean } }).deck?.isReady(),
    );
    expect(
      pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true })),
      `${slug} + notes`,
    ).toBe(slides * 2);
  }
});

test('a lesson prints without the site navigation', async ({ page }) => {
  await page.goto('/ateliers/sextorsion-ne-paie-pas-parle/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Déroulé', exact: false })).toBeVisible();
});
