/**
 * What a teacher relies on when opening a lesson: the first screen says what,
 * for whom, how long and what to prepare, with "Présenter" and the session
 * sheet; the plan at a glance fits in two screens at 1366×768; no heading or
 * help card is repeated; long sections fold on screen and print open; each age
 * tier has its own colour on cards and pages; the page fits a phone.
 */
import { lessonsOnDisk } from '../support/lessons-on-disk.ts';
import { test, expect, expectPresentAndHidden } from './fixtures';

const lessons = lessonsOnDisk();
const SCREEN = { width: 1366, height: 768 };

test('lessons are found on disk', () => {
  expect(lessons.length).toBeGreaterThanOrEqual(15);
});

test.describe('at 1366×768', () => {
  test.use({ viewport: SCREEN });

  for (const lesson of lessons) {
    test(`${lesson.slug}: first screen, plan within two screens, no repeated heading or help card`, async ({
      page,
    }) => {
      await page.goto(`/ateliers/${lesson.slug}/`);
      const bottom = async (selector: string) =>
        page.locator(selector).evaluate((e) => e.getBoundingClientRect().bottom + window.scrollY);

      // First screen: for whom, how long, what to prepare, and the two actions.
      const hero = page.locator('.lesson-hero');
      for (const label of ['Âge', 'Durée', 'Matériel à préparer'])
        await expect(hero.getByText(label, { exact: true })).toBeVisible();
      const present = hero.getByRole('link', { name: 'Présenter', exact: true });
      const sheet = hero.getByRole('link', { name: 'Imprimer la fiche de séance' });
      await expect(sheet).toHaveAttribute('href', `/ateliers/${lesson.slug}/fiche/`);
      expect(await bottom('.lesson-hero .actions')).toBeLessThanOrEqual(SCREEN.height);
      await expect(present).toBeInViewport();

      // The plan at a glance: every step with its minutes, ending within two screens.
      const rows = page.locator('#plan ~ .glance li');
      await expect(rows).toHaveCount(lesson.steps.length);
      let clock = 0;
      for (const [i, step] of lesson.steps.entries()) {
        await expect(rows.nth(i)).toContainText(`${clock}–${clock + step.minutes} min`);
        clock += step.minutes;
      }
      expect(await bottom('#plan ~ .glance'), 'plan at a glance ends within two screens').toBeLessThanOrEqual(
        2 * SCREEN.height,
      );

      // No section heading twice, and no heading right after one with the same words.
      const headings = await page
        .locator('main :is(h1, h2, h3, h4)')
        .evaluateAll((els) =>
          els.map((e) => `${e.tagName}|${(e.textContent ?? '').replace(/\s+/g, ' ').trim()}`),
        );
      const h2 = headings.filter((h) => h.startsWith('H2|'));
      expect(h2.length - new Set(h2).size, `repeated h2: ${h2.join(' / ')}`).toBe(0);
      const text = (h: string) => h.split('|')[1]!.replace(/[’']/g, "'").toLowerCase();
      for (let i = 1; i < headings.length; i++)
        expect(text(headings[i]!), `${headings[i - 1]} then ${headings[i]}`).not.toBe(text(headings[i - 1]!));

      // Each help service gets one card on the page.
      const cards = await page
        .locator('.helplines [data-resource]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-resource')));
      expect(cards.length).toBeGreaterThan(0);
      expect(cards.length - new Set(cards).size, `help cards repeated: ${cards.join(', ')}`).toBe(0);
      // No section of the text that is only a list of help lines: it would repeat the help section.
      const helpListSections = await page.locator('main .prose :is(h2, h3)').evaluateAll((headings) =>
        headings
          .filter((h) => {
            const blocks: Element[] = [];
            for (
              let el = h.nextElementSibling;
              el && !/^H[1-3]$/.test(el.tagName);
              el = el.nextElementSibling
            )
              blocks.push(el);
            const bareItem = (li: Element) => {
              const line = li.querySelector(':scope > .helpline-inline');
              return line !== null && li.textContent!.trim() === line.textContent!.trim();
            };
            const lists = blocks.filter((b) => b.tagName === 'UL');
            const others = blocks.filter(
              (b) => b.tagName !== 'UL' && !/^En (Belgique|France)\s*:$/.test(b.textContent!.trim()),
            );
            return (
              lists.length > 0 && others.length === 0 && lists.every((ul) => [...ul.children].every(bareItem))
            );
          })
          .map((h) => h.textContent!.trim()),
      );
      expect(helpListSections, 'a section that only lists help lines repeats the help section').toEqual([]);
      expect(await page.locator('.helplines').count(), 'help cards in one place').toBeLessThanOrEqual(
        await page.locator('#aide ~ .help-country').count(),
      );
    });
  }

  test('the table of contents stays in view while reading, and leads to each section', async ({ page }) => {
    await page.goto('/ateliers/sextorsion-ne-paie-pas-parle/');
    const toc = page.getByRole('navigation', { name: 'Sur cette page' });
    await page.locator('#protection').scrollIntoViewIfNeeded();
    await expect(toc).toBeInViewport();
    await toc.getByRole('link', { name: 'Sources' }).click();
    await expect(page).toHaveURL(/#sources$/);
    await expect(page.locator('#sources')).toBeInViewport();
  });

  test('scenarios and quizzes are compact cards, not a wall of buttons', async ({ page }) => {
    await page.goto('/ateliers/sextorsion-ne-paie-pas-parle/');
    await expect(page.locator('.lesson-hero .actions .button')).toHaveCount(2);
    const cards = page.locator('.activities .activity');
    await expect(cards).toHaveCount(3);
    const boxes = await cards.evaluateAll((els) => els.map((e) => e.getBoundingClientRect()));
    for (const box of boxes) expect(box.height, 'card height').toBeLessThan(160);
    expect(new Set(boxes.map((b) => Math.round(b.top))).size, 'cards side by side, not stacked').toBeLessThan(
      boxes.length,
    );
  });
});

test('folded sections open on screen and print open', async ({ page }) => {
  await page.goto('/ateliers/deepnudes/');
  const fold = page.locator('section[aria-labelledby="essentiel"] .fold__body');
  await expectPresentAndHidden(fold, 1);
  await page.emulateMedia({ media: 'print' });
  await expect(fold).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('heading', { name: 'L’essentiel à savoir' }).click();
  await expect(fold).toBeVisible();
});

test('each age tier has its own colour, on cards and on the lesson page', async ({ page }) => {
  await page.goto('/ateliers/');
  const colours = await page
    .locator('.lesson-card')
    .evaluateAll((els) =>
      els.map((e) => [
        e.getAttribute('data-tier'),
        getComputedStyle(e).borderTopColor,
        getComputedStyle(e.querySelector('.tag--tier')!).color,
      ]),
    );
  const byTier = new Map<string, Set<string>>();
  for (const [tier, border, tag] of colours) {
    expect(tag, `tier tag colour of ${tier}`).toBe(border);
    byTier.set(tier!, (byTier.get(tier!) ?? new Set()).add(border!));
  }
  expect([...byTier.keys()].sort()).toEqual(['12-15', '15-18', '5-8', '9-12', 'adultes']);
  for (const [tier, set] of byTier) expect(set.size, tier).toBe(1);
  const distinct = new Set([...byTier.values()].map((s) => [...s][0]));
  expect(distinct.size, 'five different colours').toBe(5);

  await page.goto('/ateliers/sextorsion-ne-paie-pas-parle/');
  await expect(page.locator('body')).toHaveAttribute('data-tier', '12-15');
  const pageColour = await page
    .locator('body')
    .evaluate((b) => getComputedStyle(b).getPropertyValue('--tier-color').trim());
  expect(pageColour).not.toBe('');
  const tocBorder = await page.locator('.toc').evaluate((e) => getComputedStyle(e).borderLeftColor);
  expect(tocBorder).toBe([...byTier.get('12-15')!][0]);
});

test.describe('on a phone (390×844)', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const path of [
    '/',
    '/ateliers/',
    '/ateliers/soiree-parents-vie-numerique/',
    '/ateliers/deepnudes/fiche/',
    '/intervenants/',
    '/parents/',
    '/enseignants/',
  ]) {
    test(`${path}: header under 15 % of the screen, no sideways scroll`, async ({ page }) => {
      await page.goto(path);
      const header = await page.locator('.site-header').boundingBox();
      expect(header!.height, 'header height').toBeLessThan(0.15 * 844);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    });
  }

  test('every lesson offers « Présenter » and « Imprimer la fiche de séance » on the first screen', async ({
    page,
  }) => {
    expect(lessons.length).toBeGreaterThan(0);
    for (const lesson of lessons) {
      await page.goto(`/ateliers/${lesson.slug}/`);
      for (const name of ['Présenter', 'Imprimer la fiche de séance']) {
        const box = await page.locator('.lesson-hero .actions').getByRole('link', { name }).boundingBox();
        expect(box, `${lesson.slug}: ${name}`).not.toBeNull();
        expect(box!.y + box!.height, `${lesson.slug}: ${name} on the first screen`).toBeLessThanOrEqual(844);
      }
    }
  });
});
