import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { normalizeQuestion } from '../../src/lib/quiz.ts';
import type { Quiz } from '../../src/schemas/quiz.ts';
import { expectedPageCounts } from '../support/built-pages.ts';
import { test, expect } from './fixtures';
import type { Locator } from '@playwright/test';

/** Text as the typography step leaves it, compared loosely (spaces before punctuation, apostrophes). */
const loose = (text: string) =>
  text
    .replace(/[\u00a0\u202f\s]+/g, ' ')
    .replace(/ ([;:!?»])/g, '$1')
    .replace(/'/g, '’')
    .trim();

/** The element is on the page and hidden: toBeHidden() alone also passes when nothing matches. */
async function presentAndHidden(locator: Locator) {
  await expect(locator).toHaveCount(1);
  await expect(locator).toBeHidden();
}

const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

test('a deck prints to PDF with one page per slide, and a notes version', async ({ page }) => {
  for (const slug of ['sextorsion-ne-paie-pas-parle', 'mes-photos-mon-corps', 'ami-en-ligne-trop-gentil']) {
    await page.goto(`/presentations/${slug}/?print-pdf`);
    await page.waitForFunction(() =>
      (window as unknown as { deck?: { isReady(): boolean } }).deck?.isReady(),
    );
    const slides = await page.locator('.pdf-page').count();
    expect(slides).toBeGreaterThan(5);
    // A printed quiz slide lists every question, not only the first.
    const quiz = page.locator('.pdf-page:has([data-quiz-player])');
    for (let i = 0; i < (await quiz.count()); i += 1) {
      const questions = await quiz.nth(i).locator('.question').count();
      expect(questions).toBeGreaterThan(1);
      await expect(quiz.nth(i).locator('.question__prompt:visible')).toHaveCount(questions);
    }
    expect(pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true })), slug).toBe(slides);
    // The notes version is a handout: each slide and its notes on one page.
    await page.goto(`/presentations/${slug}/?print-pdf&showNotes=true`);
    await page.waitForFunction(() =>
      (window as unknown as { deck?: { isReady(): boolean } }).deck?.isReady(),
    );
    expect(
      pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true })),
      `${slug} + notes`,
    ).toBe(slides);
    // One page per slide only counts if nothing is cut: every slide's notes show in full.
    const cut = await page
      .locator('.speaker-notes-pdf')
      .evaluateAll((all) =>
        all.filter((n) => n.scrollHeight > n.clientHeight + 1).map((n) => n.textContent!.slice(0, 60)),
      );
    expect(cut, `${slug} : notes coupées`).toEqual([]);
  }
});

test('a lesson prints without the site navigation', async ({ page }) => {
  await page.goto('/ateliers/sextorsion-ne-paie-pas-parle/');
  await page.emulateMedia({ media: 'print' });
  await presentAndHidden(page.locator('.site-header'));
  await presentAndHidden(page.locator('.site-footer'));
  await expect(page.getByRole('heading', { name: 'Déroulé', exact: false })).toBeVisible();
});

test('every lesson links to its deck as PDF, with and without notes, one page per slide', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000); // 15 lessons, 4 files each, on a shared machine
  await page.goto('/ateliers/');
  const lessons = await page
    .locator('.lesson-card h2 a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expect(lessons.length).toBe(expectedPageCounts().lesson);
  for (const lesson of lessons) {
    await page.goto(lesson);
    for (const name of ['Télécharger la présentation (PDF)', 'PDF avec les notes de l’orateur']) {
      const href = await page.getByRole('link', { name }).getAttribute('href');
      const response = await request.get(href!);
      expect(response.status(), href!).toBe(200);
      expect(response.headers()['content-type']).toBe('application/pdf');
    }
    const deck = await page.getByRole('link', { name: 'Présenter' }).getAttribute('href');
    const slides = (await (await request.get(deck!)).text()).split(/<section\b/).length - 1;
    const pdf = await (
      await request.get(
        (await page
          .getByRole('link', { name: 'Télécharger la présentation (PDF)' })
          .getAttribute('href')) as string,
      )
    ).body();
    expect(pdfPages(pdf), `${lesson} : une page par diapositive`).toBe(slides);
  }
});

test('scenario cards print one card per moment and ending, each choice naming its next card', async ({
  page,
}) => {
  await page.goto('/scenarios/la-photo-a-la-piscine/');
  await page.getByRole('link', { name: 'Cartes à imprimer pour le travail en groupe' }).click();
  await page.emulateMedia({ media: 'print' });
  const cards = page.locator('.print-card');
  const total = await cards.count();
  expect(total).toBeGreaterThan(5);
  await expect(cards.first()).toContainText('Carte 1');
  const targets = await cards.first().locator('ol li').allTextContents();
  for (const choice of targets) expect(choice).toMatch(/carte \d+$/);
  await presentAndHidden(page.locator('.site-header'));
});

test('a quiz sheet prints without answers; the key is separate', async ({ page }) => {
  const quiz = parse(readFileSync('workshops/fr/quiz/sextorsion-vrai-ou-faux.yaml', 'utf8')) as Quiz;
  const questions = quiz.questions.map(normalizeQuestion);
  await page.goto('/quiz/sextorsion-vrai-ou-faux/');
  await page.getByRole('link', { name: 'Fiche à imprimer pour les élèves' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-question')).toHaveCount(questions.length);
  await expect(page.locator('.explanation, .print-answer')).toHaveCount(0);
  const sheet = loose(await page.locator('main').innerText());
  for (const q of questions) {
    expect(sheet, `${q.id} : explication sur la fiche élève`).not.toContain(loose(q.explanation));
    for (const o of q.options)
      expect(sheet, `${q.id} : retour sur la fiche élève`).not.toContain(loose(o.feedback));
  }
  await page.goto('/quiz/sextorsion-vrai-ou-faux/corrige/');
  await expect(page.locator('.print-question')).toHaveCount(questions.length);
  await expect(page.locator('.print-answer')).toHaveCount(questions.length);
  const explanations = await page.locator('.explanation').allInnerTexts();
  expect(explanations.map(loose)).toEqual(questions.map((q) => loose(q.explanation)));
});
