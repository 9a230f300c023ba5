/**
 * Wide screens are used, not left half blank (issue 16): on a scenario, a quiz, a guide and a
 * help page, the reading column and its aside sit side by side at 1366 and 1920 px and together
 * span most of the width; below 64rem they stack, with nothing wider than a phone. The aside is a
 * labelled landmark that comes after the column in reading order, except on help pages, where
 * the reader's numbers lead. The age tier's colour shows wherever a tier does.
 */
import { test, expect } from './fixtures';

const PAGES = [
  { name: 'scenario', url: '/scenarios/ajoute-au-groupe/', asideFirst: false },
  { name: 'quiz', url: '/quiz/deepnudes/', asideFirst: false },
  { name: 'guide', url: '/parents/mon-enfant-a-partage-une-image/', asideFirst: false },
  { name: 'crisis guide', url: '/parents/mon-enfant-est-victime-premieres-heures/', asideFirst: true },
  { name: 'help flow', url: '/aide/chantage/parents/', asideFirst: true },
  { name: 'help home', url: '/aide/', asideFirst: true },
  { name: 'directory', url: '/aide/ressources/', asideFirst: true },
] as const;

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });
    for (const { name, url } of PAGES) {
      test(`${name}: the column and its aside side by side, spanning most of the width`, async ({ page }) => {
        await page.goto(url);
        const main = (await page.locator('.with-aside__main').boundingBox())!;
        const aside = (await page.locator('.with-aside__aside').boundingBox())!;
        // Side by side: the aside starts right of the column, and their tops are within a screen.
        expect(aside.x).toBeGreaterThanOrEqual(main.x + main.width);
        expect(aside.y).toBeLessThan(viewport.height);
        const left = Math.min(main.x, aside.x);
        const right = Math.max(main.x + main.width, aside.x + aside.width);
        expect((right - left) / viewport.width).toBeGreaterThanOrEqual(0.6);
        // Centred: the margins left and right differ by less than a tenth of the width.
        expect(Math.abs(left - (viewport.width - right))).toBeLessThan(viewport.width * 0.1);
        // The column keeps a readable measure: at most 46rem, about 75 characters a line.
        const rem = await page.evaluate(() =>
          parseFloat(getComputedStyle(document.documentElement).fontSize),
        );
        expect(main.width / rem).toBeLessThanOrEqual(46.05);
      });
    }
  });
}

for (const { name, url, asideFirst } of PAGES) {
  test(`${name}: the aside is a labelled landmark, ${asideFirst ? 'before' : 'after'} the column in reading order`, async ({
    page,
  }) => {
    await page.goto(url);
    const aside = page.getByRole('complementary');
    await expect(aside).toHaveCount(1);
    await expect(aside).toHaveAttribute('aria-label', /\S/);
    const asideComesFirst = await page.evaluate(() => {
      const a = document.querySelector('.with-aside__aside')!;
      const m = document.querySelector('.with-aside__main')!;
      return Boolean(a.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(asideComesFirst).toBe(asideFirst);
  });

  test(`${name}: one column on a phone, nothing wider than the screen`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(url);
    const main = (await page.locator('.with-aside__main').boundingBox())!;
    const aside = (await page.locator('.with-aside__aside').boundingBox())!;
    expect(Math.abs(main.x - aside.x)).toBeLessThan(2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
}

test('a scenario’s aside says how it is used in class: its lesson, minutes, slide and print version', async ({
  page,
}) => {
  await page.goto('/scenarios/ajoute-au-groupe/');
  const aside = page.getByRole('complementary', { name: 'Pour la classe' });
  await expect(aside.getByRole('link', { name: /Groupes d.exposition/ })).toHaveAttribute(
    'href',
    '/ateliers/groupes-d-exposition/',
  );
  await expect(aside).toContainText(/\d+ minutes/);
  await expect(aside.getByRole('link', { name: 'La diapositive de l’atelier' })).toHaveAttribute(
    'href',
    /^\/presentations\/groupes-d-exposition\/#\/.+/,
  );
  await expect(
    aside.getByRole('link', { name: 'Cartes à imprimer pour le travail en groupe' }),
  ).toBeVisible();
});

test('a guide’s aside holds its table of contents, whose links reach its sections', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/parents/mon-enfant-a-partage-une-image/');
  const toc = page.getByRole('complementary').getByRole('navigation', { name: 'Sur cette page' });
  const links = toc.getByRole('link');
  expect(await links.count()).toBeGreaterThan(2);
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))
    await expect(page.locator(`.with-aside__main h2${href}`)).toHaveCount(1);
  // It stays on screen while the guide scrolls.
  await page.mouse.wheel(0, 3000);
  await expect(toc).toBeInViewport();
});

const colour = (locator: import('@playwright/test').Locator) =>
  locator.evaluate((el) => {
    const style = getComputedStyle(el);
    return `${style.color} / ${style.backgroundColor} / ${style.borderTopColor}`;
  });

test('the catalogue’s age chips each wear their tier’s colour, like the tags on the cards', async ({
  page,
}) => {
  await page.goto('/ateliers/');
  const chips = page.locator('.chip[data-filter-tier]');
  const tiers = await chips.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['filterTier']!));
  expect(tiers.length).toBeGreaterThanOrEqual(5);
  const colours = new Set<string>();
  for (const tier of tiers) {
    const chip = page.locator(`.chip[data-filter-tier="${tier}"]`);
    const tag = page.locator(`.card .tag--tier[data-tier="${tier}"]`).first();
    const chipColour = await chip.evaluate((el) => getComputedStyle(el).color);
    expect(chipColour, tier).toBe(await tag.evaluate((el) => getComputedStyle(el).color));
    colours.add(await colour(chip));
  }
  expect(colours.size).toBe(tiers.length);
});

test('scenario and quiz pages, and a deck’s title slide and progress bar, take their tier’s colour', async ({
  page,
}) => {
  const accents = new Map<string, string>();
  for (const [url, tier] of [
    ['/scenarios/ajoute-au-groupe/', '12-15'],
    ['/quiz/deepnudes/', '15-18'],
  ] as const) {
    await page.goto(url);
    await expect(page.locator('body')).toHaveAttribute('data-tier', tier);
    accents.set(
      url,
      await page
        .locator('.aside-box')
        .first()
        .evaluate((el) => getComputedStyle(el).borderTopColor),
    );
  }
  expect(new Set(accents.values()).size).toBe(2);

  const decks = new Map<string, string>();
  for (const slug of ['mes-photos-mon-corps', 'soiree-parents-vie-numerique']) {
    await page.goto(`/presentations/${slug}/`);
    await page.waitForFunction(() =>
      (window as unknown as { deck?: { isReady(): boolean } }).deck?.isReady(),
    );
    const pill = page.locator('.title-slide__tier');
    const bar = page.locator('.reveal .progress');
    const pillColour = await pill.evaluate((el) => getComputedStyle(el).color);
    expect(await bar.evaluate((el) => getComputedStyle(el).color)).toBe(pillColour);
    decks.set(slug, pillColour);
  }
  expect(new Set(decks.values()).size).toBe(2);
});

test('the footer lines up with the header and the page, on a phone and on wide screens', async ({ page }) => {
  for (const width of [390, 1366, 1920]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/recherche/');
    const left = async (selector: string) => (await page.locator(selector).first().boundingBox())!.x;
    const header = await left('.site-header .brand');
    expect(Math.abs((await left('.site-footer__inner p')) - header), `footer at ${width}`).toBeLessThan(2);
    expect(Math.abs((await left('main h1')) - header), `page at ${width}`).toBeLessThan(2);
  }
});
