/**
 * The session sheet a facilitator holds in class: for every lesson, at most two
 * A4 pages with the plan minute by minute and the words to say, the ground
 * rules, what to do if someone confides and the lesson's help numbers. Linked
 * from the lesson page and from the officers' page.
 */
import { lessonsOnDisk, phonesById } from '../support/lessons-on-disk.ts';
import { test, expect } from './fixtures';

const lessons = lessonsOnDisk();
const phones = phonesById();
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
const squash = (s: string) => s.replace(/\s+/g, ' ').replace(/[’']/g, "'");

for (const lesson of lessons) {
  test(`${lesson.slug}: the session sheet prints on at most two A4 pages with plan, rules, protocol and help`, async ({
    page,
  }) => {
    await page.goto(`/ateliers/${lesson.slug}/fiche/`);
    const text = squash(await page.locator('main').innerText());
    let clock = 0;
    for (const step of lesson.steps) {
      expect(text).toContain(`${clock}–${clock + step.minutes} min`);
      expect(text).toContain(squash(step.title));
      clock += step.minutes;
    }
    await expect(page.locator('.session-step__say')).toHaveCount(lesson.steps.length);
    for (const rule of lesson.groundRules) expect(text).toContain(squash(rule));
    expect(text).toContain('Quand un élève se confie');
    const numbers = lesson.help.map((id) => phones.get(id)).filter((p): p is string => Boolean(p));
    for (const n of numbers) expect(text, n).toContain(squash(n));

    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pdfPages(pdf), 'A4 pages').toBeLessThanOrEqual(2);
  });
}

test('the lesson page and the officers’ page lead to every session sheet; decks come with their PDFs, the parents’ evening first', async ({
  page,
}) => {
  await page.goto('/ateliers/sextorsion-ne-paie-pas-parle/');
  await page.getByRole('link', { name: 'Imprimer la fiche de séance' }).click();
  await expect(page).toHaveURL(/\/ateliers\/sextorsion-ne-paie-pas-parle\/fiche\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Fiche de séance');

  await page.goto('/intervenants/');
  const rows = page.locator('.deck-row');
  await expect(rows).toHaveCount(lessons.length);
  await expect(rows.first()).toHaveAttribute('data-tier', 'adultes');
  for (const { slug } of lessons) {
    const row = rows.filter({ has: page.locator(`a[href="/presentations/${slug}/"]`) });
    await expect(row).toHaveCount(1);
    await expect(row.locator(`a[href="/presentations/${slug}/${slug}.pdf"]`)).toHaveCount(1);
    await expect(row.locator(`a[href="/presentations/${slug}/${slug}-notes.pdf"]`)).toHaveCount(1);
    await expect(row.locator(`a[href="/ateliers/${slug}/fiche/"]`)).toHaveCount(1);
    // Each PDF once on the page, in the deck's row, where an officer looks first.
    for (const pdf of [`/presentations/${slug}/${slug}.pdf`, `/presentations/${slug}/${slug}-notes.pdf`])
      await expect(page.locator(`a[data-pdf="${pdf}"]`), pdf).toHaveCount(1);
  }
});
