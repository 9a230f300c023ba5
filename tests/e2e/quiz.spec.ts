import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import AxeBuilder from '@axe-core/playwright';
import { resolveFigureTokens, type FigureText } from '../../src/lib/figure-tokens.ts';
import { normalizeQuestion } from '../../src/lib/quiz.ts';
import type { Quiz } from '../../src/schemas/quiz.ts';
import { test, expect, expectPresentAndHidden } from './fixtures';

const figures = parse(readFileSync('workshops/data/figures.yaml', 'utf8')) as FigureText[];
/** A quiz as the page shows it: figures quoted as {{figure:id}} read from the data. */
const load = (slug: string) =>
  resolveFigureTokens(parse(readFileSync(`workshops/fr/quiz/${slug}.yaml`, 'utf8')) as Quiz, figures);

test('answer a whole quiz alone: feedback for each choice, explanation, then what to remember', async ({
  page,
}) => {
  const quiz = load('sextorsion-vrai-ou-faux');
  await page.goto('/quiz/sextorsion-vrai-ou-faux/');
  for (const [i, raw] of quiz.questions.entries()) {
    const q = normalizeQuestion(raw);
    const item = page.locator(`[data-question="${q.id}"]`);
    await expect(item).toBeVisible();
    await expect(page.locator('.player-path')).toHaveText(`Question ${i + 1} sur ${quiz.questions.length}`);
    // Answer wrong on purpose for the first question, right for the others.
    const wrong = q.options.find((o) => !o.correct)!;
    const right = q.options.filter((o) => o.correct);
    const pick = i === 0 && !q.multiple ? [wrong] : right;
    if (q.multiple) {
      for (const o of pick) await item.locator(`.option[data-value="${o.value}"] input`).check();
      await item.getByRole('button', { name: 'Valider ma réponse' }).click();
    } else {
      await item.locator(`.option[data-value="${pick[0]!.value}"] .choice`).click();
    }
    for (const o of pick) {
      await expect(item.locator(`.option[data-value="${o.value}"] .option__verdict`)).toContainText(
        o.feedback,
      );
    }
    // The right answer is marked with a sign and words, not colour alone.
    await expect(item.locator(`.option[data-value="${right[0]!.value}"] .option__verdict`)).toContainText(
      '✓ Bonne réponse.',
    );
    await expect(item.locator('.explanation')).toHaveText(q.explanation);
    await expect(page.getByRole('status').last()).toContainText(q.explanation);
    await item.locator('[data-next]').click();
  }
  const remember = page.locator('.quiz-remember');
  await expect(remember).toBeVisible();
  await expect(remember.getByRole('heading', { name: 'Ce qu’on retient' })).toBeFocused();
  await expect(remember).toContainText(`Tu as répondu à ${quiz.questions.length} questions`);
  for (const point of quiz.remember) await expect(remember).toContainText(point);
  await expect(remember).not.toContainText(/\d+\s*\/\s*\d+|sur \d+ bonnes|score|note/i);
});

test('class mode: the room votes, then the facilitator reveals the answer', async ({ page }) => {
  const quiz = load('on-demande-avant');
  await page.goto('/quiz/on-demande-avant/?mode=classe');
  const q = normalizeQuestion(quiz.questions[0]!);
  const item = page.locator(`[data-question="${q.id}"]`);
  await item.getByRole('button', { name: 'Ajouter un vote pour A' }).click();
  await item.getByRole('button', { name: 'Ajouter un vote pour B' }).click();
  await item.getByRole('button', { name: 'Ajouter un vote pour B' }).click();
  await expect(item.locator('.option').nth(1).locator('output')).toHaveText('2');
  // Choices do not answer in class mode: only the reveal does.
  await item.locator('.choice').first().click();
  await expect(item.locator('.explanation')).toHaveCount(1);
  await expect(item.locator('.explanation')).toBeHidden();
  await item.getByRole('button', { name: 'Révéler la réponse' }).click();
  await expect(item.locator('.explanation')).toBeVisible();
  for (const o of q.options) {
    await expect(item.locator(`.option[data-value="${o.value}"] .option__verdict`)).toContainText(o.feedback);
  }
  await item.locator('[data-next]').click();
  await expect(
    page.locator(`[data-question="${normalizeQuestion(quiz.questions[1]!).id}"] .votes output`).first(),
  ).toHaveText('0');
});

test('consent questions offer Oui, Non and Ça dépend with the reason', async ({ page }) => {
  const quiz = load('est-ce-du-consentement');
  const raw = quiz.questions.find((q) => q.kind === 'consent')!;
  const q = normalizeQuestion(raw);
  await page.goto('/quiz/est-ce-du-consentement/');
  // Answer the questions before it, any answer.
  for (const before of quiz.questions.slice(0, quiz.questions.indexOf(raw)).map(normalizeQuestion)) {
    const item = page.locator(`[data-question="${before.id}"]`);
    if (before.multiple) {
      await item.locator('input').first().check();
      await item.getByRole('button', { name: 'Valider ma réponse' }).click();
    } else {
      await item.locator('.choice').first().click();
    }
    await item.locator('[data-next]').click();
  }
  const item = page.locator(`[data-question="${q.id}"]`);
  await expect(item.locator('.choice')).toHaveText([/Oui/, /Non/, /Ça dépend/]);
  await item.locator('.choice', { hasText: 'Ça dépend' }).click();
  await expect(item).toContainText(q.reason!);
});

test('without JavaScript the questions are readable and answers wait in <details>', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const quiz = load('signaux-d-alerte');
  await page.goto('/quiz/signaux-d-alerte/');
  await expect(page.locator('.question')).toHaveCount(quiz.questions.length);
  const first = page.locator('.question').first();
  await expect(first.locator('.explanation')).toHaveCount(1);
  await expect(first.locator('.explanation')).toBeHidden();
  await first.getByText('Voir la réponse et l’explication').click();
  await expect(first.locator('.explanation')).toBeVisible();
  await context.close();
});

test('nothing of a quiz is stored: reloading starts again', async ({ page }) => {
  await page.goto('/quiz/on-demande-avant/');
  await page.locator('.question:visible .choice').first().click();
  await page.reload();
  await expect(page.locator('.question:visible .explanation')).toHaveCount(1);
  await expect(page.locator('.question:visible .explanation')).toBeHidden();
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  expect(await page.context().cookies()).toEqual([]);
});

test('a quiz runs inside a slide', async ({ page }) => {
  await page.goto('/presentations/mes-photos-mon-corps/#/quiz');
  await page.waitForFunction(() => (window as unknown as { deck?: { isReady(): boolean } }).deck?.isReady());
  const item = page.locator('section.present .question:visible');
  await item.getByRole('button', { name: 'Révéler la réponse' }).click();
  // In a slide the explanation is its own step, so the answer fits the screen first.
  await expect(item.locator('.explanation')).toHaveCount(1);
  await expect(item.locator('.explanation')).toBeHidden();
  await item.getByRole('button', { name: 'Pourquoi ?' }).click();
  await expect(item.locator('.explanation')).toBeVisible();
});

test('quiz pages have no accessibility violations', async ({ page }) => {
  for (const url of ['/quiz/est-ce-du-consentement/', '/quiz/on-demande-avant/?mode=classe']) {
    await page.goto(url);
    await expect(page.locator('[data-quiz-player]')).toHaveClass(/is-playing/);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  }
});

const fr = JSON.parse(readFileSync('src/i18n/fr.json', 'utf8')) as Record<string, string>;

/**
 * Quiz truth end to end, for the answers the players once got wrong: a
 * question whose answer is "Vrai" and one whose answer is "Ça dépend". The
 * expected words come from the YAML and the dictionary, not from src/lib/quiz.ts,
 * so a mistake there cannot make its own test pass.
 */
for (const { slug, id, kind, answer, word } of [
  { slug: 'deepnudes', id: 'vraie-violence', kind: 'truefalse', answer: true, word: fr['quiz.true']! },
  {
    slug: 'est-ce-du-consentement',
    id: 'euh-peut-etre',
    kind: 'consent',
    answer: 'depend',
    word: fr['quiz.consent.depend']!,
  },
] as const) {
  const value = kind === 'truefalse' ? 'vrai' : 'depend';
  test(`"${word}" is the right answer of ${slug} › ${id}: on the page, in class mode and on the answer key`, async ({
    page,
  }) => {
    const quiz = load(slug);
    const index = quiz.questions.findIndex((q) => q.id === id);
    const raw = quiz.questions[index]!;
    expect(raw.kind).toBe(kind);
    expect((raw as { answer: unknown }).answer).toBe(answer);
    const before = quiz.questions.slice(0, index).map(normalizeQuestion);

    // Alone: the reader picks it and is told it is right, in words.
    await page.goto(`/quiz/${slug}/`);
    for (const q of before) {
      const item = page.locator(`[data-question="${q.id}"]`);
      if (q.multiple) {
        await item.locator('input').first().check();
        await item.getByRole('button', { name: 'Valider ma réponse' }).click();
      } else {
        await item.locator('.choice').first().click();
      }
      await item.locator('[data-next]').click();
    }
    let item = page.locator(`[data-question="${id}"]`);
    await item.locator(`.option[data-value="${value}"] .choice`).click();
    await expect(item.locator(`.option[data-value="${value}"] .option__verdict`)).toContainText(
      `✓ ${fr['quiz.right']}`,
    );
    await expect(item.locator('.option.is-right')).toHaveCount(1);
    await expect(item.locator('.option.is-right')).toHaveAttribute('data-value', value);

    // Class mode: the reveal marks the same option, and only it.
    await page.goto(`/quiz/${slug}/?mode=classe`);
    for (const q of before) {
      const current = page.locator(`[data-question="${q.id}"]`);
      await current.getByRole('button', { name: 'Révéler la réponse' }).click();
      await current.locator('[data-next]').click();
    }
    item = page.locator(`[data-question="${id}"]`);
    await item.getByRole('button', { name: 'Révéler la réponse' }).click();
    await expect(item.locator('.option.is-right')).toHaveCount(1);
    await expect(item.locator('.option.is-right')).toHaveAttribute('data-value', value);
    await expect(item.locator('.option.is-right .option__verdict')).toContainText(`✓ ${fr['quiz.right']}`);

    // The printed answer key names it, and nothing else.
    await page.goto(`/quiz/${slug}/corrige/`);
    await expect(page.locator('.print-question')).toHaveCount(quiz.questions.length);
    await expect(page.locator(`.print-question[data-question="${id}"] .print-answer`)).toHaveText(
      `${fr['quiz.rightAnswer']} ${word}`,
    );
  });
}

test('class mode on the quiz page is a projection view: no site header, large type, full width', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/quiz/sextorsion-vrai-ou-faux/?mode=classe');
  const player = page.locator('[data-quiz-player]');
  await expect(player).toHaveClass(/mode-classe/);
  await expectPresentAndHidden(page.locator('.site-header'), 1);
  const sizes = await player.evaluate((root) =>
    [...root.querySelectorAll<HTMLElement>('.question:not([hidden]) :is(.question__prompt, label, .choice)')]
      .filter((el) => el.offsetParent !== null)
      .map((el) => parseFloat(getComputedStyle(el).fontSize)),
  );
  expect(sizes.length).toBeGreaterThan(0);
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
  expect((await player.boundingBox())!.width).toBeGreaterThan(1024 * 0.9);
});
