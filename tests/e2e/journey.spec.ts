import { test, expect } from './fixtures';

test('a teacher goes from the home page to a lesson, presents it and reads the notes', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'J’ai besoin d’aide' }).first()).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Enseignants' }).click();
  await expect(page).toHaveURL(/\/enseignants\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pour les enseignants');

  await page
    .getByRole('link', { name: /Sextorsion/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/ateliers\/sextorsion-ne-paie-pas-parle\/$/);
  for (const section of [
    'Objectifs',
    'Déroulé',
    'Protection de l’enfance',
    'Aide pour les élèves',
    'Sources',
  ]) {
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(section) })).toBeVisible();
  }

  await page.getByRole('link', { name: 'Présenter' }).click();
  await expect(page).toHaveURL(/\/presentations\/sextorsion-ne-paie-pas-parle\//);
  await page.waitForFunction(() => (window as unknown as { deck?: { isReady(): boolean } }).deck?.isReady());
  const current = () =>
    page.evaluate(() => (window as unknown as { deck: { getIndices(): { h: number } } }).deck.getIndices().h);
  expect(await current()).toBe(0);
  await page.keyboard.press('ArrowRight');
  await expect.poll(current).toBe(1);
  await expect(page.locator('.slide-number')).toContainText('2');

  // The current slide carries speaker notes, which stay off the projected slide.
  const notes = page.locator('section.present aside.notes');
  await expect(notes).toHaveCount(1);
  expect((await notes.textContent())?.trim().length).toBeGreaterThan(10);
  await expect(notes).toBeHidden();

  // Embedded scenarios and quizzes must not nest <section>s: reveal.js would
  // turn the slide into a vertical stack and stop clicks reaching it.
  await expect(page.locator('.slides > section section')).toHaveCount(0);

  await page.getByRole('link', { name: /Retour à l’atelier/ }).click();
  await expect(page).toHaveURL(/\/ateliers\/sextorsion-ne-paie-pas-parle\/$/);
});

test('a lesson step links to its slide, and the deck opens on it', async ({ page }) => {
  await page.goto('/ateliers/sextorsion-ne-paie-pas-parle/');
  const slideLink = page.locator('.step a[href*="/presentations/"]').first();
  const href = await slideLink.getAttribute('href');
  expect(href).toMatch(/#\/[a-z0-9-]+$/);
  await slideLink.click();
  await page.waitForFunction(() => (window as unknown as { deck?: { isReady(): boolean } }).deck?.isReady());
  const id = href!.split('#/')[1]!;
  await expect(page.locator(`section.present#${id}`)).toHaveCount(1);
});

test('the catalogue filters by tier without JavaScript and combines filters with it', async ({ browser }) => {
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noJs.newPage();
  await plain.goto('/ateliers/');
  await plain.getByRole('link', { name: '12 à 15 ans' }).click();
  await expect(plain).toHaveURL(/\/ateliers\/niveau\/12-15\/$/);
  const tiers = await plain
    .locator('.lesson-card:visible')
    .evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset['tier']));
  expect(tiers.length).toBeGreaterThan(0);
  expect(new Set(tiers)).toEqual(new Set(['12-15']));
  await noJs.close();
});

test('the catalogue filters in place with JavaScript', async ({ page }) => {
  await page.goto('/ateliers/');
  const cards = page.locator('.lesson-card:visible');
  const total = await cards.count();
  expect(total).toBeGreaterThanOrEqual(4);
  const young = await page.locator('.lesson-card[data-tier="5-8"]').count();
  expect(young).toBeGreaterThan(0);
  expect(young).toBeLessThan(total);
  await page.getByRole('button', { name: '5 à 8 ans' }).click();
  await expect(page).toHaveURL(/\?niveau=5-8$/);
  await expect(cards).toHaveCount(young);
  await expect(page.getByRole('status')).toHaveText(young === 1 ? '1 atelier' : `${young} ateliers`);
  // A tier and a topic combine.
  await page.getByRole('button', { name: 'Grooming' }).click();
  await expect(page).toHaveURL(/\?niveau=5-8&theme=grooming$/);
  const both = await page.locator('.lesson-card[data-tier="5-8"][data-topics~="grooming"]').count();
  await expect(cards).toHaveCount(both);
  await page.getByRole('button', { name: 'Grooming' }).click();
  await page.getByRole('button', { name: '5 à 8 ans' }).click();
  await expect(cards).toHaveCount(total);
});

test.describe('the 404 page', () => {
  test.use({ notFoundExpected: true });

  test('the 404 page offers search and help', async ({ page }) => {
    const response = await page.goto('/introuvable/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
    await expect(page.getByRole('main').getByRole('searchbox')).toBeVisible();
    await expect(
      page.getByRole('main').getByRole('link', { name: 'J’ai besoin d’aide maintenant' }),
    ).toBeVisible();
  });
});
